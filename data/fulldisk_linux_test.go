//go:build linux

package data_test

import (
	"errors"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"family-online-safety/data"
	"family-online-safety/data/datatest"
)

var fullDay = time.Date(2026, 11, 20, 9, 0, 0, 0, time.Local)

// smallFamily opens a family with one child and one backup on a small
// disk, then fills the disk.
func smallFamily(t *testing.T) (*data.Store, string, data.Backup) {
	t.Helper()
	dir := datatest.SmallDisk(t, "2m")
	s, err := data.Open(dir, datatest.Options(t, datatest.At(fullDay)))
	datatest.Must(t, err)
	t.Cleanup(func() { _ = s.Close() })
	k, err := s.AddChild(data.Child{Name: "Amira", BirthYear: 2016, BirthMonth: 1})
	datatest.Must(t, err)
	datatest.Must1(t)(s.AddAppNote(data.AppNote{ChildID: k.ID, Name: "Game"}))
	b, err := s.Backup(fullDay)
	datatest.Must(t, err)
	datatest.Fill(t, dir)
	return s, dir, b
}

// fullDiskIs checks err names the full disk (data.ErrNoSpace) and the
// action, and still holds the system's reason (ENOSPC).
func fullDiskIs(t *testing.T, what string, err, action error) {
	t.Helper()
	if !errors.Is(err, data.ErrNoSpace) || !errors.Is(err, syscall.ENOSPC) || (action != nil && !errors.Is(err, action)) {
		t.Fatalf("%s on a full disk: %v, want no space (during %v)", what, err, action)
	}
}

// A full disk during each action is told as a full disk, for that action,
// and loses nothing already saved.
func TestAFullDiskIsToldForEachAction(t *testing.T) {
	t.Parallel()
	s, dir, good := smallFamily(t)
	_, err := s.AddAppNote(data.AppNote{ChildID: 1, Name: "Long", Note: strings.Repeat("words ", 20000)})
	fullDiskIs(t, "saving", data.SaveError(err), nil)
	_, err = s.Backup(fullDay.Add(time.Hour))
	fullDiskIs(t, "a backup", err, data.ErrDuringBackup)
	fullDiskIs(t, "saving a file", data.WritePrivate(filepath.Join(dir, "plan.pdf"), make([]byte, 64<<10)), nil)
	datatest.Must(t, s.Close())
	fullDiskIs(t, "a restore", data.Restore(dir, good.Name, fullDay, nil), data.ErrDuringRestore)
	s, err = data.Open(dir, datatest.Options(t, nil))
	datatest.Must(t, err)
	defer datatest.CloseOK(t, s)
	if notes, _ := s.AppNotes(1); len(notes) != 1 {
		t.Fatalf("the full disk lost what was saved: %d app notes", len(notes))
	}
}

// A read-only disk opens the family to read; each save says the folder
// cannot be written; no daily backup is tried.
func TestAReadOnlyDiskOpensToRead(t *testing.T) {
	t.Parallel()
	dir := datatest.SmallDisk(t, "2m")
	s, err := data.Open(dir, datatest.Options(t, nil))
	datatest.Must(t, err)
	datatest.Must1(t)(s.AddChild(data.Child{Name: "Amira", BirthYear: 2016, BirthMonth: 1}))
	datatest.CloseOK(t, s)
	datatest.ReadOnly(t, dir)
	s, err = data.Open(dir, datatest.Options(t, nil))
	if err != nil {
		t.Fatalf("a read-only disk does not open to read: %v", err)
	}
	defer datatest.CloseOK(t, s)
	if !s.ReadOnly() {
		t.Fatal("not marked read-only")
	}
	if kids, _ := s.Children(); len(kids) != 1 {
		t.Fatalf("%d children read", len(kids))
	}
	_, err = s.AddChild(data.Child{Name: "Leo", BirthYear: 2017, BirthMonth: 1})
	if err = data.SaveError(err); !errors.Is(err, data.ErrReadOnly) {
		t.Fatalf("saving on a read-only disk: %v", err)
	}
	if made, err := s.BackupIfDue(fullDay); made || err != nil {
		t.Fatalf("a daily backup on a read-only disk: %v %v", made, err)
	}
	_, err = s.Backup(fullDay)
	if !errors.Is(err, data.ErrReadOnly) || !errors.Is(err, data.ErrDuringBackup) {
		t.Fatalf("a backup on a read-only disk: %v", err)
	}
}
