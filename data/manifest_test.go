package data

import (
	"bytes"
	"errors"
	"path/filepath"
	"testing"
	"time"

	"go.etcd.io/bbolt"
)

// tamperFamily is a closed encrypted family (three children, a concern
// each, the idle lock at 5 minutes) with a copy of every stored value
// taken before its last changes: the newest concern, a child's notes and
// the idle lock to "never" were then written.
func tamperFamily(t *testing.T) (path string, older map[StampedKey][]byte) {
	t.Helper()
	s := openTemp(t)
	must(t, s.SetPassphrase("right passphrase"))
	for _, name := range []string{"Anwen", "Bryn", "Cai"} {
		c := addKid(t, s, name)
		_, err := s.AddConcern(Concern{ChildID: c.ID, Happened: "first", Date: s.now()})
		must(t, err)
	}
	must(t, s.SavePrivacy(Privacy{IdleMinutes: -1}))
	older = map[StampedKey][]byte{}
	must(t, s.db.View(func(tx txn) error {
		return tx.ForEach(func(name []byte, b *bbolt.Bucket) error {
			return b.ForEach(func(k, v []byte) error {
				older[StampedKey{string(name), string(k)}] = bytes.Clone(v)
				return nil
			})
		})
	}))
	c, err := s.Child(1)
	must(t, err)
	c.Notes = "moved school in December"
	must(t, s.UpdateChild(c))
	_, err = s.AddConcern(Concern{ChildID: 1, Happened: "the newest", Date: s.now()})
	must(t, err)
	must(t, s.SavePrivacy(Privacy{IdleMinutes: 5}))
	closeOK(t, s)
	return s.Path(), older
}

// Every way of changing an encrypted file's records without the key is
// found at unlock and reported as tampering: deleting the newest concern,
// putting a child's notes or the idle lock back to an older version,
// duplicating or moving a record, rolling a counter back, deleting the
// manifest or the whole stamps bucket. Nothing is shown and nothing is
// written. The untouched file opens.
func TestTamperingIsFoundAtUnlock(t *testing.T) {
	t.Parallel()
	rollBack := func(bucket []byte, key []byte) func(*testing.T, txn, map[StampedKey][]byte) {
		return func(t *testing.T, tx txn, older map[StampedKey][]byte) {
			sk := storedKey(t, tx, "right passphrase", bucket, key)
			v := older[StampedKey{string(bucket), string(sk)}]
			if v == nil {
				t.Fatalf("no older %s/%x", bucket, key)
			}
			must(t, tx.Tx.Bucket(bucket).Put(sk, v))
		}
	}
	cases := map[string]func(*testing.T, txn, map[StampedKey][]byte){
		"newest concern deleted": func(t *testing.T, tx txn, _ map[StampedKey][]byte) {
			k, _ := withKey(t, tx, "right passphrase").Bucket(bucketConcerns).Cursor().Last()
			if k == nil {
				t.Fatal("no concern")
			}
			must(t, tx.Tx.Bucket(bucketConcerns).Delete(storedKey(t, tx, "right passphrase", bucketConcerns, k)))
		},
		"notes rolled back":     rollBack(bucketChildren, ID(1).key()),
		"idle lock rolled back": rollBack(bucketSettings, keyPrivacy),
		"record duplicated": func(t *testing.T, tx txn, _ map[StampedKey][]byte) {
			b := tx.Tx.Bucket(bucketConcerns)
			_, v := b.Cursor().First()
			must(t, b.Put(bytes.Repeat([]byte{9}, hashedKeyLen), bytes.Clone(v)))
		},
		"record moved": func(t *testing.T, tx txn, _ map[StampedKey][]byte) {
			sk := func(b []byte) []byte { return storedKey(t, tx, "right passphrase", b, ID(3).key()) }
			b := tx.Tx.Bucket(bucketChildren)
			v := bytes.Clone(b.Get(sk(bucketChildren)))
			must(t, b.Delete(sk(bucketChildren)))
			must(t, tx.Tx.Bucket(bucketContacts).Put(sk(bucketContacts), v))
		},
		"counter rolled back": func(t *testing.T, tx txn, _ map[StampedKey][]byte) {
			must(t, tx.Bucket(bucketConcerns).SetSequence(3))
		},
		"manifest deleted": func(t *testing.T, tx txn, _ map[StampedKey][]byte) {
			must(t, tx.Bucket(bucketMeta).Delete(keyManifest))
		},
		"stamps emptied": func(t *testing.T, tx txn, _ map[StampedKey][]byte) {
			must(t, tx.DeleteBucket(bucketStamps))
			_, err := tx.CreateBucket(bucketStamps)
			must(t, err)
		},
	}
	for name, change := range cases {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			path, older := tamperFamily(t)
			rawUpdate(t, path, func(tx txn) error { change(t, tx, older); return nil })
			s, err := Open(filepath.Dir(path), testOptions())
			if err != nil {
				t.Fatal(err)
			}
			defer closeOK(t, s)
			if err := s.Unlock("right passphrase"); !errors.Is(err, ErrTampered) || !errors.Is(err, ErrNotDatabase) {
				t.Fatalf("Unlock = %v, want ErrTampered", err)
			}
			if !s.Locked() {
				t.Fatal("a changed file was opened")
			}
		})
	}
	t.Run("untouched", func(t *testing.T) {
		t.Parallel()
		path, _ := tamperFamily(t)
		s, err := Open(filepath.Dir(path), testOptions())
		must(t, err)
		defer closeOK(t, s)
		must(t, s.Unlock("right passphrase"))
		if names(t, s) != "Anwen,Bryn,Cai" {
			t.Fatalf("children %q", names(t, s))
		}
	})
}

