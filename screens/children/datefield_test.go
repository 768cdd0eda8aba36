package children_test

import (
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"family-online-safety/screens/screentest"
	"family-online-safety/screens/widgets"
)

// The calendar opens inside the window, even from a field near its
// bottom edge on a small window, and Escape closes it.
func TestTheCalendarStaysInsideTheWindowAndEscapeClosesIt(t *testing.T) {
	h := newChildrenHarness(t, screentest.At(time.Date(2026, 11, 23, 10, 0, 0, 0, time.UTC)),
		addPlacedChild("Maisie", 2022, 3), screentest.Size(800, 600))
	var pick *widget.Button
	for _, b := range screentest.Find[*widgets.TipButton](h.Root()) {
		if b.Icon == theme.CalendarIcon() && b.Visible() {
			pick = &b.Button
		}
	}
	if pick == nil {
		t.Fatal("no calendar button")
	}
	h.Win.Content().Refresh()
	test.Tap(pick)
	if h.Overlay() == nil {
		t.Fatal("the calendar did not open")
	}
	cals := screentest.Find[*widget.Calendar](h.Overlay())
	if len(cals) != 1 {
		t.Fatal("the pop-up holds no calendar")
	}
	win := h.Win.Canvas().Size()
	pos := fyne.CurrentApp().Driver().AbsolutePositionForObject(cals[0])
	size := cals[0].Size()
	if pos.X < 0 || pos.Y < 0 || pos.X+size.Width > win.Width+0.5 || pos.Y+size.Height > win.Height+0.5 {
		t.Fatalf("the calendar at %v, %v is outside the %v window", pos, size, win)
	}
	focused := h.Win.Canvas().Focused()
	if focused == nil {
		t.Fatal("nothing has the focus while the calendar is open")
	}
	focused.TypedKey(&fyne.KeyEvent{Name: fyne.KeyEscape})
	if h.Overlay() != nil {
		t.Fatal("Escape did not close the calendar")
	}
}
