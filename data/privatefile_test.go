package data

import (
	"os"
	"path/filepath"
	"runtime"
	"testing"
)

func TestWritePrivateMakesAFileOnlyItsOwnerCanRead(t *testing.T) {
	path := filepath.Join(t.TempDir(), "Leo.txt")
	if err := os.WriteFile(path, []byte("old, readable by all"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := WritePrivate(path, []byte("Leo's notes")); err != nil {
		t.Fatal(err)
	}
	got, _ := os.ReadFile(path)
	if string(got) != "Leo's notes" {
		t.Fatalf("file holds %q", got)
	}
	if runtime.GOOS == "windows" {
		return // no Unix modes
	}
	if info, _ := os.Stat(path); info.Mode().Perm() != 0o600 {
		t.Fatalf("mode %v, want 0600", info.Mode().Perm())
	}
	if left, _ := filepath.Glob(filepath.Join(filepath.Dir(path), ".saving-*")); len(left) != 0 {
		t.Fatalf("temporary files left: %v", left)
	}
}
