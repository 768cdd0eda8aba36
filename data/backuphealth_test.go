package data_test

import (
	"os"
	"path/filepath"
	"testing"
	"time"

	"family-online-safety/data"
	"family-online-safety/data/datatest"
	"family-online-safety/internal/racesubset"
)

const healthPass = "correct horse"

var healthDay0 = time.Date(2026, 11, 1, 9, 0, 0, 0, time.Local)

// encryptedOnly are the kinds only an encrypted file holds.
var encryptedOnly = map[string]bool{"key": true, "lock_prefs": true, "manifest": true}

// startOn opens the family as the app does on day, makes the day's backup
// if it is due and closes it again. A file that does not open makes none.
func startOn(t *testing.T, dir string, day time.Time, pass string) {
	t.Helper()
	s, err := data.Open(dir, datatest.Options(t, datatest.At(day)))
	if err != nil {
		return
	}
	defer datatest.CloseOK(t, s)
	if pass != "" && s.Unlock(pass) != nil {
		return
	}
	if _, err := s.BackupIfDue(day); err != nil {
		t.Fatalf("day's backup on %s: %v", day.Format(time.DateOnly), err)
	}
}

// goodCopies lists the backups in which every record reads.
func goodCopies(t *testing.T, dir, pass string) []string {
	t.Helper()
	list, err := data.ListBackups(dir)
	datatest.Must(t, err)
	var keys *data.Keys
	if pass != "" {
		keys = data.NewKeys(pass)
	}
	var good []string
	for _, b := range list {
		if c, err := data.CheckBackup(filepath.Join(data.BackupDir(dir), b.Name), keys); err == nil && c.Good() {
			good = append(good, b.Name)
		}
	}
	return good
}

// TestTenDailyStartsWithADamagedKindKeepTheLastGoodBackup replays, for
// each kind of record, seven good daily starts, then damage to one record
// of that kind and ten more daily starts: after every start a backup in
// which every record reads is still there, and it is the last one taken
// before the damage (or the file is whole again and so are its copies).
func TestTenDailyStartsWithADamagedKindKeepTheLastGoodBackup(t *testing.T) {
	t.Parallel()
	for _, kind := range racesubset.Cases(t, data.Kinds()) {
		t.Run(kind.Name, func(t *testing.T) {
			t.Parallel()
			pass := ""
			if encryptedOnly[kind.Name] {
				pass = healthPass
			}
			dir := t.TempDir()
			datatest.EveryKind(t, dir, healthDay0.Add(-48*time.Hour), pass)
			for day := range 7 {
				startOn(t, dir, healthDay0.AddDate(0, 0, day), pass)
			}
			lastGood := goodCopies(t, dir, pass)[0]
			how := datatest.BadBytes
			if kind.Raw {
				how = datatest.WrongLength
			}
			if !datatest.DamageKind(t, filepath.Join(dir, data.FileName), kind, how) {
				t.Fatalf("no %s record to damage", kind.Name)
			}
			for day := 7; day < 17; day++ {
				startOn(t, dir, healthDay0.AddDate(0, 0, day), pass)
				good := goodCopies(t, dir, pass)
				list, err := data.ListBackups(dir)
				datatest.Must(t, err)
				// Damage the app itself repairs (the lock screen's copies)
				// makes good copies again; until then the last good one stays.
				if len(good) == 0 || (!contains(good, lastGood) && good[0] != list[0].Name) {
					t.Fatalf("day %d: the last good backup %s is gone; good: %v", day, lastGood, good)
				}
			}
		})
	}
}

func contains(list []string, s string) bool {
	for _, v := range list {
		if v == s {
			return true
		}
	}
	return false
}

// TestADamagedBackupIsMarkedAndNeverCountsAsTheDaysBackup damages the
// morning's backup: the afternoon's start makes another, and Settings'
// list marks the damaged one.
func TestADamagedBackupIsMarkedAndNeverCountsAsTheDaysBackup(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	datatest.EveryKind(t, dir, healthDay0.Add(-48*time.Hour), "")
	startOn(t, dir, healthDay0, "")
	list, err := data.ListBackups(dir)
	datatest.Must(t, err)
	morning := filepath.Join(data.BackupDir(dir), list[0].Name)
	b, err := os.ReadFile(morning)
	datatest.Must(t, err)
	datatest.Must(t, os.WriteFile(morning, b[:len(b)-4096], 0o600))
	s, err := data.Open(dir, datatest.Options(t, nil))
	datatest.Must(t, err)
	defer datatest.CloseOK(t, s)
	made, err := s.BackupIfDue(healthDay0.Add(6 * time.Hour))
	if err != nil || !made {
		t.Fatalf("a damaged morning backup stopped the day's backup (made %v, %v)", made, err)
	}
	checked, err := s.CheckedBackups()
	datatest.Must(t, err)
	damaged := 0
	for _, c := range checked {
		if c.Damaged {
			damaged++
			if c.Name != list[0].Name {
				t.Errorf("%s is marked damaged, but it is whole", c.Name)
			}
		}
	}
	if damaged != 1 {
		t.Fatalf("%d backups marked damaged, want the one cut short: %+v", damaged, checked)
	}
}
