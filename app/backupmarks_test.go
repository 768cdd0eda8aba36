package app

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"
	"time"

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

// After a restore over a damaged file, Settings lists the file kept aside
// with its date and size and says what can be done with it; a family
// with none is not told about it.
func TestSettingsListsTheDamagedFileARestoreKeptAside(t *testing.T) {
	dir, damaged, openErr := damagedFamily(t)
	if openErr == nil {
		t.Fatal("the cut-short file opened")
	}
	list, err := data.ListBackups(dir)
	must(t, err)
	restored := time.Date(2026, 11, 21, 8, 30, 0, 0, time.Local)
	must(t, data.Restore(dir, list[0].Name, restored, nil))
	h := newHarnessIn(t, dir, onboarded)
	h.app.Show(screens.SettingsID)
	h.shows("Files set aside by a restore")
	h.shows(fmt.Sprintf("21/11/2026 at 08:30:00 (%d KB): %s2026-11-21-083000.db", (len(damaged)+1023)/1024, data.KeptPrefix))
	h.shows("delete it from the data folder")
}

func TestSettingsWithNothingKeptAsideShowsNoKeptCard(t *testing.T) {
	h := newHarness(t, onboarded)
	h.app.Show(screens.SettingsID)
	h.shows("Backups")
	if screentest.HasText(h.content(), "Files set aside by a restore") {
		t.Fatal("a kept-files card with nothing kept")
	}
}
