package app

import (
	"testing"

	"fyne.io/fyne/v2"
)

// At 200% a 1280×800 laptop has 640×400 units, less its panels: on every
// screen the window does not grow past the smallest size it opens at, and
// Get help now and Quick exit stay on it. Under -race the first screen
// only (raceSubset; make unit runs them all without it).
func TestHeaderStaysOnATinyWindow(t *testing.T) {
	h := newHarness(t, onboarded)
	h.win.Resize(TinyWindow)
	for _, item := range raceSubset(t, Screens()) {
		h.app.Show(item.ID)
		h.win.Content().Refresh()
		if min := h.win.Content().MinSize(); min.Width > TinyWindow.Width || min.Height > TinyWindow.Height {
			t.Errorf("%s: the window would grow to %v", item.ID, min)
		}
		for name, b := range map[string]fyne.CanvasObject{"Get help now": h.app.sh.help, "Quick exit": h.app.sh.exit} {
			pos := fyne.CurrentApp().Driver().AbsolutePositionForObject(b)
			if !b.Visible() || pos.X < 0 || pos.Y < 0 || pos.X+b.Size().Width > TinyWindow.Width || pos.Y+b.Size().Height > TinyWindow.Height {
				t.Errorf("%s: %s is at %v, off the %v window", item.ID, name, pos, TinyWindow)
			}
		}
	}
}
