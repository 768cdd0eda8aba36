//go:build unix

package data

import (
	"errors"
	"os"
	"path/filepath"
	"syscall"
	"testing"
)

// A file that shrinks under its memory map faults (SIGBUS) on the next
// read, as a damaged or cut-short file can inside bbolt. guard must turn
// that into ErrNotDatabase instead of letting the process die.
func TestGuardTurnsAMemoryFaultIntoTheDamagedError(t *testing.T) {
	t.Parallel()
	path := filepath.Join(t.TempDir(), "mapped")
	must(t, os.WriteFile(path, make([]byte, 2*os.Getpagesize()), 0o600))
	f, _ := os.OpenFile(path, os.O_RDWR, 0)
	defer closeOK(t, f)
	m, err := syscall.Mmap(int(f.Fd()), 0, 2*os.Getpagesize(), syscall.PROT_READ, syscall.MAP_SHARED)
	if err != nil {
		t.Skip("cannot map a file here:", err)
	}
	defer func() { must(t, syscall.Munmap(m)) }()
	must(t, f.Truncate(0))
	var read byte
	err = guard(func() error {
		read = m[os.Getpagesize()]
		return nil
	})
	if !errors.Is(err, ErrNotDatabase) {
		t.Fatalf("reading past the end of a shrunk map: %v (read %d), want ErrNotDatabase", err, read)
	}
	err = guard(func() error { panic("index out of range in the storage library") })
	if !errors.Is(err, ErrNotDatabase) {
		t.Fatalf("a panic: %v", err)
	}
}
