package data

import (
	"errors"
	"fmt"
	"io"
	"os"
	"runtime/debug"
	"time"

	"go.etcd.io/bbolt"
	bolterrors "go.etcd.io/bbolt/errors"
)

// openChecked opens a family file without ever crashing on damage: it
// takes the lock, checks the bytes (checkRaw), lets bbolt map only a file
// that passed, and reads every record once (scan) with memory faults
// turned into panics and every panic into ErrNotDatabase. Nothing is
// written to a file that fails: a damaged file stays exactly as it was.
// An encrypted file is opened with keys (nil: it stays locked, checked as
// far as it can be without the key).
func openChecked(path string, readOnly bool, keys *Keys, now func() time.Time) (*boltFile, Contents, error) {
	for range 3 { // the file may be swapped under us by a compaction
		f, err := lockedFile(path, readOnly)
		if errors.Is(err, errMoved) {
			continue
		}
		if err != nil {
			return nil, Contents{}, err
		}
		return openLocked(f, path, readOnly, keys, now)
	}
	return nil, Contents{}, fmt.Errorf("%w (%s)", ErrAlreadyOpen, path)
}

var errMoved = errors.New("the file was replaced while opening")

// lockedFile opens path and takes bbolt's lock on it; errMoved when the
// name no longer points at the file that was locked.
func lockedFile(path string, readOnly bool) (*os.File, error) {
	flag := os.O_RDWR
	if readOnly {
		flag = os.O_RDONLY
	}
	f, err := os.OpenFile(path, flag, 0)
	if err != nil {
		return nil, fileError("opening "+path, err, false)
	}
	if err := lockFile(f, !readOnly, openTimeout); err != nil {
		_ = f.Close()
		if errors.Is(err, ErrAlreadyOpen) {
			return nil, fmt.Errorf("%w (%s)", ErrAlreadyOpen, path)
		}
		return nil, fileError("locking "+path, err, false)
	}
	held, err1 := f.Stat()
	named, err2 := os.Stat(path)
	if err1 != nil || err2 != nil || !os.SameFile(held, named) {
		_ = f.Close()
		return nil, errMoved
	}
	return f, nil
}

func openLocked(f *os.File, path string, readOnly bool, keys *Keys, now func() time.Time) (db *boltFile, c Contents, err error) {
	if err := checkBytes(f); err != nil {
		_ = f.Close()
		return nil, c, fmt.Errorf("%w (%s): %v", ErrNotDatabase, path, err)
	}
	err = guard(func() error {
		bdb, err := bbolt.Open(path, 0o600, &bbolt.Options{Timeout: openTimeout, ReadOnly: readOnly,
			OpenFile: func(string, int, os.FileMode) (*os.File, error) { return f, nil }})
		if err == nil {
			db = newBoltFile(bdb, now)
		}
		return err
	})
	if err != nil {
		_ = f.Close() // bbolt may have stopped before closing it
		return nil, c, openError(path, err)
	}
	if err := attachKeys(db, keys); err != nil {
		_ = guard(db.Close)
		return nil, c, err
	}
	err = guard(func() error {
		return db.View(func(tx txn) (err error) {
			if c, err = scan(tx); err != nil {
				return err
			}
			if sl := db.sealer(); sl != nil { // opened with its key: checked whole
				return checkManifest(tx, sl)
			}
			return nil
		})
	})
	if err != nil {
		_ = closeDB(db)
		return nil, c, openError(path, err)
	}
	return db, c, nil
}

// checkBytes reads the whole file and checks it with checkRaw.
func checkBytes(f *os.File) error {
	info, err := f.Stat()
	if err != nil {
		return err
	}
	if info.Size() == 0 {
		return errors.New("the file is empty")
	}
	b := make([]byte, info.Size())
	if _, err := f.ReadAt(b, 0); err != nil && err != io.EOF {
		return err
	}
	return checkRaw(b)
}

// guard runs fn with faults in memory-mapped data turned into panics and
// every panic turned into ErrNotDatabase.
func guard(fn func() error) (err error) {
	defer debug.SetPanicOnFault(debug.SetPanicOnFault(true))
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("%w: the storage library failed: %v", ErrNotDatabase, r)
		}
	}()
	return fn()
}

// openError turns bbolt's reasons into the package's typed errors.
func openError(path string, err error) error {
	switch {
	case errors.Is(err, ErrNotDatabase), errors.Is(err, ErrNewerVersion), errors.Is(err, ErrAlreadyOpen),
		errors.Is(err, ErrLocked), errors.Is(err, ErrWrongPassphrase):
		return err
	case errors.Is(err, bolterrors.ErrTimeout):
		return fmt.Errorf("%w (%s)", ErrAlreadyOpen, path)
	case errors.Is(err, bolterrors.ErrInvalid), errors.Is(err, bolterrors.ErrChecksum),
		errors.Is(err, bolterrors.ErrVersionMismatch), errors.Is(err, bolterrors.ErrInvalidMapping):
		return fmt.Errorf("%w (%s): %v", ErrNotDatabase, path, err)
	default:
		return fileError("opening "+path, err, false)
	}
}
