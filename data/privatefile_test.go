package data

import (
	"os"
	"path/filepath"
	"runtime"
	"testing"
)

func TestWritePrivateIsForTheUserOnly(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("Windows has no Unix modes")
	}
	t.Parallel()
	dir := t.TempDir()
	fresh := filepath.Join(dir, "new.pdf")
	old := filepath.Join(dir, "old.pdf") // as a save dialog leaves it: open to everyone, longer
	if err := os.WriteFile(old, []byte("an older, longer file"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, path := range []string{fresh, old} {
		if err := WritePrivate(path, []byte("family")); err != nil {
			t.Fatal(err)
		}
		info, err := os.Stat(path)
		if err != nil {
			t.Fatal(err)
		}
		if info.Mode().Perm() != 0o600 {
			t.Errorf("%s: mode %v, want 0600", filepath.Base(path), info.Mode().Perm())
		}
		if b, _ := os.ReadFile(path); string(b) != "family" {
			t.Errorf("%s holds %q", filepath.Base(path), b)
		}
	}
	if err := WritePrivate(filepath.Join(dir, "no-such-folder", "x.pdf"), nil); err == nil {
		t.Error("writing into a missing folder succeeded")
	}
}