// A change made to the open file behind the app's back is found before
// the next write, which is refused; a backup changed the same way is not
// among the good ones offered.
func TestTamperingIsFoundBeforeAWriteAndInABackup(t *testing.T) {
	t.Parallel()
	s := openTemp(t)
	must(t, s.SetPassphrase("right passphrase"))
	addKid(t, s, "Anwen")
	addKid(t, s, "Bryn")
	good, err := s.Backup(time.Now())
	must(t, err)
	bad, err := s.Backup(time.Now().Add(time.Hour))
	must(t, err)
	rawUpdate(t, filepath.Join(BackupDir(s.Dir()), bad.Name), func(tx txn) error {
		return tx.Tx.Bucket(bucketChildren).Delete(storedKey(t, tx, "right passphrase", bucketChildren, ID(2).key()))
	})
	if _, err := CheckBackup(filepath.Join(BackupDir(s.Dir()), bad.Name), s.Keys()); !errors.Is(err, ErrTampered) {
		t.Fatalf("the changed backup checks as %v", err)
	}
	list, _, err := GoodBackups(s.Dir(), s.Keys())
	must(t, err)
	for _, b := range list {
		if b.Name == bad.Name {
			t.Fatal("the changed backup is offered as good")
		}
	}
	if len(list) == 0 || list[0].Name != good.Name {
		t.Fatalf("good backups %v, want %s first", list, good.Name)
	}
	var sk []byte
	must(t, s.db.View(func(tx txn) error { sk = tx.names.hash(bucketChildren, ID(1).key()); return nil }))
	must(t, s.db.DB.Update(func(tx *bbolt.Tx) error { return tx.Bucket(bucketChildren).Delete(sk) }))
	if _, err := s.AddChild(Child{Name: "Cai", BirthYear: 2018, BirthMonth: 2}); !errors.Is(err, ErrTampered) {
		t.Fatalf("a write after the change: %v, want ErrTampered", err)
	}
}

// A file encrypted before manifests (a version 1 key record, no manifest)
// still opens, and is moved on at that unlock: from then on deleting its
// manifest is tampering.
func TestAFileFromBeforeManifestsGetsOne(t *testing.T) {
	t.Parallel()
	path := encryptedOldAt(t, 1)
	s, err := Open(filepath.Dir(path), testOptions())
	must(t, err)
	must(t, s.Unlock("right"))
	if r, err := parseCrypt(s.KeyRecord()); err != nil || r.V != cryptVersion || names(t, s) != "Anwen,Bryn" {
		t.Fatalf("after the first unlock: key record version %d (%v), children %q", r.V, err, names(t, s))
	}
	closeOK(t, s)
	rawUpdate(t, path, func(tx txn) error { return tx.Bucket(bucketMeta).Delete(keyManifest) })
	s, err = Open(filepath.Dir(path), testOptions())
	must(t, err)
	defer closeOK(t, s)
	if err := s.Unlock("right"); !errors.Is(err, ErrTampered) {
		t.Fatalf("with the manifest deleted: %v", err)
	}
}
