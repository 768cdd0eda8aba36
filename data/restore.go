package data

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"time"
)

// Restore replaces the database in dataDir with the named backup. The
// backup is read in full first (CheckBackup) and refused with ErrBadBackup
// if anything is wrong with it. It takes the file's lock, so it never runs
// while a store (or another copy of the app) has the file open: close the
// store first. What was there is kept first, as raw bytes, even when it
// cannot be opened: as a "before-restore" backup when it reads back whole,
// else beside it as family-online-safety-kept-<date>.db (KeptPrefix).
// An encrypted backup is checked with keys (see CheckBackup).
func Restore(dataDir, name string, now time.Time, keys *Keys) error {
	return during(ErrDuringRestore, restore(dataDir, name, now, keys))
}

func restore(dataDir, name string, now time.Time, keys *Keys) error {
	src := filepath.Join(BackupDir(dataDir), filepath.Base(name))
	if _, err := CheckBackup(src, keys); err != nil {
		return err
	}
	return replaceWith(dataDir, src, now, keys, CheckBackup)
}

// replaceWith puts a copy of src in the place of the family's file,
// keeping what is there first (keepCurrent). The copy is read back with
// check before anything is moved.
func replaceWith(dataDir, src string, now time.Time, keys *Keys, check func(string, *Keys) (Contents, error)) error {
	// Copy the backup aside before anything else: keeping the current data
	// as a backup may rotate old ones away, possibly this one.
	tmp, err := copyToTemp(src, dataDir, tempRestore)
	if err != nil {
		return fileError("copying the backup", err, true)
	}
	defer func() { _ = os.Remove(tmp) }() // a no-op once renamed
	// A full disk can cut the copy short: read it back too.
	if _, err := check(tmp, keys); err != nil {
		return err
	}
	path := filepath.Join(dataDir, FileName)
	if dangling(path) != nil { // a link to a drive not connected: kept, not written through
		if err := moveAside(path, dataDir, now); !errors.Is(err, fs.ErrNotExist) {
			return err
		}
	}
	f, err := lockedFile(path, false)
	if errors.Is(err, errMoved) {
		err = fmt.Errorf("%w (%s)", ErrAlreadyOpen, path)
	}
	if errors.Is(err, ErrNotRegular) { // a folder or a device in its place: moved aside, never read
		err = moveAside(path, dataDir, now)
	}
	if err != nil && !errors.Is(err, fs.ErrNotExist) {
		return err
	}
	if f != nil {
		defer func() { _ = f.Close() }()
		if err := keepCurrent(f, dataDir, now, keys); err != nil {
			return err
		}
		if runtime.GOOS == "windows" { // Windows cannot rename over an open file
			_ = f.Close()
		}
	}
	if err := os.Rename(tmp, path); err != nil {
		return fileError("restoring the backup", err, true)
	}
	_ = syncDir(dataDir)
	return nil
}

// KeptPrefix starts the name of a data file that was set aside by a
// restore because it could not be read back whole.
const KeptPrefix = "family-online-safety-kept-"

// keepCurrent copies the locked data file, byte for byte, to a backup (or,
// if it does not read back whole, to a dated file beside it).
func keepCurrent(f *os.File, dataDir string, now time.Time, keys *Keys) error {
	dir := BackupDir(dataDir)
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return fileError("creating the backups folder", err, true)
	}
	tmp, err := copyToTemp(f.Name(), dir, tempNew)
	if err != nil {
		return fileError("keeping the current data", err, true)
	}
	defer func() { _ = os.Remove(tmp) }() // a no-op once renamed
	if _, err := CheckBackup(tmp, keys); err == nil {
		_, err = placeBackup(tmp, dir, now, BackupKept, backupSealed(tmp))
		return err
	}
	aside := filepath.Join(dataDir, KeptPrefix+now.Format(backupStamp)+".db")
	for i := 2; exists(aside); i++ {
		aside = filepath.Join(dataDir, fmt.Sprintf("%s%s-%d.db", KeptPrefix, now.Format(backupStamp), i))
	}
	if err := os.Rename(tmp, aside); err != nil {
		return fileError("keeping the current data", err, true)
	}
	_ = syncDir(dataDir)
	return nil
}

// copyToTemp copies src to a synced, private temporary file in dir.
func copyToTemp(src, dir, prefix string) (string, error) {
	in, err := OpenRegular(src, os.O_RDONLY)
	if err != nil {
		return "", err
	}
	defer func() { _ = in.Close() }()
	tmp, err := os.CreateTemp(dir, prefix+"*.db")
	if err != nil {
		return "", err
	}
	_, err = io.Copy(tmp, in)
	if err == nil {
		err = tmp.Sync()
	}
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Chmod(tmp.Name(), 0o600)
	}
	if err != nil {
		_ = os.Remove(tmp.Name())
		return "", err
	}
	return tmp.Name(), nil
}

// moveAside renames what is at path (not an ordinary file) to a dated
// KeptPrefix name beside it, without reading it.
func moveAside(path, dataDir string, now time.Time) error {
	aside := filepath.Join(dataDir, KeptPrefix+now.Format(backupStamp))
	for i := 2; exists(aside); i++ {
		aside = filepath.Join(dataDir, fmt.Sprintf("%s%s-%d", KeptPrefix, now.Format(backupStamp), i))
	}
	if err := os.Rename(path, aside); err != nil {
		return fileError("moving aside what is in the data file's place", err, true)
	}
	return fs.ErrNotExist // nothing left to keep: the backup goes in its place
}
