package data

import (
	"errors"
	"path/filepath"
	"testing"
	"time"
)

// The count of wrong passphrases is kept in the key record: deleting the
// old separate record does not reset it, and deleting the key record is
// damage, not a fresh start. The count leaves the key readable by the
// right passphrase and the backups made before still count as under the
// same key.
func TestDeletingTheWaitDoesNotResetTheCount(t *testing.T) {
	t.Parallel()
	s := openTemp(t)
	addKid(t, s, "Anwen")
	must(t, s.SetPassphrase("right passphrase"))
	b, err := s.Backup(time.Now())
	must(t, err)
	s.Lock()
	until := time.Date(2026, 12, 7, 10, 5, 0, 0, time.UTC)
	must(t, s.SetWrongTries(5, until))
	path := s.Path()
	closeOK(t, s)
	rawUpdate(t, path, func(tx txn) error { return tx.Bucket(bucketMeta).Delete(keyUnlockTries) })
	r, err := Open(filepath.Dir(path), testOptions())
	must(t, err)
	if n, u := r.WrongTries(); n != 5 || !u.Equal(until) {
		t.Fatalf("after deleting the wait's record: %d tries until %v", n, u)
	}
	must(t, r.Unlock("right passphrase"))
	if other, _ := BackupsUnderOtherKey(r.Dir(), r.KeyRecord()); len(other) != 0 {
		t.Fatalf("the backup %s counts as under another key", b.Name)
	}
	must(t, r.SetWrongTries(0, time.Time{}))
	if n, _ := r.WrongTries(); n != 0 {
		t.Fatalf("%d tries after clearing", n)
	}
	closeOK(t, r)
	rawUpdate(t, path, func(tx txn) error { return tx.Bucket(bucketMeta).Delete(keyCrypt) })
	if _, err := Open(filepath.Dir(path), testOptions()); !errors.Is(err, ErrNotDatabase) {
		t.Fatalf("with the key record and its count deleted, Open = %v", err)
	}
}
