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
	list, err := ListBackups(dataDir)
	if err != nil {
		return nil, 0, err
	}
	for _, b := range list {
		c, err := CheckBackup(filepath.Join(BackupDir(dataDir), b.Name), keys)
		switch {
		case err == nil:
			good = append(good, CheckedBackup{Backup: b, Contents: c})
		case errors.Is(err, ErrLocked), errors.Is(err, ErrWrongPassphrase):
			locked++
		}
	}
	return good, locked, nil
}
