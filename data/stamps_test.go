package data

import (
	"errors"
	"path/filepath"
	"testing"
	"time"

	"go.etcd.io/bbolt"
)

func stampOf(t *testing.T, s *Store, bucket []byte, key []byte) (Stamp, bool) {
	t.Helper()
	all, err := s.Stamps()
	if err != nil {
		t.Fatal(err)
	}
	st, ok := all[StampedKey{Bucket: string(bucket), Key: string(key)}]
	return st, ok
}

func TestEveryChangeIsStampedAndADeletionLeavesATombstone(t *testing.T) {
	t.Parallel()
	t1 := time.Date(2026, 11, 2, 10, 0, 0, 0, time.UTC)
	s := openTemp(t, at(t1))
	if len(s.DeviceID()) != deviceIDLength {
		t.Fatalf("device id %q", s.DeviceID())
	}
	c := addKid(t, s, "Seren")
	first, ok := stampOf(t, s, bucketChildren, c.ID.key())
	if !ok || len(first.UID) != 32 || !first.Changed.Equal(t1) || first.Device != s.DeviceID() || first.Deleted {
		t.Fatalf("new child's stamp %+v", first)
	}
	t2 := t1.Add(time.Hour)
	s.SetClock(at(t2))
	c.Notes = "likes Minecraft"
	if err := s.UpdateChild(c); err != nil {
		t.Fatal(err)
	}
	second, _ := stampOf(t, s, bucketChildren, c.ID.key())
	if second.UID != first.UID || !second.Changed.Equal(t2) {
		t.Fatalf("after an edit %+v, want the same id at %v", second, t2)
	}
	t3 := t2.Add(time.Hour)
	s.SetClock(at(t3))
	if err := s.DeleteChild(c.ID); err != nil { // compacts: the clock must follow
		t.Fatal(err)
	}
	gone, ok := stampOf(t, s, bucketChildren, c.ID.key())
	if !ok || !gone.Deleted || gone.UID != first.UID || !gone.Changed.Equal(t3) {
		t.Fatalf("tombstone %+v, want deleted, same id, at %v", gone, t3)
	}
	next := addKid(t, s, "Dylan")
	if st, _ := stampOf(t, s, bucketChildren, next.ID.key()); !st.Changed.Equal(t3) || st.UID == first.UID {
		t.Fatalf("a child added after the compaction: %+v", st)
	}
}

func TestAContactPutBackKeepsItsStableID(t *testing.T) {
	t.Parallel()
	s := openTemp(t)
	c, err := s.AddContact(Contact{Name: "Nain", Phone: "01234 567890"})
	if err != nil {
		t.Fatal(err)
	}
	before, _ := stampOf(t, s, bucketContacts, c.ID.key())
	if err := s.DeleteContact(c.ID); err != nil {
		t.Fatal(err)
	}
	if err := s.RestoreContact(c); err != nil {
		t.Fatal(err)
	}
	after, _ := stampOf(t, s, bucketContacts, c.ID.key())
	if after.UID != before.UID || after.Deleted {
		t.Fatalf("undo: %+v, want %s alive", after, before.UID)
	}
}

// A file made before the stamps gets a device id and a stamp, dated zero,
// for every record it already had.
func TestMigrationStampsEveryExistingRecord(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	bdb, err := bbolt.Open(filepath.Join(dir, FileName), 0o600, nil)
	if err != nil {
		t.Fatal(err)
	}
	db := newBoltFile(bdb, nil)
	if err := migrate(db, migrations[:schemaStamps-1]); err != nil {
		t.Fatal(err)
	}
	err = db.Update(func(tx txn) error {
		if err := put(tx, bucketChildren, ID(1).key(), Child{ID: 1, Name: "Seren", BirthYear: 2017, BirthMonth: 1}); err != nil {
			return err
		}
		return put(tx, bucketConcerns, childKey(1, 1), Concern{ID: 1, ChildID: 1, Happened: "a message"})
	})
	if err != nil {
		t.Fatal(err)
	}
	closeOK(t, db)
	s, err := Open(dir, testOptions())
	if err != nil {
		t.Fatal(err)
	}
	defer closeOK(t, s)
	all, _ := s.Stamps()
	if len(all) != 2 {
		t.Fatalf("%d stamps, want 2: %+v", len(all), all)
	}
	for k, st := range all {
		if len(st.UID) != 32 || !st.Changed.IsZero() || st.Device != s.DeviceID() {
			t.Errorf("%v: %+v", k, st)
		}
	}
}

func TestAStampedFileWithoutADeviceIDIsDamage(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	s, _ := Open(dir, testOptions())
	must(t, s.db.Update(func(tx txn) error { return tx.Bucket(bucketMeta).Delete(keyDeviceID) }))
	closeOK(t, s)
	if _, err := Open(dir, testOptions()); !errors.Is(err, ErrNotDatabase) {
		t.Fatalf("no device id: %v, want the damaged error", err)
	}
}

func TestStampsAreSealedWithAPassphrase(t *testing.T) {
	t.Parallel()
	s := openTemp(t)
	c := addKid(t, s, "Seren")
	if err := s.SetPassphrase("correct horse"); err != nil {
		t.Fatal(err)
	}
	must(t, s.db.View(func(tx txn) error {
		if tx.Tx.Bucket(bucketStamps).Get(stampKey(bucketChildren, c.ID.key())) != nil {
			t.Error("a stamp is stored under its own key in an encrypted file")
		}
		return tx.Tx.Bucket(bucketStamps).ForEach(func(k, v []byte) error {
			if err := decodeAt(nil, bucketStamps, nil, v, new(Stamp)); !errors.Is(err, ErrLocked) {
				t.Errorf("a stamp in an encrypted file reads without the key: %v", err)
			}
			return nil
		})
	}))
	if _, ok := stampOf(t, s, bucketChildren, c.ID.key()); !ok {
		t.Fatal("the stamp did not survive turning the passphrase on")
	}
}
