//go:build unix

package sharing

import (
	"errors"
	"os"
	"path/filepath"
	"syscall"
	"testing"
	"time"

	"family-online-safety/data"
	"family-online-safety/data/datatest"
)

// A pipe named like a family file is skipped with a problem of its own,
// and the other home's real file is still taken in; this computer's
// temporary files left by a write cut short are removed.
func TestAPipeInTheFolderIsSkippedAndLeftoversRemoved(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	pipe := filepath.Join(dir, FolderFileName("0123456789abcdef"))
	if err := syscall.Mkfifo(pipe, 0o600); err != nil {
		t.Skip("no pipes here: ", err)
	}
	other := datatest.Open(t, datatest.At(day))
	if _, err := other.AddChild(data.Child{Name: "Seren", BirthYear: 2016, BirthMonth: 3}); err != nil {
		t.Fatal(err)
	}
	NewSyncer(other, dir, pass, "0.1.0").Step(day)
	mine := datatest.Open(t, datatest.At(day))
	leftover := filepath.Join(dir, tmpPrefix(FolderFileName(mine.DeviceID()))+"12345")
	if err := os.WriteFile(leftover, []byte("half"), 0o600); err != nil {
		t.Fatal(err)
	}
	done := make(chan Report)
	go func() { done <- NewSyncer(mine, dir, pass, "0.1.0").Step(day) }()
	var r Report
	select {
	case r = <-done:
	case <-time.After(20 * time.Second):
		t.Fatal("the sync stopped at the pipe")
	}
	if !errors.Is(r.Problems[filepath.Base(pipe)], ErrNotAFile) {
		t.Errorf("problems %v, want the pipe named", r.Problems)
	}
	if kids, _ := mine.Children(); len(kids) != 1 {
		t.Errorf("the other home's file was not taken in beside the pipe: %+v", kids)
	}
	if _, err := os.Stat(leftover); !errors.Is(err, os.ErrNotExist) {
		t.Error("this computer's leftover temporary file is still there")
	}
}

// A file with more records of one kind than any family's is refused as
// such, and nothing is taken in.
func TestAFileWithTooManyRecordsIsRefused(t *testing.T) {
	t.Parallel()
	s := datatest.Open(t, datatest.At(day))
	f := data.SharedFamily{FamilyID: "x"}
	for i := range data.MaxSharedRecords + 1 {
		f.Records = append(f.Records, data.SharedRecord{Section: "contacts", Stamp: data.Stamp{UID: itoa(i)}})
	}
	if _, err := s.PlanShared(f, data.ImportMerge); !errors.Is(fitError(err), ErrTooMany) {
		t.Fatalf("error %v, want the file refused as holding too many records", err)
	}
}

// Another computer's temporary file left by a write cut short is removed
// once it is an hour old; a fresh one (a write under way), this
// computer's own, and other files are left alone.
func TestAnotherComputersStaleTemporaryFileIsRemoved(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	s := datatest.Open(t, datatest.At(day))
	other := FolderFileName("0123456789abcdef")
	old := time.Now().Add(-2 * StaleTemporary)
	files := map[string]bool{ // name: removed
		tmpPrefix(other) + "111":                        true,
		tmpPrefix(other) + "222":                        false, // fresh
		".tmp-notes.txt-333":                            false, // not the app's
		"holiday.fos":                                   false,
		tmpPrefix(FolderFileName(s.DeviceID())) + "444": false, // this computer's: removed at start only
	}
	for name := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte("half"), 0o600); err != nil {
			t.Fatal(err)
		}
		if name != tmpPrefix(other)+"222" {
			if err := os.Chtimes(filepath.Join(dir, name), old, old); err != nil {
				t.Fatal(err)
			}
		}
	}
	sy := NewSyncer(s, dir, pass, "0.1.0")
	sy.cleanOnce.Do(func() {}) // as after the start
	sy.Step(day)
	for name, removed := range files {
		_, err := os.Stat(filepath.Join(dir, name))
		if gone := errors.Is(err, os.ErrNotExist); gone != removed {
			t.Errorf("%s: removed %v, want %v", name, gone, removed)
		}
	}
}
