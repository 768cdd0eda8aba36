//go:build unix

package app

import (
	"os"
	"path/filepath"
	"syscall"
	"testing"
	"time"

	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"family-online-safety/data"
	"family-online-safety/data/datatest"
	"family-online-safety/screens"
	"family-online-safety/screens/screentest"
)

// A pipe in the data file's place (reading it would wait for ever) is
// refused at once, explained, and the newest good backup restored. (Not
// parallel: it draws the recovery window, screentest.Serial.)
func TestAPipeInPlaceOfTheDataFileOffersTheBackups(t *testing.T) {
	dir := t.TempDir()
	datatest.EveryKind(t, dir, damagedKindsNow, "")
	path := filepath.Join(dir, data.FileName)
	must(t, os.Remove(path))
	if err := syscall.Mkfifo(path, 0o600); err != nil {
		t.Skipf("cannot make a pipe: %v", err)
	}
	opened := make(chan error, 1)
	go func() { _, err := data.Open(dir, datatest.Options(t, nil)); opened <- err }()
	var err error
	select {
	case err = <-opened:
	case <-time.After(10 * time.Second):
		t.Fatal("opening waits on the pipe")
	}
	fa, w, tr := recoveryWindow(t, "en")
	var restored *data.Store
	r := ShowStartupProblem(fa, w, tr, dir, err, func(s *data.Store) { restored = s })
	r.opts = datatest.Options(t, nil)
	screentest.MustHaveText(t, w.Content(), "not an ordinary file")
	test.Tap(screentest.Button(t, w.Content(), "Open the newest good backup"))
	if restored == nil {
		t.Fatal("the backup was not restored in place of the pipe")
	}
	defer closeOK(t, restored)
	if kids, _ := restored.Children(); len(kids) == 0 {
		t.Fatal("the restored family has no children")
	}
}

// A pipe with a backup's name in the backups folder is not a backup:
// Settings opens at once and does not list it as a damaged backup.
func TestAPipeAmongTheBackupsIsNotShownAsADamagedBackup(t *testing.T) {
	h := newHarness(t, onboarded)
	must1v(t)(h.store.Backup(damagedKindsNow))
	pipe := filepath.Join(data.BackupDir(h.dir), "backup-"+damagedKindsNow.Add(time.Hour).Format("2006-01-02-150405")+"-manual.db")
	if err := syscall.Mkfifo(pipe, 0o600); err != nil {
		t.Skipf("cannot make a pipe: %v", err)
	}
	h.app.Show(screens.SettingsID) // the list never opens it (data's TestOnlyOrdinaryFilesAreRead times it)
	h.shows("Back up now")
	if screentest.HasText(h.content(), "damaged") {
		t.Fatal("a pipe among the backups is shown as a damaged backup")
	}
	restores := 0
	for _, b := range screentest.Find[*widget.Button](h.content()) {
		if b.Text == "Restore…" {
			restores++
		}
	}
	if all := must1list(t)(h.store.Backups()); restores != len(all) || len(all) == 0 {
		t.Fatalf("%d Restore buttons for %d backups and a pipe", restores, len(all))
	}
}

func must1list(t *testing.T) func([]data.Backup, error) []data.Backup {
	return func(l []data.Backup, err error) []data.Backup {
		t.Helper()
		must(t, err)
		return l
	}
}
