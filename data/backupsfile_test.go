package data

import (
	"errors"
	"os"
	"testing"
	"time"
)

// A file where the backups folder should be is named as that, not as a
// data folder that is a file: the family's own data is fine and opens.
func TestAFileInPlaceOfTheBackupsFolderIsNamedAsThat(t *testing.T) {
	t.Parallel()
	s := openTemp(t)
	must1(t)(s.AddChild(Child{Name: "Still here", BirthYear: 2015, BirthMonth: 3}))
	_ = os.RemoveAll(BackupDir(s.Dir()))
	must(t, os.WriteFile(BackupDir(s.Dir()), []byte("x"), 0o600))

	_, err := s.Backup(time.Date(2026, 12, 7, 9, 0, 0, 0, time.Local))
	if !errors.Is(err, ErrBackupsNotAFolder) || errors.Is(err, ErrNotAFolder) {
		t.Fatalf("backing up: %v, want only ErrBackupsNotAFolder", err)
	}
	if _, err := s.Backups(); !errors.Is(err, ErrBackupsNotAFolder) {
		t.Fatalf("listing: %v, want ErrBackupsNotAFolder", err)
	}
	if kids, err := s.Children(); err != nil || len(kids) != 1 {
		t.Fatalf("the family: %v, %v", kids, err)
	}
}
