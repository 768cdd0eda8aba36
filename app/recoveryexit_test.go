package app

import (
	"fmt"
	"fyne.io/fyne/v2"
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

// The recovery window, and its Get help, stay within a small screen.
func TestRecoveryWindowFitsTheScreen(t *testing.T) {
	fa, w, tr := recoveryWindow(t, "en")
	r := ShowStartupProblem(fa, w, tr, t.TempDir(), fmt.Errorf("%w (here)", data.ErrAlreadyOpen), nil)
	r.FitTo(func() fyne.Size { return fyne.NewSize(640, 400) })
	room := fyne.NewSize(640*0.9, 400*0.9)
	if got := w.Canvas().Size(); got.Width > room.Width || got.Height > room.Height {
		t.Fatalf("the window is %v on a 640×400 screen", got)
	}
	r.showHelp()
	if got := w.Canvas().Size(); got.Width > room.Width || got.Height > room.Height {
		t.Fatalf("Get help made the window %v on a 640×400 screen", got)
	}
}
