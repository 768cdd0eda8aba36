package data_test

import (
	"path/filepath"
	"strings"
	"testing"
	"time"

	"go.etcd.io/bbolt"

	"family-online-safety/content"
	"family-online-safety/data"
	"family-online-safety/data/datatest"
)

// storedLengths is, per bucket of the file at path, the lengths of its
// stored values, and how many of each.
func storedLengths(t *testing.T, path string) map[string]map[int]int {
	t.Helper()
	db, err := bbolt.Open(path, 0o600, &bbolt.Options{ReadOnly: true})
	datatest.Must(t, err)
	defer datatest.CloseOK(t, db)
	out := map[string]map[int]int{}
	datatest.Must(t, db.View(func(tx *bbolt.Tx) error {
		return tx.ForEach(func(name []byte, b *bbolt.Bucket) error {
			out[string(name)] = map[int]int{}
			return b.ForEach(func(_, v []byte) error {
				out[string(name)][len(v)]++
				return nil
			})
		})
	}))
	return out
}

// Behind a passphrase, the length of a sealed record does not say which
// starter it marks: every starter of the catalogue marked as talked about
// with three children of different ages, half of them favourites and half
// hidden, and a half-typed concern of each length, and every record of a
// kind is stored at one length.
func TestASealedRecordsLengthDoesNotSayWhichStarter(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	now := time.Date(2026, 11, 20, 9, 0, 0, 0, time.Local)
	s, err := data.Open(dir, datatest.Options(t, datatest.At(now)))
	datatest.Must(t, err)
	datatest.Must(t, s.SetPassphrase("correct horse"))
	var kids []data.Child
	for i, name := range []string{"Amira", "Bo", "Cai"} {
		c, err := s.AddChild(data.Child{Name: name, BirthYear: 2010 + 3*i, BirthMonth: 3})
		datatest.Must(t, err)
		kids = append(kids, c)
	}
	for i, st := range content.Starters {
		for _, c := range kids {
			_, err := s.MarkDiscussed(data.Discussion{ChildID: c.ID, StarterID: st.ID, Date: now.Format(data.DateLayout)})
			datatest.Must(t, err)
		}
		if i%2 == 0 {
			datatest.Must(t, s.SetFavourite(st.ID, true))
		} else {
			datatest.Must(t, s.SetHidden(st.ID, true))
		}
	}
	for i, c := range kids {
		typed := strings.Repeat("x", 1+40*i)
		datatest.Must(t, s.SaveDraft(data.ChildDraft(data.DraftConcern, c.ID), data.Draft{"happened": typed}))
	}
	datatest.CloseOK(t, s)
	lengths := storedLengths(t, filepath.Join(dir, data.FileName))
	for _, b := range []string{"discussions", "starter_marks", "drafts", "record_stamps"} {
		if len(lengths[b]) != 1 {
			t.Errorf("%s: stored at %d lengths (length: how many): %v", b, len(lengths[b]), lengths[b])
		}
	}
	if n := lengths["discussions"]; len(n) == 1 {
		for _, count := range n {
			if count != 3*len(content.Starters) {
				t.Errorf("%d discussions stored, want %d", count, 3*len(content.Starters))
			}
		}
	}
}
