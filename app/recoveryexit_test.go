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

// Get help now in the start-up problem window (a damaged file, a second
// copy) keeps the window's size and Quick exit where it was, and so does
// Back; help scrolls within the window instead.
func TestRecoveryGetHelpKeepsQuickExitInPlace(t *testing.T) {
	for _, err := range []error{fmt.Errorf("%w (here)", data.ErrAlreadyOpen), fmt.Errorf("%w (here)", data.ErrNotDatabase)} {
		t.Run(err.Error(), func(t *testing.T) {
			fa, w, tr := recoveryWindow(t, "en")
			r := ShowStartupProblem(fa, w, tr, t.TempDir(), err, nil)
			r.FitTo(func() fyne.Size { return fyne.NewSize(1920, 1080) })
			size := w.Canvas().Size()
			where := func(step string) [2]fyne.Position {
				exits := screentest.Find[*widgets.TipButton](w.Content())
				if len(exits) != 1 {
					t.Fatalf("%s: %d Quick exit buttons", step, len(exits))
				}
				at := fyne.CurrentApp().Driver().AbsolutePositionForObject(exits[0])
				return [2]fyne.Position{at, at.AddXY(exits[0].Size().Width, exits[0].Size().Height)}
			}
			before := where("the problem")
			test.Tap(screentest.Button(t, w.Content(), tr.T("header.help")))
			if got := w.Canvas().Size(); got != size {
				t.Fatalf("Get help now made the window %v, from %v", got, size)
			}
			if after := where("Get help"); after != before {
				t.Fatalf("Get help now moved Quick exit from %v to %v", before, after)
			}
			screentest.MustHaveText(t, w.Content(), "Childline · 0800 1111")
			test.Tap(screentest.Button(t, w.Content(), tr.T("recovery.back")))
			if back := where("back"); back != before || w.Canvas().Size() != size {
				t.Fatalf("Back moved Quick exit from %v to %v", before, back)
			}
		})
	}
}
