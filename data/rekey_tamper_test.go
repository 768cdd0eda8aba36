package data

import (
	"bytes"
	"errors"
	"os"
	"testing"
)

// A record edited on disk while the family is unlocked is not laundered
// by a change of passphrase: the change is refused as tampering, the file
// is left exactly as it was, the old passphrase still opens it (and the
// new one does not), and the tamper is still reported at the next unlock.
func TestChangingThePassphraseRefusesATamperedFile(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	s, err := Open(dir, testOptions())
	must(t, err)
	addKid(t, s, "Cerys")
	addKid(t, s, "Aled")
	addKid(t, s, "Dafydd")
	must(t, s.SetPassphrase("old passphrase"))
	var val []byte
	must(t, s.db.View(func(tx txn) error {
		_, v := tx.Tx.Bucket(bucketChildren).Cursor().Last()
		val = bytes.Clone(v)
		return nil
	}))
	raw, err := os.ReadFile(s.Path())
	must(t, err)
	i := bytes.Index(raw, val)
	if i < 0 || len(val) < 60 {
		t.Fatalf("the record's sealed value is not in the file as it is (%d, %d bytes)", i, len(val))
	}
	at := int64(i + len(val)/2) // inside the sealed text
	c := raw[at]
	if c == 'A' {
		c = 'B'
	} else {
		c = 'A'
	}
	f, err := os.OpenFile(s.Path(), os.O_RDWR, 0)
	must(t, err)
	_, err = f.WriteAt([]byte{c}, at)
	must(t, err)
	must(t, f.Close())
	tamperedFile, err := os.ReadFile(s.Path())
	must(t, err)

	err = s.ChangePassphrase("old passphrase", "new passphrase")
	if !errors.Is(err, ErrTampered) {
		t.Fatalf("the change of passphrase went ahead on a tampered file: %v", err)
	}
	now, err := os.ReadFile(s.Path())
	must(t, err)
	if !bytes.Equal(now, tamperedFile) {
		t.Fatal("the refused change rewrote the file")
	}
	closeOK(t, s)

	s2, err := Open(dir, testOptions())
	must(t, err)
	defer closeOK(t, s2)
	if err := s2.Unlock("new passphrase"); !errors.Is(err, ErrWrongPassphrase) {
		t.Fatalf("the new passphrase was taken: %v", err)
	}
	if err := s2.Unlock("old passphrase"); !errors.Is(err, ErrTampered) {
		t.Fatalf("the tamper is no longer reported with the old passphrase: %v", err)
	}
}

// A record that cannot be read stops a re-seal instead of being dropped.
func TestAResealStopsAtAnUnreadableRecord(t *testing.T) {
	t.Parallel()
	s := openTemp(t)
	addKid(t, s, "Cerys")
	must(t, s.db.Update(func(tx txn) error {
		return tx.Bucket(bucketChildren).Put([]byte("zz"), []byte("not a record"))
	}))
	if err := s.SetPassphrase("a passphrase"); !errors.Is(err, ErrNotDatabase) {
		t.Fatalf("a record that cannot be read was dropped by the re-seal: %v", err)
	}
	var kept []byte
	must(t, s.db.View(func(tx txn) error {
		kept = bytes.Clone(tx.Bucket(bucketChildren).Get([]byte("zz")))
		return nil
	}))
	if string(kept) != "not a record" {
		t.Fatalf("the unreadable record is gone: %q", kept)
	}
}
