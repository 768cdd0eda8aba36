package data

import (
	"bytes"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"testing"
	"time"
)

// A key record asking for costs the app never writes (here 1 GiB and 64
// passes, re-checksummed so it looks whole) is refused as damage at once:
// no try at the lock screen is made to wait for it. An encrypted copy of
// an export is refused the same way.
func TestAKeyRecordWithCostsTheAppNeverWritesIsDamage(t *testing.T) {
	t.Parallel()
	costly := func(r *cryptRecord) {
		r.KDF = KDFCost{Time: 64, MemoryKiB: 1 << 20, Threads: 4}
		r.S = r.sum()
	}
	path := encryptedAt(t)
	rawUpdate(t, path, func(tx txn) error {
		var r cryptRecord
		must(t, json.Unmarshal(tx.Bucket(bucketMeta).Get(keyCrypt), &r))
		costly(&r)
		b, _ := json.Marshal(r)
		return tx.Bucket(bucketMeta).Put(keyCrypt, b)
	})
	start := time.Now()
	if _, err := Open(filepath.Dir(path), testOptions()); !errors.Is(err, ErrNotDatabase) {
		t.Fatalf("Open = %v, want ErrNotDatabase", err)
	}
	sealedCopy, err := sealText("a concern log", "copy passphrase", CheapKDF())
	must(t, err)
	var st sealedText
	must(t, json.Unmarshal(sealedCopy, &st))
	var r cryptRecord
	must(t, json.Unmarshal(st.Key, &r))
	costly(&r)
	st.Key, _ = json.Marshal(r)
	sealedCopy, _ = json.Marshal(st)
	if _, err := OpenSealedText(sealedCopy, "copy passphrase"); !errors.Is(err, ErrNotDatabase) {
		t.Fatalf("OpenSealedText = %v, want ErrNotDatabase", err)
	}
	if d := time.Since(start); d > 2*time.Second {
		t.Fatalf("refusing the costly key records took %v: Argon2id ran", d)
	}
	for _, k := range []KDFCost{DefaultKDF(), CheapKDF()} {
		if !KnownKDF(k) {
			t.Errorf("%v is written by the app but refused", k)
		}
	}
}

// A file with sealed records whose key record was deleted is damage
// (the recovery window offers the backups), never an empty family that a
// new passphrase would then overwrite.
func TestAMissingKeyRecordIsDamageNotAnEmptyFamily(t *testing.T) {
	t.Parallel()
	path := encryptedAt(t)
	rawUpdate(t, path, func(tx txn) error { return tx.Bucket(bucketMeta).Delete(keyCrypt) })
	s, err := Open(filepath.Dir(path), testOptions())
	if err == nil {
		defer closeOK(t, s)
		t.Fatalf("the file opened, encrypted %v, with children %q", s.Encrypted(), names(t, s))
	}
	if !errors.Is(err, ErrNotDatabase) {
		t.Fatalf("Open = %v, want ErrNotDatabase", err)
	}
}

// Restoring a backup made before the passphrase, with the family's keys,
// leaves the family protected: sealed again, unlocked, every child there,
// and the passphrase still the family's.
func TestRestoringAPlainBackupKeepsTheProtection(t *testing.T) {
	t.Parallel()
	s := openTemp(t)
	addKid(t, s, "Anwen")
	plain, err := s.Backup(time.Now())
	must(t, err)
	must(t, s.SetPassphrase("family passphrase"))
	keys, dir := s.Keys(), s.Dir()
	closeOK(t, s)
	must(t, Restore(dir, plain.Name, time.Now().Add(time.Minute), keys))
	r, err := Open(dir, testOptions())
	must(t, err)
	defer closeOK(t, r)
	if r.Encrypted() {
		t.Fatal("the plain backup came back encrypted: the test proves nothing")
	}
	must(t, r.KeepProtected(keys))
	if !r.Encrypted() || r.Locked() || names(t, r) != "Anwen" {
		t.Fatalf("encrypted %v, locked %v, children %q", r.Encrypted(), r.Locked(), names(t, r))
	}
	must(t, r.CheckPassphrase("family passphrase"))
	if holdsSentinelText(t, r.Path(), "Anwen") {
		t.Fatal("a child's name is in plain text in the file")
	}
}

func holdsSentinelText(t *testing.T, path, text string) bool {
	t.Helper()
	b, err := os.ReadFile(path)
	must(t, err)
	return bytes.Contains(b, []byte(text))
}
