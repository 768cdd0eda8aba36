package data

import (
	"errors"
	"path/filepath"
)

// CheckedBackup is a backup that read back whole, with what it holds.
type CheckedBackup struct {
	Backup
	Contents Contents
}

// GoodBackups lists the backups in dataDir that read back whole and that
// this app can restore, newest first. It needs no open store: the
// start-up window offers them when the family's file is damaged. Encrypted
// backups are read with keys (nil: none known); locked counts those that
// keys do not open, so the window can ask for the passphrase.
func GoodBackups(dataDir string, keys *Keys) (good []CheckedBackup, locked int, err error) {
	all, locked, err := AllBackups(dataDir, keys)
	for _, b := range all {
		if !b.Damaged {
			good = append(good, b)
		}
	}
	return good, locked, err
}

// AllBackups is GoodBackups with the damaged copies too, marked Damaged,
// so the recovery window can say which copies cannot be used.
func AllBackups(dataDir string, keys *Keys) (all []CheckedBackup, locked int, err error) {
	list, err := ListBackups(dataDir)
	if err != nil {
		return nil, 0, err
	}
	for _, b := range list {
		c, err := CheckBackup(filepath.Join(BackupDir(dataDir), b.Name), keys)
		switch {
		case err == nil:
			all = append(all, CheckedBackup{Backup: b, Contents: c})
		case errors.Is(err, ErrLocked), errors.Is(err, ErrWrongPassphrase):
			locked++
		default:
			b.Damaged = true
			all = append(all, CheckedBackup{Backup: b, Contents: c})
		}
	}
	return all, locked, nil
}
