//go:build unix

package sharing_test

import (
	"path/filepath"
	"syscall"
	"testing"

	"family-online-safety/data/datatest"
)

// Importing a pipe (reading it would wait for ever) is refused at once as
// not a file, and changes nothing.
func TestImportingAPipeSaysItIsNotAFile(t *testing.T) {
	h, _ := home(t, "en")
	path := filepath.Join(t.TempDir(), "family.fos")
	if err := syscall.Mkfifo(path, 0o600); err != nil {
		t.Skipf("cannot make a pipe: %v", err)
	}
	b := newCarer(h, datatest.Open(t, datatest.At(day)), path)
	b.openFile(secret)
	b.shows("sharing.error.not_file")
	if kids, _ := b.store.Children(); len(kids) != 0 {
		t.Fatal("the import changed the family")
	}
}
