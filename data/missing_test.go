package data

import (
	"errors"
	"os"
	"path/filepath"
	"testing"
	"time"
)

// aFamilyWithABackup makes a family of three with one backup, closed.
func aFamilyWithABackup(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	s, err := Open(dir, testOptions())
	if err != nil {
		t.Fatal(err)
	}
	for _, n := range []string{"Amira", "Leo", "Maisie"} {
		if _, err := s.AddChild(Child{Name: n, BirthYear: 2016, BirthMonth: 1}); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := s.Backup(time.Date(2026, 11, 20, 9, 0, 0, 0, time.Local)); err != nil {
		t.Fatal(err)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	return dir
}

func backupNames(t *testing.T, dir string) []string {
	t.Helper()
	entries, _ := os.ReadDir(BackupDir(dir))
	var out []string
	for _, e := range entries {
		out = append(out, e.Name())
	}
	return out
}

func TestADeletedFileBesideBackupsIsMissingNotANewFamily(t *testing.T) {
	t.Parallel()
	dir := aFamilyWithABackup(t)
	before := backupNames(t, dir)
	if err := os.Remove(filepath.Join(dir, FileName)); err != nil {
		t.Fatal(err)
	}
	if _, err := Open(dir, testOptions()); !errors.Is(err, ErrMissing) {
		t.Fatalf("opening with the file deleted: %v, want ErrMissing", err)
	}
	if exists(filepath.Join(dir, FileName)) {
		t.Fatal("a new family file was written in place of the missing one")
	}
	if after := backupNames(t, dir); len(after) != len(before) {
		t.Fatalf("backups changed: %v, was %v", after, before)
	}
	opts := testOptions()
	opts.NewFamily = true // the user chose to start again
	s, err := Open(dir, opts)
	if err != nil {
		t.Fatal(err)
	}
	defer func() { _ = s.Close() }()
	if kids, _ := s.Children(); len(kids) != 0 {
		t.Fatalf("a new family has %d children", len(kids))
	}
}

func TestOnlyAKeptFileIsASignOfAnEarlierFamily(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, KeptPrefix+"2026-11-20-090000.db"), []byte("x"), 0o600); err != nil {
		t.Fatal(err)
	}
	if _, err := Open(dir, testOptions()); !errors.Is(err, ErrMissing) {
		t.Fatalf("got %v, want ErrMissing", err)
	}
}

func TestAFreshFolderStillStartsANewFamily(t *testing.T) {
	t.Parallel()
	for _, dir := range []string{t.TempDir(), filepath.Join(t.TempDir(), "not", "made", "yet")} {
		s, err := Open(dir, testOptions())
		if err != nil {
			t.Fatalf("%s: %v", dir, err)
		}
		_ = s.Close()
	}
}

func TestADataFileLinkedToNothingIsNeverReplaced(t *testing.T) {
	t.Parallel()
	for _, withBackup := range []bool{false, true} {
		dir := t.TempDir()
		if withBackup {
			dir = aFamilyWithABackup(t)
			_ = os.Remove(filepath.Join(dir, FileName))
		}
		target := filepath.Join(t.TempDir(), "unplugged", "family-online-safety.db")
		link := filepath.Join(dir, FileName)
		if err := os.Symlink(target, link); err != nil {
			t.Skip("no symlinks here:", err)
		}
		_, err := Open(dir, testOptions())
		if !errors.Is(err, ErrDanglingLink) {
			t.Fatalf("got %v, want ErrDanglingLink", err)
		}
		opts := testOptions()
		opts.NewFamily = true
		if _, err := Open(dir, opts); !errors.Is(err, ErrDanglingLink) {
			t.Fatalf("a new family was started through the link: %v", err)
		}
		if info, err := os.Lstat(link); err != nil || info.Mode()&os.ModeSymlink == 0 {
			t.Fatal("the link was replaced")
		}
		if exists(target) || exists(filepath.Dir(target)) {
			t.Fatal("something was written through the link")
		}
		if got := LinkTarget(dir); got != target {
			t.Fatalf("LinkTarget = %q, want %q", got, target)
		}
	}
}

func TestADataFolderLinkedToNothingIsNotMade(t *testing.T) {
	t.Parallel()
	target := filepath.Join(t.TempDir(), "unplugged")
	dir := filepath.Join(t.TempDir(), "family")
	if err := os.Symlink(target, dir); err != nil {
		t.Skip("no symlinks here:", err)
	}
	if _, err := Open(dir, testOptions()); !errors.Is(err, ErrDanglingLink) {
		t.Fatalf("got %v, want ErrDanglingLink", err)
	}
	if exists(target) {
		t.Fatal("the folder was made through the link")
	}
}

func TestRestoringOverALinkToNothingKeepsTheLink(t *testing.T) {
	t.Parallel()
	dir := aFamilyWithABackup(t)
	name := backupNames(t, dir)[0]
	_ = os.Remove(filepath.Join(dir, FileName))
	target := filepath.Join(t.TempDir(), "unplugged.db")
	if err := os.Symlink(target, filepath.Join(dir, FileName)); err != nil {
		t.Skip("no symlinks here:", err)
	}
	if err := Restore(dir, name, time.Date(2026, 12, 1, 9, 0, 0, 0, time.Local), nil); err != nil {
		t.Fatal(err)
	}
	if exists(target) {
		t.Fatal("the backup was written through the link")
	}
	kept, _ := KeptFiles(dir)
	if len(kept) != 1 || LinkTarget(dir) != "" {
		t.Fatalf("the link was not kept aside: %v", kept)
	}
	if to, err := os.Readlink(filepath.Join(dir, kept[0].Name)); err != nil || to != target {
		t.Fatalf("kept link points to %q (%v)", to, err)
	}
	s, err := Open(dir, testOptions())
	if err != nil {
		t.Fatal(err)
	}
	defer func() { _ = s.Close() }()
	if kids, _ := s.Children(); len(kids) != 3 {
		t.Fatalf("restored family has %d children", len(kids))
	}
}
