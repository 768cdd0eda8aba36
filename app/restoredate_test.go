package app

import (
	"os"
	"path/filepath"
	"testing"
	"time"

	"family-online-safety/data"
	"family-online-safety/screens"
	"family-online-safety/screens/screentest"
)

// The copy made before another home's file was taken in is named
// without a date; asking to restore it still says when it was made, as
// Settings lists it, not "on  at 00:00:00".
func TestRestoringACopyMadeBeforeAnImportSaysWhen(t *testing.T) {
	h := newHarness(t, onboarded, threeAges)
	list, err := h.store.Backups()
	must(t, err)
	if len(list) == 0 {
		t.Fatal("no backup")
	}
	dir := data.BackupDir(h.dir)
	raw, err := os.ReadFile(filepath.Join(dir, list[0].Name))
	must(t, err)
	name := "backup-x-0123456789abcdef-before-import.db"
	must(t, os.WriteFile(filepath.Join(dir, name), raw, 0o600))
	when := time.Date(2026, 11, 20, 14, 5, 9, 0, time.Local)
	must(t, os.Chtimes(filepath.Join(dir, name), when, when))
	h.app.Show(screens.SettingsID)
	h.app.RestoreBackup(name)
	screentest.MustHaveText(t, h.top(), h.app.tr.T("settings.backup.confirm.body", map[string]any{
		"Date": screens.FormatDate(h.app.tr, when), "Time": "14:05:09"}))
}
