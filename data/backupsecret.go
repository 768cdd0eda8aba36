package data

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
)

// BackupsHolding lists the backups whose bytes hold secret as it is:
// copies made while the shared folder's passphrase was kept in a family
// file with no passphrase of its own (Stop syncing erases it from the
// family's file, not from copies made before). A backup that cannot be
// read is left out.
func (s *Store) BackupsHolding(secret string) ([]Backup, error) {
	if secret == "" {
		return nil, nil
	}
	all, err := s.Backups()
	var out []Backup
	for _, b := range all {
		raw, err := os.ReadFile(filepath.Join(BackupDir(s.Dir()), b.Name))
		if err == nil && bytes.Contains(raw, []byte(secret)) {
			out = append(out, b)
		}
	}
	return out, err
}

// RemoveBackups deletes the named backups (names as Backups gives them;
// anything else is left alone).
func (s *Store) RemoveBackups(names []string) error {
	var errs []error
	for _, name := range names {
		if _, ok := parseBackupName(name); !ok || filepath.Base(name) != name {
			continue
		}
		if err := os.Remove(filepath.Join(BackupDir(s.Dir()), name)); err != nil && !os.IsNotExist(err) {
			errs = append(errs, err)
		}
	}
	return errors.Join(errs...)
}
