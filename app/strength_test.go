package app

import (
	"testing"

	"fyne.io/fyne/v2/test"

	"family-online-safety/data"
	"family-online-safety/screens"
	"family-online-safety/screens/screentest"
)

// Choosing a passphrase shows how hard it is to guess, and a common
// password is refused however long it is; a few unrelated words pass.
func TestACommonPasswordIsRefusedWithAHint(t *testing.T) {
	h := newHarness(t, onboarded, withChild("Amira"))
	h.app.Show(screens.SettingsID)
	h.tap(h.app.tr.T("privacy.set"))
	f := h.passwordFields()
	test.Type(f[0], "password1234")
	screentest.MustHaveText(t, h.top(), h.app.tr.T("privacy.strength", map[string]any{"Score": 1})+" "+h.app.tr.T("privacy.strength.1"))
	test.Type(f[1], "password1234")
	h.tapInDialog(h.app.tr.T("privacy.ok"))
	screentest.MustHaveText(t, h.top(), h.app.tr.T("privacy.pass.common"))
	if h.store.Encrypted() {
		t.Fatal("a common password was accepted")
	}
	f[0].SetText(testPass)
	screentest.MustHaveText(t, h.top(), h.app.tr.T("privacy.strength", map[string]any{"Score": 4})+" "+h.app.tr.T("privacy.strength.4"))
	f[1].SetText(testPass)
	h.tapInDialog(h.app.tr.T("privacy.ok"))
	if !h.store.Encrypted() {
		t.Fatal("a strong passphrase was refused")
	}
	if data.PassphraseScore("qwertyuiop") >= data.MinPassphraseScore || data.PassphraseScore("12345678") >= data.MinPassphraseScore {
		t.Fatal("keyboard rows and digits pass")
	}
}
