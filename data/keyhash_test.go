package data

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"testing"

	"go.etcd.io/bbolt"
)

// The same random adds, edits and deletes across three children give the
// same store with and without a passphrase: every record under the same
// key with the same contents, read through hashed keys and prefix scans.
// Halfway the protected family is locked and unlocked again.
func TestAProtectedFamilyReadsAsThePlainOneThroughRandomEdits(t *testing.T) {
	t.Parallel()
	for seed := range uint64(2) {
		t.Run(fmt.Sprint(seed), func(t *testing.T) {
			t.Parallel()
			plain, sealed := newScopedWorld(t, seed, ""), newScopedWorld(t, seed, "correct horse")
			for i := range 160 {
				plain.step()
				sealed.step()
				if i == 80 {
					sealed.s.Lock()
					sealed.must(sealed.s.Unlock("correct horse"))
				}
				sealed.check(i)
				if i%20 == 19 {
					if p, s := logicalView(t, plain.s), logicalView(t, sealed.s); p != s {
						t.Fatalf("step %d: the stores differ\nplain  %s\nsealed %s", i, p, s)
					}
				}
			}
		})
	}
}

// logicalView is every record of the store but the meta bucket's, as the
// repositories read it: bucket, key and contents, in key order. Stamps are
// listed by key only (they carry the store's own device id).
func logicalView(t *testing.T, s *Store) string {
	t.Helper()
	var out bytes.Buffer
	must(t, s.db.View(func(tx txn) error {
		sl, err := sealerOf(tx)
		if err != nil {
			return err
		}
		var names [][]byte
		_ = tx.Tx.ForEach(func(name []byte, _ *bbolt.Bucket) error {
			names = append(names, slices.Clone(name))
			return nil
		})
		for _, name := range names {
			if !hashedBucket(name) {
				continue
			}
			fmt.Fprintf(&out, "[%s seq %d]", name, tx.Bucket(name).Sequence())
			err := tx.Bucket(name).ForEach(func(k, v []byte) error {
				if bytes.Equal(name, bucketStamps) || recordFor(name, k) == nil {
					fmt.Fprintf(&out, " %q", k)
					return nil
				}
				var d json.RawMessage
				if err := decodeAt(sl, name, k, v, &d); err != nil {
					return fmt.Errorf("%s/%q: %w", name, k, err)
				}
				fmt.Fprintf(&out, " %q=%s", k, d)
				return nil
			})
			if err != nil {
				return err
			}
		}
		return nil
	}))
	return out.String()
}

// A family protected by an older version (record keys in plain, a key
// record of version 2) opens with its passphrase and is moved, once, to
// hashed keys: every record reads as before, no key outside meta is left
// in plain, and the next unlock rewrites nothing.
func TestAnOlderProtectedFileIsMovedToHashedKeysOnce(t *testing.T) {
	t.Parallel()
	path := encryptedOldAt(t, 2)
	plainKeys := func() (n int) {
		rawView(t, path, func(tx *bbolt.Tx) {
			_ = tx.Bucket(bucketChildren).ForEach(func(k, _ []byte) error {
				if len(k) != hashedKeyLen {
					n++
				}
				return nil
			})
		})
		return n
	}
	if plainKeys() != 2 {
		t.Fatalf("the older file holds %d children under plain keys, want 2", plainKeys())
	}
	s, err := Open(filepath.Dir(path), testOptions())
	must(t, err)
	must(t, s.Unlock("right"))
	r, err := parseCrypt(s.KeyRecord())
	if err != nil || r.V != cryptVersion || names(t, s) != "Anwen,Bryn" {
		t.Fatalf("after the first unlock: key record version %d (%v), children %q", r.V, err, names(t, s))
	}
	addKid(t, s, "Cai")
	rec := s.KeyRecord()
	closeOK(t, s)
	if plainKeys() != 0 {
		t.Fatalf("%d children still under plain keys", plainKeys())
	}
	before, err := os.ReadFile(path)
	must(t, err)
	s, err = Open(filepath.Dir(path), testOptions())
	must(t, err)
	defer closeOK(t, s)
	must(t, s.Unlock("right"))
	if !bytes.Equal(s.KeyRecord(), rec) || names(t, s) != "Anwen,Bryn,Cai" {
		t.Fatalf("the second unlock moved the file again (children %q)", names(t, s))
	}
	after, err := os.ReadFile(path)
	must(t, err)
	if !bytes.Equal(before, after) {
		t.Fatal("the second unlock rewrote the file")
	}
}

// The sealed records kept in the meta bucket (the agreement's merge
// notes) are sealed again with every record at a change of passphrase,
// and written back in plain when it is removed: none is lost.
func TestMetaRecordsFollowAChangeOfPassphrase(t *testing.T) {
	t.Parallel()
	s := openTemp(t)
	must(t, s.SetPassphrase("first passphrase"))
	want := map[string]itemAnswer{"limit:1": {Lost: "a", Kept: "b"}}
	must(t, s.db.Update(func(tx txn) error { return put(tx, bucketMeta, keyAgreementAnswers, want) }))
	read := func(when string) {
		t.Helper()
		must(t, s.db.View(func(tx txn) error {
			if got := readAnswers(tx); !reflect.DeepEqual(got, want) {
				t.Fatalf("%s: answers %v, want %v", when, got, want)
			}
			return nil
		}))
	}
	must(t, s.ChangePassphrase("first passphrase", "second passphrase"))
	read("after a change")
	must(t, s.RemovePassphrase("second passphrase"))
	read("after removing it")
}

// rawView reads the file at path as bbolt stores it.
func rawView(t *testing.T, path string, fn func(tx *bbolt.Tx)) {
	t.Helper()
	db, err := bbolt.Open(path, 0o600, &bbolt.Options{ReadOnly: true})
	must(t, err)
	defer closeOK(t, db)
	must(t, db.View(func(tx *bbolt.Tx) error { fn(tx); return nil }))
}

// Reads on several goroutines while another saves, behind a passphrase:
// the opened lists the file keeps are shared by the reads and edited by
// the writes without a race (run with -race), and every read sees a
// whole family: each child's concerns only grow.
func TestOpenedListsAreSharedSafely(t *testing.T) {
	t.Parallel()
	s := openTemp(t)
	must(t, s.SetPassphrase("correct horse"))
	kids := []Child{addKid(t, s, "Anwen"), addKid(t, s, "Bryn"), addKid(t, s, "Cai")}
	done := make(chan struct{})
	errs := make(chan error, 4)
	for range 3 {
		go func() {
			seen := map[ID]int{}
			for {
				select {
				case <-done:
					errs <- nil
					return
				default:
				}
				for _, c := range kids {
					list, err := s.Concerns(c.ID)
					if err == nil && len(list) < seen[c.ID] {
						err = fmt.Errorf("%s had %d concerns, then %d", c.Name, seen[c.ID], len(list))
					}
					if err != nil {
						errs <- err
						return
					}
					seen[c.ID] = len(list)
				}
			}
		}()
	}
	for i := range 60 {
		_, err := s.AddConcern(Concern{ChildID: kids[i%3].ID, Happened: fmt.Sprint("happened ", i), Date: s.now()})
		must(t, err)
	}
	close(done)
	for range 3 {
		must(t, <-errs)
	}
	for _, c := range kids {
		if list, err := s.Concerns(c.ID); err != nil || len(list) != 20 {
			t.Fatalf("%s: %d concerns (%v), want 20", c.Name, len(list), err)
		}
	}
}
