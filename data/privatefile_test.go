package data

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"runtime"
	"testing"
)

// A file written with WritePrivate is readable only by the user, even
// one that existed before with wider permissions.
func TestWritePrivateMakesTheFileOnlyTheUsers(t *testing.T) {
	t.Parallel()
	if runtime.GOOS == "windows" {
		t.Skip("Windows has no Unix permission bits")
	}
	path := filepath.Join(t.TempDir(), "export.txt")
	if err := os.WriteFile(path, []byte("old"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := WritePrivate(path, []byte("Amira's concern log")); err != nil {
		t.Fatal(err)
	}
	info, _ := os.Stat(path)
	b, _ := os.ReadFile(path)
	if info.Mode().Perm() != 0o600 || string(b) != "Amira's concern log" {
		t.Fatalf("mode %v, contents %q", info.Mode().Perm(), b)
	}
}

// Every file the store writes (the family's file and each backup) is
// readable only by the user.
func TestTheStoresFilesAreOnlyTheUsers(t *testing.T) {
	t.Parallel()
	if runtime.GOOS == "windows" {
		t.Skip("Windows has no Unix permission bits")
	}
	s := sentinelFamily(t)
	if err := s.SetPassphrase("correct horse"); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Backup(s.now()); err != nil {
		t.Fatal(err)
	}
	paths := []string{s.Path()}
	list, _ := s.Backups()
	for _, b := range list {
		paths = append(paths, filepath.Join(BackupDir(s.Dir()), b.Name))
	}
	for _, p := range paths {
		if info, err := os.Stat(p); err != nil || info.Mode().Perm() != 0o600 {
			t.Errorf("%s: %v, %v", p, info.Mode().Perm(), err)
		}
	}
}

// An encrypted copy of an export opens with its passphrase only, and a
// changed copy is refused.
func TestAnEncryptedCopyOpensOnlyWithItsPassphrase(t *testing.T) {
	t.Parallel()
	b, err := sealText(sentinel+" said something worrying", "copy pass", CheapKDF())
	if err != nil {
		t.Fatal(err)
	}
	if bytes.Contains(b, []byte(sentinel)) {
		t.Fatal("the copy holds the text in plain")
	}
	if _, err := OpenSealedText(b, "not it"); !errors.Is(err, ErrWrongPassphrase) {
		t.Fatalf("wrong passphrase: %v", err)
	}
	text, err := OpenSealedText(b, "copy pass")
	if err != nil || text != sentinel+" said something worrying" {
		t.Fatalf("%q, %v", text, err)
	}
	changed := bytes.Clone(b)
	changed[len(changed)-10] ^= 1
	if _, err := OpenSealedText(changed, "copy pass"); err == nil {
		t.Fatal("a changed copy opened")
	}
	if _, err := OpenSealedText([]byte("hello"), "copy pass"); !errors.Is(err, ErrNotDatabase) {
		t.Fatalf("not a copy: %v", err)
	}
}

// Forget deletes the family's file, its backups, the demo family and a
// file kept aside by a restore, and leaves a file that is not the app's.
func TestForgetDeletesOnlyWhatTheAppKeeps(t *testing.T) {
	t.Parallel()
	s := sentinelFamily(t)
	dir := s.Dir()
	if _, err := s.Backup(s.now()); err != nil {
		t.Fatal(err)
	}
	must(t, os.MkdirAll(DemoDir(dir), 0o700))
	must(t, os.WriteFile(filepath.Join(DemoDir(dir), FileName), []byte("demo"), 0o600))
	must(t, os.WriteFile(filepath.Join(dir, KeptPrefix+"2026-11-01-090000.db"), []byte("kept"), 0o600))
	must(t, os.WriteFile(filepath.Join(dir, "mine.txt"), []byte("the user's"), 0o600))
	if err := Forget(s); err != nil {
		t.Fatal(err)
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 1 || entries[0].Name() != "mine.txt" {
		var names []string
		for _, e := range entries {
			names = append(names, e.Name())
		}
		t.Fatalf("left in the folder: %v", names)
	}
}
