package data

import (
	"errors"
	"os"
	"path/filepath"
	"testing"
	"time"
)

func TestBackupIsAWholeCopyAndOldOnesAreDropped(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	s, err := Open(dir, testOptions())
	if err != nil {
		t.Fatal(err)
	}
	defer closeOK(t, s)
	must1(t)(s.AddChild(Child{Name: "Seren", BirthYear: 2016, BirthMonth: 4}))
	day := time.Date(2026, 11, 1, 9, 0, 0, 0, time.Local)
	for i := range BackupsKept + 3 {
		if _, err := s.Backup(day.AddDate(0, 0, i)); err != nil {
			t.Fatal(err)
		}
	}
	list, err := s.Backups()
	if err != nil {
		t.Fatal(err)
	}
	if len(list) != BackupsKept {
		t.Fatalf("%d backups kept, want %d", len(list), BackupsKept)
	}
	if want := day.AddDate(0, 0, BackupsKept+2); !list[0].Taken.Equal(want) {
		t.Fatalf("newest backup %v, want %v", list[0].Taken, want)
	}
	if _, err := CheckBackup(filepath.Join(BackupDir(dir), list[0].Name), nil); err != nil {
		t.Fatalf("backup does not pass the consistency check: %v", err)
	}
	entries, _ := os.ReadDir(BackupDir(dir))
	if len(entries) != BackupsKept {
		t.Fatalf("backups folder holds %d files (temp files left?)", len(entries))
	}
}

func TestBackupIfDueOnceADayAndNeverForTheDemo(t *testing.T) {
	t.Parallel()
	s := openTemp(t)
	now := time.Date(2026, 11, 23, 9, 0, 0, 0, time.Local)
	for _, c := range []struct {
		at   time.Time
		made bool
	}{{now, true}, {now.Add(3 * time.Hour), false}, {now.Add(25 * time.Hour), true}} {
		made, err := s.BackupIfDue(c.at)
		if err != nil || made != c.made {
			t.Fatalf("at %v: made=%v err=%v, want made=%v", c.at, made, err, c.made)
		}
	}
	demo, err := OpenDemo(t.TempDir(), testOptions(at(now)), Settings{})
	if err != nil {
		t.Fatal(err)
	}
	defer func() { must(t, RemoveDemo(demo)) }()
	if made, _ := demo.BackupIfDue(now); made {
		t.Fatal("the demo family was backed up")
	}
}

func TestRestoreBringsBackTheCopyAndKeepsWhatWasThere(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	s, _ := Open(dir, testOptions())
	must1(t)(s.AddChild(Child{Name: "Before", BirthYear: 2016, BirthMonth: 4}))
	b, err := s.Backup(time.Date(2026, 11, 20, 9, 0, 0, 0, time.Local))
	if err != nil {
		t.Fatal(err)
	}
	must1(t)(s.AddChild(Child{Name: "After", BirthYear: 2018, BirthMonth: 1}))
	closeOK(t, s)

	if err := Restore(dir, b.Name, time.Date(2026, 11, 23, 9, 0, 0, 0, time.Local), nil); err != nil {
		t.Fatal(err)
	}
	s, err = Open(dir, testOptions())
	if err != nil {
		t.Fatal(err)
	}
	defer closeOK(t, s)
	kids, _ := s.Children()
	if len(kids) != 1 || kids[0].Name != "Before" {
		t.Fatalf("after restore: %+v", kids)
	}
	list, _ := s.Backups()
	if len(list) != 2 {
		t.Fatalf("the data replaced by the restore was not kept as a backup: %+v", list)
	}
}

func TestRestoreRefusesADamagedBackup(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	s, _ := Open(dir, testOptions())
	must1(t)(s.AddChild(Child{Name: "Kept", BirthYear: 2016, BirthMonth: 4}))
	closeOK(t, s)
	must(t, os.MkdirAll(BackupDir(dir), 0o700))
	must(t, os.WriteFile(filepath.Join(BackupDir(dir), "backup-2026-11-01-090000.db"), []byte("not a database, just words"), 0o600))
	if err := Restore(dir, "backup-2026-11-01-090000.db", time.Now(), nil); !errors.Is(err, ErrNotDatabase) {
		t.Fatalf("restoring junk: %v", err)
	}
	s, _ = Open(dir, testOptions())
	defer closeOK(t, s)
	if kids, _ := s.Children(); len(kids) != 1 {
		t.Fatal("a refused restore changed the data")
	}
}

func TestTwoBackupsInOneSecondAreBothKept(t *testing.T) {
	t.Parallel()
	s := openTemp(t)
	now := time.Date(2026, 11, 23, 9, 0, 0, 0, time.Local)
	must1(t)(s.Backup(now))
	must1(t)(s.Backup(now))
	if list, _ := s.Backups(); len(list) != 2 {
		t.Fatalf("%d backups, want 2", len(list))
	}
}
