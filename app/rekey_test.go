package app

import (
	"testing"

	"fyne.io/fyne/v2/test"

	"family-online-safety/data"
	"family-online-safety/screens"
	"family-online-safety/screens/screentest"
)

// Changing the passphrase in Settings re-keys the family, makes a backup
// under the new passphrase, says the old one still opens the backups made
// before, and removes those when asked; the old passphrase then opens
// neither the family nor any backup left.
func TestChangingThePassphraseOffersToRemoveOlderBackups(t *testing.T) {
	h := newHarness(t, onboarded, withChild("Amira"), withPassphrase)
	h.typePass(testPass)
	h.shows("Amira")
	before, _ := h.store.Backups()
	if len(before) == 0 {
		t.Fatal("no backup before the change: the test proves nothing")
	}
	h.app.Show(screens.SettingsID)
	h.tap(h.app.tr.T("privacy.change"))
	f := h.passwordFields()
	test.Type(f[0], testPass)
	test.Type(f[1], "green teapot evening")
	test.Type(f[2], "green teapot evening")
	h.tapInDialog(h.app.tr.T("privacy.ok"))
	older, _ := data.BackupsUnderOtherKey(h.dir, h.store.KeyRecord())
	if len(older) != len(before) {
		t.Fatalf("%d backups under the old key, want %d", len(older), len(before))
	}
	screentest.MustHaveText(t, h.top(), h.app.tr.T("privacy.done.changed"))
	screentest.MustHaveText(t, h.top(), h.app.tr.N("privacy.oldkey.body", len(before)))
	h.tapInDialog(h.app.tr.N("privacy.plain.remove", len(before)))
	if older, _ := data.BackupsUnderOtherKey(h.dir, h.store.KeyRecord()); len(older) != 0 {
		t.Fatalf("%d backups under the old key left", len(older))
	}
	after, _ := h.store.Backups()
	if len(after) != 1 {
		t.Fatalf("%d backups left, want the one made under the new passphrase", len(after))
	}
	if err := h.store.CheckPassphrase(testPass); err == nil {
		t.Fatal("the old passphrase still opens the family")
	}
}

// Once a change of passphrase has begun it cannot be stopped, so Cancel is
// off while it runs and the dialog says so; pressing it changes nothing,
// and the change ends with its own message.
func TestCancelIsOffWhileThePassphraseChanges(t *testing.T) {
	h := newHarness(t, onboarded, withChild("Amira"), withPassphrase)
	h.typePass(testPass)
	h.shows("Amira")
	var pending []func()
	h.app.lock.run = func(f func()) { pending = append(pending, f) }
	h.app.Show(screens.SettingsID)
	h.tap(h.app.tr.T("privacy.change"))
	f := h.passwordFields()
	test.Type(f[0], testPass)
	test.Type(f[1], "green teapot evening")
	test.Type(f[2], "green teapot evening")
	h.tapInDialog(h.app.tr.T("privacy.ok"))
	if len(pending) != 1 {
		t.Fatalf("%d changes started", len(pending))
	}
	dlg := h.top()
	screentest.MustHaveText(t, dlg, h.app.tr.T("privacy.working")+" "+h.app.tr.T("privacy.working.nocancel"))
	cancel := screentest.Button(t, dlg, h.app.tr.T("privacy.cancel"))
	if !cancel.Disabled() {
		t.Fatal("Cancel can be pressed while the change runs")
	}
	test.Tap(cancel)
	if h.win.Canvas().Overlays().Top() != dlg {
		t.Fatal("Cancel closed the dialog while the change runs")
	}
	pending[0]()
	screentest.MustHaveText(t, h.top(), h.app.tr.T("privacy.done.changed"))
	if err := h.store.CheckPassphrase("green teapot evening"); err != nil {
		t.Fatalf("the new passphrase does not open the family: %v", err)
	}
}
