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

// Setting a family passphrase from Settings, and removing the backups
// that are not encrypted after it, leave Settings where it was scrolled
// to: the carer stays beside the passphrase section, not at the top.
func TestSettingAPassphraseKeepsSettingsWhereItWasScrolled(t *testing.T) {
	h := newHarness(t, onboarded, withChild("Maya"), withChild("Leo"), withChild("Ava"))
	h.app.Show(screens.SettingsID)
	h.win.Resize(fyne.NewSize(800, 500))
	s := firstScroll(h.app.sh.content)
	if s == nil {
		t.Fatal("Settings has no scroller")
	}
	s.ScrollToOffset(fyne.NewPos(0, 300))
	if s.Offset.Y != 300 {
		t.Fatalf("Settings is too short to scroll to 300 (%v)", s.Offset)
	}
	at := func(when string) {
		t.Helper()
		if after := firstScroll(h.app.sh.content); after == nil || after.Offset.Y != 300 {
			t.Fatalf("%s Settings is at %v, was at 300", when, after.Offset)
		}
	}
	h.tap(h.app.tr.T("privacy.set"))
	for _, f := range h.passwordFields() {
		f.SetText(testPass)
	}
	h.tapInDialog(h.app.tr.T("privacy.ok"))
	if !h.store.Encrypted() {
		t.Fatal("the family has no passphrase")
	}
	at("after setting a passphrase")
	h.tapInDialog(h.app.tr.N("privacy.plain.remove", 1))
	at("after removing the backup that is not encrypted")
	h.shows(h.app.tr.T("privacy.on"))
}
