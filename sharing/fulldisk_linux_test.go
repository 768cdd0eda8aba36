//go:build linux

package sharing

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"family-online-safety/data"
	"family-online-safety/data/datatest"
	"family-online-safety/translations"
)

// A shared folder on a full disk, and on a read-only one: this computer's
// file cannot be written, and the report says which, in every language.
func TestAFullOrReadOnlySharedFolderIsToldApart(t *testing.T) {
	t.Parallel()
	for _, c := range []struct {
		name  string
		spoil func(testing.TB, string)
		want  error
		key   string
	}{
		{"full", datatest.Fill, data.ErrNoSpace, "sharing.error.no_space"},
		{"read-only", datatest.ReadOnly, data.ErrReadOnly, "sharing.error.read_only"},
	} {
		t.Run(c.name, func(t *testing.T) {
			dir := datatest.SmallDisk(t, "64k")
			c.spoil(t, dir)
			s, _, _ := family(t)
			r := NewSyncer(s, dir, pass, "0.1.0").WithDebounce(0).Step(day)
			err := r.Problems[""]
			if r.Wrote || !errors.Is(err, c.want) || (c.name == "full" && !errors.Is(err, syscall.ENOSPC)) {
				t.Fatalf("wrote %v, problem %v; want %v", r.Wrote, err, c.want)
			}
			if MessageKey(err) != c.key {
				t.Fatalf("message %q, want %q", MessageKey(err), c.key)
			}
			for _, lang := range []string{"en", "cy", "pl"} {
				tr, _ := translations.New(lang)
				if tr.T(c.key) == c.key {
					t.Errorf("%s: no words for %s", lang, c.key)
				}
			}
		})
	}
}

// When the shared folder's disk fills after this computer's file was
// written, the next write says the disk is full and the file already
// there stays whole, with nothing half-written beside it.
func TestAFullSharedFolderKeepsTheFileAlreadyThere(t *testing.T) {
	t.Parallel()
	dir := datatest.SmallDisk(t, "256k")
	s, seren, _ := family(t)
	sy := NewSyncer(s, dir, pass, "0.1.0").WithDebounce(0)
	if r := sy.Step(day); !r.Wrote {
		t.Fatalf("the first write: %+v", r)
	}
	files, _ := filepath.Glob(filepath.Join(dir, "*"))
	if len(files) != 1 {
		t.Fatalf("the folder holds %v", files)
	}
	before, err := os.ReadFile(files[0])
	datatest.Must(t, err)
	_, err = s.AddAppNote(data.AppNote{ChildID: seren.ID, Name: "Minecraft", Note: strings.Repeat("a long note ", 4000)})
	datatest.Must(t, err)
	datatest.Fill(t, dir)
	r := sy.Step(day.Add(time.Hour))
	if err := r.Problems[""]; r.Wrote || !errors.Is(err, data.ErrNoSpace) || MessageKey(err) != "sharing.error.no_space" {
		t.Fatalf("wrote %v, problem %v", r.Wrote, err)
	}
	if after, _ := os.ReadFile(files[0]); !bytes.Equal(before, after) {
		t.Fatal("the file already in the folder was changed by the failed write")
	}
	if now, _ := filepath.Glob(filepath.Join(dir, "*")); len(now) != 2 { // the file and the test's filler
		t.Fatalf("left beside it: %v", now)
	}
	if notes, _ := s.AppNotes(seren.ID); len(notes) != 2 {
		t.Fatalf("the family lost app notes: %d", len(notes))
	}
}
