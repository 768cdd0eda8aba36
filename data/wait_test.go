package data

import (
	"encoding/json"
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

// An old-style wait record planted in a file whose key record keeps the
// count (any file this app writes now) is ignored: it cannot force a wait
// on the right passphrase. In a file from before the count (a version 1
// key record without one) it is still read.
func TestAPlantedOldWaitRecordIsIgnored(t *testing.T) {
	t.Parallel()
	path := encryptedAt(t)
	until := time.Now().Add(5 * time.Minute)
	old, _ := json.Marshal(unlockTries{N: 9, Until: until})
	rawUpdate(t, path, func(tx txn) error { return tx.Bucket(bucketMeta).Put(keyUnlockTries, old) })
	s, err := Open(filepath.Dir(path), testOptions())
	must(t, err)
	if n, u := s.WrongTries(); n != 0 || !u.IsZero() {
		t.Fatalf("a planted old wait record counts: %d tries until %v", n, u)
	}
	closeOK(t, s)
	rawUpdate(t, path, func(tx txn) error {
		meta := tx.Bucket(bucketMeta)
		r, err := parseCrypt(meta.Get(keyCrypt))
		must(t, err)
		r.V, r.Tries = 1, nil
		r.S = r.sum()
		b, _ := json.Marshal(r)
		return meta.Put(keyCrypt, b)
	})
	s, err = Open(filepath.Dir(path), testOptions())
	must(t, err)
	defer closeOK(t, s)
	if n, u := s.WrongTries(); n != 9 || !u.Equal(until) {
		t.Fatalf("a file from before the count lost its wait: %d tries until %v", n, u)
	}
}
