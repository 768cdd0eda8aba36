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

// A pipe, a link to /dev/zero and a folder named like a family file in the
// shared folder are refused without being read: the sync neither waits
// for ever nor fills the disk, and it goes on with the rest.
func TestThingsThatAreNotFilesInTheFolderAreNotRead(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	odd := map[string]func(string) error{
		FolderFileName("pipe"): func(p string) error { return syscall.Mkfifo(p, 0o600) },
		FolderFileName("zero"): func(p string) error { return os.Symlink("/dev/zero", p) },
		FolderFileName("dir"):  func(p string) error { return os.Mkdir(p, 0o700) },
	}
	for name, mk := range odd {
		if err := mk(filepath.Join(dir, name)); err != nil {
			t.Skipf("cannot make %s: %v", name, err)
		}
	}
	s := datatest.Open(t, datatest.At(day))
	done := make(chan Report, 1)
	go func() { done <- NewSyncer(s, dir, pass, "0.1.0").WithDebounce(0).Step(day) }()
	var r Report
	select {
	case r = <-done:
	case <-time.After(10 * time.Second):
		t.Fatal("the sync is reading something that is not a file")
	}
	for _, name := range []string{FolderFileName("pipe"), FolderFileName("zero")} {
		if !errors.Is(r.Problems[name], data.ErrNotRegular) {
			t.Errorf("%s: %v, want not an ordinary file", name, r.Problems[name])
		}
	}
	if !r.Wrote {
		t.Fatal("this computer's file was not written")
	}
}
