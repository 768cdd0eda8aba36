package settings_test

import (
	"testing"

	"fyne.io/fyne/v2/test"

	"family-online-safety/screens/screentest"
	"family-online-safety/screens/settings"
)

// The data folder's address is shown as text and copied by a button (a
// Tab stop whose focus can be seen), so it can be pasted elsewhere.
func TestTheDataFolderIsCopiedByItsButton(t *testing.T) {
	h := screentest.New(t)
	h.Show(settings.New(h.Env(), h.Store, h.Store, h.Actions, h.Store.Dir()).View())
	h.Shows(h.Store.Dir())
	test.Tap(screentest.Button(t, h.Root(), "Copy the folder’s address"))
	if got := h.Actions.LastCopied(); got != h.Store.Dir() {
		t.Fatalf("copied %q, not the folder %q", got, h.Store.Dir())
	}
}
