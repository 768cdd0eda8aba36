package data_test

import (
	"bytes"
	"os"
	"path/filepath"
	"slices"
	"testing"
	"time"

	"family-online-safety/data"
	"family-online-safety/data/datatest"
)

// The contacts another home's file added, not yet answered about, are
// kept across a restart; with a family passphrase they are sealed (no
// name or number readable in the file), through setting the passphrase,
// changing it and taking it off; an empty list leaves nothing; the list
// keeps the newest 1,000.
func TestAddedContactsAreKeptSealedAcrossARestart(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	now := time.Date(2026, 12, 8, 9, 0, 0, 0, time.UTC)
	s, err := data.Open(dir, datatest.Options(t, datatest.At(now)))
	datatest.Must(t, err)
	want := []data.AddedContact{{UID: "c-1", Name: "Mr Stranger", Phone: "07700 900123"},
		{UID: "c-2", Name: "Dr Smith", Email: "smith@example.org"}}
	datatest.Must(t, s.SaveAddedContacts(want))
	datatest.Must(t, s.SetPassphrase("correct horse"))
	reopen := func(pass string) {
		t.Helper()
		datatest.CloseOK(t, s)
		raw, err := os.ReadFile(filepath.Join(dir, data.FileName))
		datatest.Must(t, err)
		for _, word := range []string{"Stranger", "07700 900123", "smith@example.org"} {
			if pass != "" && bytes.Contains(raw, []byte(word)) {
				t.Errorf("the encrypted file holds %q in plain", word)
			}
		}
		s, err = data.Open(dir, datatest.Options(t, datatest.At(now)))
		datatest.Must(t, err)
		if pass != "" {
			datatest.Must(t, s.Unlock(pass))
		}
		if got, err := s.AddedContacts(); err != nil || !slices.Equal(got, want) {
			t.Fatalf("after a restart: %+v, %v; want %+v", got, err, want)
		}
	}
	reopen("correct horse")
	datatest.Must(t, s.ChangePassphrase("correct horse", "battery staple"))
	reopen("battery staple")
	datatest.Must(t, s.RemovePassphrase("battery staple"))
	reopen("")

	many := make([]data.AddedContact, 1005)
	for i := range many {
		many[i] = data.AddedContact{UID: string(rune('a' + i%26)), Name: "Someone"}
	}
	many[len(many)-1].Name = "The newest"
	datatest.Must(t, s.SaveAddedContacts(many))
	if got, _ := s.AddedContacts(); len(got) != 1000 || got[999].Name != "The newest" {
		t.Fatalf("kept %d, the last %+v", len(got), got[len(got)-1])
	}
	want = nil
	datatest.Must(t, s.SaveAddedContacts(nil))
	reopen("")
	datatest.CloseOK(t, s)
}
