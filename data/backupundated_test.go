package data

import (
	"os"
	"path/filepath"
	"regexp"
	"testing"
	"time"
)

// Behind a passphrase, ten days of daily backups leave no day in their
// names: each is named by a random id, yet the list still knows when each
// was made (newest first), one a day is made, and the kept seven are the
// newest. Without a passphrase the names stay dated, as before.
func TestBackupsBehindAPassphraseLeaveNoTrailOfDays(t *testing.T) {
	t.Parallel()
	day0 := time.Date(2026, 3, 1, 9, 0, 0, 0, time.Local)
	for _, encrypted := range []bool{true, false} {
		s := openTemp(t)
		addKid(t, s, "Anwen")
		if encrypted {
			must(t, s.SetPassphrase("right passphrase"))
		}
		for d := range 10 {
			now := day0.AddDate(0, 0, d)
			for range 2 { // a second start the same day makes none
				_, err := s.BackupIfDue(now.Add(time.Hour))
				must(t, err)
			}
		}
		list, err := s.Backups()
		must(t, err)
		var daily []Backup
		for _, b := range list {
			if b.Kind == BackupDaily {
				daily = append(daily, b)
			}
		}
		if len(daily) != BackupsKept {
			t.Fatalf("encrypted %v: %d daily backups, want %d: %v", encrypted, len(daily), BackupsKept, daily)
		}
		dated := regexp.MustCompile(`\d{4}-\d\d-\d\d`)
		for i, b := range daily {
			want := day0.AddDate(0, 0, 9-i).Add(time.Hour)
			if !b.Taken.Equal(want) {
				t.Errorf("encrypted %v: backup %d taken %v, want %v", encrypted, i, b.Taken, want)
			}
			if dated.MatchString(b.Name) == encrypted {
				t.Errorf("encrypted %v: backup name %q", encrypted, b.Name)
			}
			if _, err := CheckBackup(filepath.Join(BackupDir(s.Dir()), b.Name), s.Keys()); err != nil {
				t.Errorf("backup %s: %v", b.Name, err)
			}
		}
	}
}

// Forget everything also removes the machine's own id, kept in the data
// folder where the system has none (Windows, macOS), so the folder goes.
func TestForgetRemovesTheMachineIDAndTheFolder(t *testing.T) {
	t.Parallel()
	dir := filepath.Join(t.TempDir(), "family-online-safety")
	s, err := Open(dir, testOptions())
	must(t, err)
	must(t, os.WriteFile(filepath.Join(dir, machineIDFile), []byte("0123\n"), 0o600))
	must(t, Forget(s))
	if _, err := os.Stat(dir); !os.IsNotExist(err) {
		entries, _ := os.ReadDir(dir)
		t.Fatalf("the data folder is still there: %v", entries)
	}
}
