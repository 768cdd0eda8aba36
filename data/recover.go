package data

import (
	"path/filepath"
)

// CheckedBackup is a backup that read back whole, with what it holds.
type CheckedBackup struct {
	Backup
	Contents Contents
}

// GoodBackups lists the backups in dataDir that read back whole and that
// this app can restore, newest first. It needs no open store: the
// start-up window offers them when the family's file is damaged.
func GoodBackups(dataDir string) ([]CheckedBackup, error) {
	list, err := ListBackups(dataDir)
	if err != nil {
		return nil, err
	}
	var out []CheckedBackup
	for _, b := range list {
		c, err := CheckBackup(filepath.Join(BackupDir(dataDir), b.Name))
		if err == nil {
			out = append(out, CheckedBackup{Backup: b, Contents: c})
		}
	}
	return out, nil
}
