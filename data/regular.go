package data

import (
	"errors"
	"fmt"
	"os"
)

// ErrNotRegular: a path that should be an ordinary file is a folder, a
// pipe, a device or a link to one. It is refused before anything is read
// from it, so a pipe cannot make the app wait for ever and a device
// cannot fill the disk.
var ErrNotRegular = errors.New("not an ordinary file")

// OpenRegular opens path with flag (os.O_RDONLY, os.O_RDWR) only when it
// is an ordinary file, following links. The file is opened without
// waiting (a pipe would block the open itself) and checked before any
// read, so whatever is swapped in between is caught too.
func OpenRegular(path string, flag int) (*os.File, error) {
	if info, err := os.Stat(path); err == nil && !info.Mode().IsRegular() {
		return nil, notRegular(path, info.Mode())
	}
	f, err := os.OpenFile(path, flag|openNoWait, 0)
	if err != nil {
		return nil, err
	}
	info, err := f.Stat()
	if err != nil {
		_ = f.Close()
		return nil, err
	}
	if !info.Mode().IsRegular() {
		_ = f.Close()
		return nil, notRegular(path, info.Mode())
	}
	return f, nil
}

func notRegular(path string, mode os.FileMode) error {
	return fmt.Errorf("%w: %s is %s", ErrNotRegular, path, modeWords(mode))
}

// modeWords says what a path is, for the log.
func modeWords(mode os.FileMode) string {
	switch {
	case mode.IsDir():
		return "a folder"
	case mode&os.ModeNamedPipe != 0:
		return "a pipe"
	case mode&os.ModeDevice != 0:
		return "a device"
	case mode&os.ModeSocket != 0:
		return "a socket"
	}
	return "not a file (" + mode.String() + ")"
}
