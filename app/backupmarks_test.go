package app

import (
	"os"
	"path/filepath"
	"testing"

	"fyne.io/fyne/v2/widget"

	"family-online-safety/data"
	"family-online-safety/screens"
	"family-online-safety/screens/screentest"
)

// Settings marks a damaged backup as such and offers no Restore for it;
// the good one keeps its Restore.
func TestSettingsMarksADamagedBackup(t *testing.T) {
	h := newHarness(t, onboarded)
	must1(t)(h.store.AddChild(data.Child{Name: "Amira", BirthYear: 2016, BirthMonth: 1}))
	good := must1v(t)(h.store.Backup(damagedKindsNow))
	bad := must1v(t)(h.store.Backup(damagedKindsNow.Add(3600e9)))
	path := filepath.Join(data.BackupDir(h.dir), bad.Name)
	b, err := os.ReadFile(path)
	must(t, err)
	must(t, os.WriteFile(path, b[:len(b)/2], 0o600))
	h.app.Show(screens.SettingsID)
	h.shows("damaged, so it cannot be restored")
	restores := 0
	for _, btn := range screentest.Find[*widget.Button](h.content()) {
		if btn.Text == "Restore…" {
			restores++
		}
	}
	all, err := h.store.Backups()
	must(t, err)
	if restores != len(all)-1 {
		t.Fatalf("%d Restore buttons for %d backups, one damaged (good: %s)", restores, len(all), good.Name)
	}
}

func must1v(t *testing.T) func(data.Backup, error) data.Backup {
	return func(b data.Backup, err error) data.Backup {
		t.Helper()
		must(t, err)
		return b
	}
}
