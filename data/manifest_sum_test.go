package data

import (
	"encoding/json"
	"path/filepath"
	"testing"
	"time"
)

// The manifest's sum moves with every write, of every kind: after each
// step of a family's life behind a passphrase (edits, deletes that compact
// the file, drafts, a merge from another home, a change of passphrase) a
// full check of the file agrees with the manifest the last write left, and
// the file unlocks afterwards.
func TestTheSumFollowsEveryWrite(t *testing.T) {
	t.Parallel()
	a, seren, dylan := sharingFamily(t)
	b := openTemp(t, at(shareDay.Add(time.Hour)))
	must(t, a.SetPassphrase("one passphrase"))
	must(t, b.SetPassphrase("another passphrase"))
	check := func(step string) {
		t.Helper()
		for _, s := range []*Store{a, b} {
			if err := s.CheckTampering(); err != nil {
				t.Fatalf("after %s: %v", step, err)
			}
		}
	}
	steps := []struct {
		name string
		do   func() error
	}{
		{"a child's notes", func() error { seren.Notes = "Year 4"; return a.UpdateChild(seren) }},
		{"a new child", func() error { _, err := a.AddChild(Child{Name: "Cai", BirthYear: 2019, BirthMonth: 3}); return err }},
		{"a draft", func() error { return a.SaveDraft("concern", Draft{"happened": "half typed"}) }},
		{"the draft cleared", func() error { return a.ClearDraft("concern") }},
		{"a concern", func() error {
			_, err := a.AddConcern(Concern{ChildID: dylan.ID, Date: shareDay, Happened: "again"})
			return err
		}},
		{"a concern deleted", func() error {
			list, err := a.Concerns(dylan.ID)
			must(t, err)
			return a.DeleteConcern(dylan.ID, list[0].ID)
		}},
		{"an agreement limit", func() error { return a.SetLimit(dylan.ID, 2, Limit{Set: true, Minutes: 45}) }},
		{"the idle lock", func() error { return a.SavePrivacy(Privacy{IdleMinutes: 5}) }},
		{"a new family from a shared file", func() error {
			f, err := a.ShareFamily(nil)
			must(t, err)
			_, err = b.ApplyShared(viaFile(t, f), ImportNewFamily, nil)
			return err
		}},
		{"a holiday", func() error {
			_, err := a.AddHoliday(Holiday{Name: "Half term", First: shareDay, Last: shareDay.AddDate(0, 0, 4)})
			return err
		}},
		{"a bucket emptied", func() error {
			return a.db.Update(func(tx txn) error {
				must(t, tx.DeleteBucket(bucketHolidays))
				_, err := tx.CreateBucket(bucketHolidays)
				return err
			})
		}},
		{"a child deleted", func() error { return a.DeleteChild(seren.ID) }},
		{"a merge", func() error {
			f, err := a.ShareFamily(nil)
			must(t, err)
			_, err = b.ApplyShared(viaFile(t, f), ImportMerge, nil)
			return err
		}},
		{"a change of passphrase", func() error { return a.ChangePassphrase("one passphrase", "a third passphrase") }},
		{"a write after the change", func() error { return a.SetLimit(dylan.ID, 3, Limit{Set: true, Minutes: 30}) }},
	}
	for _, st := range steps {
		must(t, st.do())
		check(st.name)
	}
	for s, pass := range map[*Store]string{a: "a third passphrase", b: "another passphrase"} {
		dir := s.Dir()
		closeOK(t, s)
		again, err := Open(dir, testOptions())
		must(t, err)
		must(t, again.Unlock(pass))
		closeOK(t, again)
	}
}

// A file whose manifest is in the first form (one hash of every record in
// a row) unlocks, and its next write moves it to the present form; the
// first form is still checked, so a change is found in it too.
func TestAnOlderManifestIsCheckedAndMovedOn(t *testing.T) {
	t.Parallel()
	path := encryptedOldAt(t, 2)
	older := func(tx txn) error {
		meta := tx.Tx.Bucket(bucketMeta)
		dk, err := NewKeys("right").dataKey(meta.Get(keyCrypt))
		must(t, err)
		sl, err := newSealer(dk)
		must(t, err)
		m, _ := readManifest(tx)
		v, _ := json.Marshal(manifest{N: m.N, MAC: legacyMAC(tx, sl.mk, m.N)})
		return meta.Put(keyManifest, v)
	}
	rawUpdate(t, path, older)
	s, err := Open(filepath.Dir(path), testOptions())
	must(t, err)
	must(t, s.Unlock("right"))
	addKid(t, s, "Cai")
	must(t, s.db.View(func(tx txn) error {
		if m, ok := readManifest(tx); !ok || m.V != manifestV {
			t.Fatalf("manifest after a write: %+v", m)
		}
		return nil
	}))
	closeOK(t, s)

	rawUpdate(t, path, older)
	rawUpdate(t, path, func(tx txn) error {
		return tx.Tx.Bucket(bucketChildren).Delete(storedKey(t, tx, "right", bucketChildren, ID(1).key()))
	})
	s, err = Open(filepath.Dir(path), testOptions())
	must(t, err)
	defer closeOK(t, s)
	if err := s.Unlock("right"); err == nil {
		t.Fatal("a record deleted under an older manifest was not found")
	}
}
