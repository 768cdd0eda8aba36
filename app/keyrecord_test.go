package app

import (
	"testing"

	"fyne.io/fyne/v2/test"

	"family-online-safety/data"
	"family-online-safety/screens/screentest"
)

// Restoring a backup made before the passphrase was set keeps the family
// protected: it is sealed again with the family's passphrase and stays
// open, with the backup's children.
func TestRestoringAPlainBackupIntoAProtectedFamilyKeepsTheProtection(t *testing.T) {
	h := newHarness(t, onboarded, withChild("Amira"))
	list, _ := h.store.Backups()
	if len(list) != 1 {
		t.Fatalf("%d backups, want the day's first (plain)", len(list))
	}
	must(t, h.store.SetPassphrase(testPass))
	h.app.restoreAsking(list[0].Name)
	if !h.app.real.Encrypted() || h.app.real.Locked() {
		t.Fatalf("after the restore: encrypted %v, locked %v", h.app.real.Encrypted(), h.app.real.Locked())
	}
	must(t, h.app.real.CheckPassphrase(testPass))
	h.shows("Amira")
}

// An encrypted copy is opened off the UI goroutine: while the passphrase
// is checked the button is off (one try at a time) and nothing is shown;
// then the text shows.
func TestAnEncryptedCopyOpensOffTheWindowsThread(t *testing.T) {
	h := newHarness(t, onboarded)
	sealed, err := data.SealTextAt("Bedtime at nine.", "copy passphrase", data.CheapKDF())
	must(t, err)
	var pending []func()
	h.app.lock.run = func(f func()) { pending = append(pending, f) }
	h.app.askCopyPassphrase(sealed)
	test.Type(h.passwordFields()[0], "copy passphrase")
	ok := screentest.Button(t, h.top(), h.app.tr.T("privacy.ok"))
	test.Tap(ok)
	if len(pending) != 1 || !ok.Disabled() {
		t.Fatalf("%d checks waiting, button off %v: the passphrase was not checked off the window's thread", len(pending), ok.Disabled())
	}
	test.Tap(ok) // a second press while the first is checked
	if len(pending) != 1 {
		t.Fatal("a second try started while the first was checked")
	}
	pending[0]()
	screentest.MustHaveText(t, h.top(), "Bedtime at nine.")
}
