package data

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
)

// Forget deletes everything this app keeps in the data folder: the
// family's file, its backups, the demo family, files kept aside by a
// restore and any leftover temporary file. It closes the store first.
// What it cannot delete is what the user saved elsewhere (exports, copies
// made by other programs); the screen says so. The folder itself is
// removed when nothing else is left in it.
func Forget(s *Store) error {
	dir := s.Dir()
	if err := s.Close(); err != nil {
		return err
	}
	var errs []error
	remove := func(path string) {
		if err := os.RemoveAll(path); err != nil && !errors.Is(err, os.ErrNotExist) {
			errs = append(errs, fileError("deleting "+path, err, true))
		}
	}
	remove(BackupDir(dir))
	remove(DemoDir(dir))
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		name := e.Name()
		if name == FileName || strings.HasPrefix(name, KeptPrefix) || isTemp(name) || name == FileName+".lock" || name == machineIDFile {
			remove(filepath.Join(dir, name))
		}
	}
	_ = syncDir(dir)
	_ = os.Remove(dir) // only when empty: other files there are not ours
	return errors.Join(errs...)
}
