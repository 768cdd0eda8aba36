package data

import (
	"bytes"
	"errors"
	"testing"
)

// Locking overwrites the passphrase and every data key the store held
// with zeros, and the keys it handed out open nothing afterwards.
func TestLockOverwritesThePassphraseAndTheKeys(t *testing.T) {
	t.Parallel()
	s := openTemp(t)
	addKid(t, s, "Anwen")
	must(t, s.SetPassphrase("right passphrase"))
	s.Lock()
	must(t, s.Unlock("right passphrase"))
	keys := s.Keys()
	rec, err := s.cryptRecord()
	must(t, err)
	dk, err := keys.dataKey(rec)
	must(t, err)
	pass := keys.pass
	if bytes.Count(dk, []byte{0}) == len(dk) || len(pass) == 0 {
		t.Fatal("no key to forget")
	}
	s.Lock()
	if !bytes.Equal(dk, make([]byte, len(dk))) || !bytes.Equal(pass, make([]byte, len(pass))) {
		t.Fatalf("after the lock the data key is %x and the passphrase %q", dk, pass)
	}
	if _, err := keys.dataKey(rec); !errors.Is(err, ErrWrongPassphrase) {
		t.Fatalf("the forgotten keys still open the file: %v", err)
	}
	must(t, s.Unlock("right passphrase"))
	if names(t, s) != "Anwen" {
		t.Fatal("the family does not open again")
	}
}
