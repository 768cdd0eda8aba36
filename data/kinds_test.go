package data_test

import (
	"path/filepath"
	"testing"
	"time"

	"go.etcd.io/bbolt"

	"family-online-safety/data"
	"family-online-safety/data/datatest"
)

// TestKindsNameEveryRecord checks the store's list of kinds against a
// family file with every kind in it: each record there is of exactly one
// listed kind, and each listed kind has a record, so a new kind of record
// cannot be left out of the checks that go over the list.
func TestKindsNameEveryRecord(t *testing.T) {
	t.Parallel()
	found := map[string]int{}
	for _, pass := range []string{"", "correct horse"} {
		dir := t.TempDir()
		datatest.EveryKind(t, dir, time.Date(2026, 11, 20, 9, 0, 0, 0, time.Local), pass)
		db, err := bbolt.Open(filepath.Join(dir, data.FileName), 0o600, &bbolt.Options{ReadOnly: true})
		datatest.Must(t, err)
		datatest.Must(t, db.View(func(tx *bbolt.Tx) error {
			return tx.ForEach(func(name []byte, b *bbolt.Bucket) error {
				return b.ForEach(func(k, _ []byte) error {
					if pass != "" && string(name) != "meta" {
						// Outside meta an encrypted file holds only keyed hashes
						// (plaintext_test.go); the plain file has the same records.
						if len(k) != 16 {
							t.Errorf("%s/%q in an encrypted file is not a hashed key", name, k)
						}
						return nil
					}
					if of := kindsOf(name, k); len(of) != 1 {
						t.Errorf("%s/%q is of kinds %v, want exactly one", name, k, of)
					} else {
						found[of[0]]++
					}
					return nil
				})
			})
		}))
		datatest.CloseOK(t, db)
	}
	for _, kind := range data.Kinds() {
		if found[kind.Name] == 0 {
			t.Errorf("no %s record in the family with every kind", kind.Name)
		}
	}
}

// kindsOf lists the kinds that claim the record under key in bucket: a
// single record or a prefix first, else the bucket's kind of many.
func kindsOf(bucket, key []byte) []string {
	var single, many []string
	for _, kind := range data.Kinds() {
		switch {
		case !kind.Holds(bucket, key):
		case kind.Key != "" || kind.Prefix != "":
			single = append(single, kind.Name)
		default:
			many = append(many, kind.Name)
		}
	}
	if len(single) > 0 {
		return single
	}
	return many
}
