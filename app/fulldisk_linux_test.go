//go:build linux

package app

import (
	"strings"
	"testing"

	"family-online-safety/data"
	"family-online-safety/data/datatest"
	"family-online-safety/screens"
	"family-online-safety/screens/screentest"
)

// Restoring a backup from Settings on a full disk says the disk is full
// and the family stays as it was, with what was added after the backup.
func TestARestoreOnAFullDiskSaysSoAndLosesNothing(t *testing.T) {
	dir := amiraOnASmallDisk(t)
	h := newHarnessIn(t, dir)
	list, err := h.store.Backups()
	must(t, err)
	if len(list) == 0 {
		t.Fatal("no backup to restore")
	}
	must1(t)(h.store.AddChild(data.Child{Name: "Leo", BirthYear: 2018, BirthMonth: 5, Notes: strings.Repeat("x", 100)}))
	datatest.Fill(t, dir)
	h.app.Show(screens.SettingsID)
	h.app.RestoreBackup(list[0].Name)
	h.tapInDialog("Yes")
	screentest.MustHaveText(t, h.top(), "There is no space left on the disk, so the backup could not be restored")
	kids, err := h.app.real.Children()
	must(t, err)
	if len(kids) != 2 {
		t.Fatalf("after the failed restore the family has %d children, want Amira and Leo", len(kids))
	}
}
