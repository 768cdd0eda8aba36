//go:build unix

package data

import (
	"errors"
	"os"
	"syscall"
	"time"
)

// lockFile takes the same lock bbolt takes (flock on the same open file),
// before anything reads the file, so no other copy of the app is writing
// while the file is checked. bbolt's own flock on this file then succeeds
// at once.
func lockFile(f *os.File, exclusive bool, timeout time.Duration) error {
	how := syscall.LOCK_SH | syscall.LOCK_NB
	if exclusive {
		how = syscall.LOCK_EX | syscall.LOCK_NB
	}
	deadline := time.Now().Add(timeout)
	for {
		err := syscall.Flock(int(f.Fd()), how)
		if !errors.Is(err, syscall.EWOULDBLOCK) {
			return err
		}
		if time.Now().After(deadline) {
			return ErrAlreadyOpen
		}
		time.Sleep(50 * time.Millisecond)
	}
}
