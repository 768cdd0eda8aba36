package sharing_test

import (
	"testing"

	"fyne.io/fyne/v2/test"

	"family-online-safety/data"
	"family-online-safety/screens"
	"family-online-safety/screens/screentest"
	sharingui "family-online-safety/screens/sharing"
	"family-online-safety/screens/widgets"
)

// The passphrase for the shared file is rated as the family's own is
// (zxcvbn's score with its hint, shown while typing), and a common
// password is refused however long it is: nothing is written to the
// folder until a passphrase hard enough to guess is chosen.
func TestTheSharedFilePassphraseIsRatedAndACommonOneRefused(t *testing.T) {
	for _, lang := range []string{"en", "cy", "pl"} {
		t.Run(lang, func(t *testing.T) {
			dir := t.TempDir()
			h := screentest.New(t, screentest.At(folderDay), screentest.Lang(lang), screentest.Child("Seren", 2016, 3))
			f := sharingui.NewFolderSync(h.Env(), h.Store, h.Win, "0.1.0").WithPicker(func(done func(string)) { done(dir) })
			h.Show(f.View())
			f.Start(false)
			h.Tap(h.Tr.T("folder.choose"))
			typeBoth := func(p string) {
				for _, e := range screentest.Find[*widgets.Entry](h.Root()) {
					if e.Password {
						e.SetText("")
						test.Type(e, p)
					}
				}
			}
			for _, common := range []string{"password1", "qwertyuiop", "1234567890"} {
				typeBoth(common)
				if data.PassphraseScore(common) >= data.MinPassphraseScore {
					t.Fatalf("%q is not rated as common: the test proves nothing", common)
				}
				h.Shows(screens.StrengthText(h.Tr, common))
				h.Tap(h.Tr.T("folder.start"))
				h.Shows(h.Tr.T("privacy.pass.common"))
				if on, _ := h.Store.SyncFolder(); on.On() {
					t.Fatalf("syncing started with the common password %q", common)
				}
			}
			typeBoth(folderPass)
			h.Shows(screens.StrengthText(h.Tr, folderPass))
			h.Tap(h.Tr.T("folder.start"))
			if on, _ := h.Store.SyncFolder(); !on.On() {
				t.Fatal("syncing did not start with a good passphrase")
			}
		})
	}
}
