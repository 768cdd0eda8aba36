package app

import (
	"fmt"
	"testing"

	"fyne.io/fyne/v2"

	"family-online-safety/data"
	"family-online-safety/screens/screentest"
	"family-online-safety/screens/widgets"
)

// Get help opened from the recovery window scrolls each control Tab
// reaches into view, as the app's window does.
func TestRecoveryHelpTabScrollsTheFocusIntoView(t *testing.T) {
	fa, w, tr := recoveryWindow(t, "en")
	r := ShowStartupProblem(fa, w, tr, t.TempDir(), fmt.Errorf("%w (here)", data.ErrAlreadyOpen), nil)
	r.showHelp()
	size := fyne.NewSize(640, 400)
	w.Resize(size)
	lists := screentest.Find[*widgets.List](w.Content())
	if len(lists) == 0 {
		t.Fatal("no list of situations")
	}
	lists[0].Select(2) // a situation opens beside the list
	c, d := w.Canvas(), fyne.CurrentApp().Driver()
	seen, hidden := map[fyne.Focusable]bool{}, 0
	for range 400 {
		c.FocusNext()
		f := c.Focused()
		if f == nil || seen[f] {
			break
		}
		seen[f] = true
		o := f.(fyne.CanvasObject)
		if !onWindow(d.AbsolutePositionForObject(o), o.Size(), size) {
			hidden++
		}
		r.FocusMoved()
		// its top shows (a long text has its top at its scroll area's top)
		if pos := d.AbsolutePositionForObject(o); pos.Y < 0 || pos.Y+min(o.Size().Height, 40) > size.Height || pos.X < 0 || pos.X >= size.Width {
			t.Errorf("the focused %T %q is at %v: out of the window", o, screentest.Texts(o), pos)
		}
	}
	if hidden == 0 {
		t.Errorf("none of %d controls was out of sight at %v: the test proves nothing", len(seen), size)
	}
}
