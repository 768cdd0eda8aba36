package app

import (
	"testing"
	"time"

	"fyne.io/fyne/v2"

	"family-online-safety/screens"
)

// Back up now sits part-way down Settings: after it, Settings stays where
// it was scrolled to.
func TestBackUpNowKeepsSettingsWhereItWasScrolled(t *testing.T) {
	h := newHarness(t, onboarded)
	for i := range 5 {
		must1(t)(h.store.Backup(time.Date(2026, 11, 20+i, 9, 0, 0, 0, time.Local)))
	}
	h.app.Show(screens.SettingsID)
	s := firstScroll(h.app.sh.content)
	if s == nil {
		t.Fatal("Settings has no scroller")
	}
	h.win.Resize(fyne.NewSize(800, 500))
	s.ScrollToOffset(fyne.NewPos(0, 300))
	if s.Offset.Y != 300 {
		t.Fatalf("Settings is too short to scroll to 300 (%v)", s.Offset)
	}
	was, _ := h.store.Backups()
	h.tap("Back up now")
	if after := firstScroll(h.app.sh.content); after == nil || after.Offset.Y != 300 {
		t.Fatalf("after Back up now Settings is at %v, was at 300", after.Offset)
	}
	if list, _ := h.store.Backups(); len(list) != len(was)+1 {
		t.Fatalf("%d backups, want %d", len(list), len(was)+1)
	}
}
