package sharing

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"testing"
	"time"

	"family-online-safety/data/datatest"
	"family-online-safety/translations"
)

// A file in the folder sealed with another passphrase, a damaged one and
// one that is not a family file at all are each reported (with a message
// in every language) and change nothing; this computer's file is still
// written, under its own name, and nothing half-written is left behind.
func TestBadFilesInTheFolderAreReportedAndChangeNothing(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	other, _, _ := family(t)
	var wrong bytes.Buffer
	if err := ExportFamily(&wrong, other, nil, "another passphrase", "0.1.0", day); err != nil {
		t.Fatal(err)
	}
	good := exported(t, other, nil)
	files := map[string][]byte{
		FolderFileName("aaaa"): wrong.Bytes(),
		FolderFileName("bbbb"): good[:len(good)/2],
		FolderFileName("cccc"): []byte("%PDF-1.7 not a family file"),
		"notes.txt":            []byte("not ours to read"),
	}
	for name, b := range files {
		if err := os.WriteFile(filepath.Join(dir, name), b, 0o600); err != nil {
			t.Fatal(err)
		}
	}
	s := datatest.Open(t, datatest.At(day))
	before := s.WriteCount()
	r := NewSyncer(s, dir, pass, "0.1.0").WithDebounce(0).Step(day)
	want := map[string]error{FolderFileName("aaaa"): ErrWrongPassphrase, FolderFileName("bbbb"): ErrDamaged, FolderFileName("cccc"): ErrDamaged}
	if len(r.Problems) != len(want) {
		t.Fatalf("problems %v, want %v", r.Problems, want)
	}
	for name, err := range want {
		if !errors.Is(r.Problems[name], err) {
			t.Errorf("%s: %v, want %v", name, r.Problems[name], err)
		}
	}
	if kids, _ := s.Children(); len(kids) != 0 || s.WriteCount() != before {
		t.Fatal("a bad file changed the family")
	}
	if !r.Wrote {
		t.Fatal("this computer's file was not written")
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != len(files)+1 {
		t.Fatalf("the folder holds %d files, want %d (no temporary file left)", len(entries), len(files)+1)
	}
	if _, err := os.Stat(filepath.Join(dir, FolderFileName(s.DeviceID()))); err != nil {
		t.Fatal(err)
	}
	for _, lang := range []string{"en", "cy", "pl"} {
		tr, _ := translations.New(lang)
		for _, err := range r.Problems {
			if key := MessageKey(err); tr.T(key) == key {
				t.Errorf("%s: no message for %v", lang, err)
			}
		}
	}
	if again := NewSyncer(s, dir, pass, "0.1.0").Step(day); !errors.Is(again.Problems[FolderFileName("aaaa")], ErrWrongPassphrase) {
		t.Error("a restart forgot the problem")
	}
}

// Two computers never write the same name: the file is named by the
// computer's device id, and a file of this computer's own family under
// another name (a sync tool's conflicted copy) is not merged.
func TestEachComputerWritesItsOwnFile(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	a, _, _ := family(t)
	b := datatest.Open(t, datatest.At(day))
	NewSyncer(a, dir, pass, "0.1.0").Step(day)
	NewSyncer(b, dir, pass, "0.1.0").Step(day)
	for _, s := range []*struct{ dev string }{{a.DeviceID()}, {b.DeviceID()}} {
		if _, err := os.Stat(filepath.Join(dir, FolderFileName(s.dev))); err != nil {
			t.Fatal(err)
		}
	}
	if kids, _ := b.Children(); len(kids) != 2 {
		t.Fatalf("B took in %d children, want 2", len(kids))
	}
	mine, _ := os.ReadFile(filepath.Join(dir, FolderFileName(a.DeviceID())))
	copyName := FolderFileName(a.DeviceID() + " (conflicted copy)")
	if err := os.WriteFile(filepath.Join(dir, copyName), mine, 0o600); err != nil {
		t.Fatal(err)
	}
	if r := NewSyncer(a, dir, pass, "0.1.0").Step(day); !errors.Is(r.Problems[copyName], ErrOwnFileElsewhere) {
		t.Fatalf("problems %v, want the copy of A's own file refused", r.Problems)
	}
}

// Forget everything deletes this computer's file from the folder, and
// leaves the other home's.
func TestRemoveOwnFileLeavesTheOthers(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	a, _, _ := family(t)
	b := datatest.Open(t, datatest.At(day))
	sa := NewSyncer(a, dir, pass, "0.1.0")
	sa.Step(day)
	NewSyncer(b, dir, pass, "0.1.0").Step(day)
	if err := sa.RemoveOwnFile(); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(filepath.Join(dir, FolderFileName(a.DeviceID()))); !errors.Is(err, os.ErrNotExist) {
		t.Fatalf("this computer's file is still there: %v", err)
	}
	if _, err := os.Stat(filepath.Join(dir, FolderFileName(b.DeviceID()))); err != nil {
		t.Fatalf("the other home's file went: %v", err)
	}
	if err := sa.RemoveOwnFile(); err != nil {
		t.Fatalf("a second removal: %v", err)
	}
}

// A round split as the app runs it (Look and Seal away from the store):
// a sealing that was overtaken by a newer one never lands last, and
// nothing is written after Forget everything removed the file.
func TestAnOlderSealingNeverLandsLast(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	a, seren, _ := family(t)
	s := NewSyncer(a, dir, pass, "0.1.0").WithDebounce(0)
	_, older := s.Take(s.Look(), day)
	if older == nil {
		t.Fatal("nothing to write at first")
	}
	seren.Notes = "newer"
	if err := a.UpdateChild(seren); err != nil {
		t.Fatal(err)
	}
	_, newer := s.Take(s.Look(), day.Add(time.Minute))
	if newer == nil || !s.Seal(newer) {
		t.Fatal("the newer family was not written")
	}
	if s.Seal(older) {
		t.Fatal("the older family was written over the newer")
	}
	other := datatest.Open(t, datatest.At(day.Add(time.Hour)))
	NewSyncer(other, dir, pass, "0.1.0").Step(day.Add(time.Hour))
	if kids, _ := other.Children(); len(kids) != 2 || kids[0].Notes+kids[1].Notes != "newer" {
		t.Fatalf("the other home has %+v", kids)
	}
	seren.Notes = "after forgetting"
	_ = a.UpdateChild(seren)
	_, late := s.Take(s.Look(), day.Add(2*time.Minute))
	if err := s.RemoveOwnFile(); err != nil {
		t.Fatal(err)
	}
	if s.Seal(late) {
		t.Fatal("written after the file was removed")
	}
}
