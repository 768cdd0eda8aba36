package app

import (
	"fmt"
	"testing"

	"fyne.io/fyne/v2/test"

	"family-online-safety/data"
	"family-online-safety/screens/screentest"
	"family-online-safety/screens/widgets"
)

// The "already open" window of a second copy has Quick exit too, and it
// blanks the window.
func TestQuickExitWorksInTheAlreadyOpenWindow(t *testing.T) {
	fa, w, tr := recoveryWindow(t, "en")
	ShowStartupProblem(fa, w, tr, t.TempDir(), fmt.Errorf("%w (here)", data.ErrAlreadyOpen), nil)
	screentest.MustHaveText(t, w.Content(), "Get help now")
	screentest.MustHaveText(t, w.Content(), "Family Online Safety is already open")
	for _, s := range screentest.Texts(w.Content()) {
		if s == tr.T("recovery.title") {
			t.Fatalf("a second copy says %q", s)
		}
	}
	exits := screentest.Find[*widgets.TipButton](w.Content())
	if len(exits) != 1 || exits[0].Text != "Quick exit" {
		t.Fatal("no Quick exit in the window")
	}
	test.Tap(exits[0])
	if texts := screentest.Texts(w.Content()); len(texts) != 0 {
		t.Fatalf("after quick exit the window shows %q", texts)
	}
}
