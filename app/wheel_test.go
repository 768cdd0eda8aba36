package app

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"

	"family-online-safety/screens"
	"family-online-safety/screens/screentest"
	"family-online-safety/screens/widgets"
)

// The wheel turned over a one-line field scrolls the page the field is
// on (Fyne gave it to the field's own text, which has nothing to scroll
// up or down); over a field of several lines it stays the field's while
// the field has lines out of sight, and goes to the page once all show.
// Away from a field the wheel is left to Fyne.
func TestTheWheelOverAFieldScrollsThePage(t *testing.T) {
	h := newHarness(t)
	h.app.later = func(f func()) { f() }
	if err := h.app.StartDemo(); err != nil {
		t.Fatal(err)
	}
	h.win.Resize(fyne.NewSize(800, 600))
	h.app.Show(screens.ChildrenID)
	h.win.Content().Refresh()
	d := fyne.CurrentApp().Driver()
	middle := func(o fyne.CanvasObject) fyne.Position {
		return d.AbsolutePositionForObject(o).Add(fyne.NewPos(o.Size().Width/2, o.Size().Height/2))
	}
	var name, notes *widgets.Entry
	for _, e := range screentest.Find[*widgets.Entry](h.app.sh.content) {
		if e.MultiLine && notes == nil {
			notes = e
		} else if !e.MultiLine && name == nil {
			name = e
		}
	}
	if name == nil || notes == nil {
		t.Fatal("no one-line field and no field of several lines on the child's details")
	}
	page := pageAround(h.win.Canvas(), name, -1)
	if page == nil {
		t.Fatal("the child's details do not scroll at 800×600: the check tries nothing")
	}
	was := page.Offset
	if !h.app.WheelAt(middle(name), -2) || page.Offset.Y != was.Y+2*widgets.WheelStep() {
		t.Fatalf("two steps down over the name field scrolled the page from %v to %v", was, page.Offset)
	}
	if h.app.WheelAt(fyne.NewPos(2, 2), -1) {
		t.Error("the wheel away from any field was taken from Fyne")
	}
	page.ScrollToTop()
	notes.SetText(strings.Repeat("A line of notes\n", 30))
	h.win.Content().Refresh()
	if h.app.WheelAt(middle(notes), -1) {
		t.Error("the wheel over notes with lines out of sight was taken from the notes")
	}
	notes.SetText("One line")
	h.win.Content().Refresh()
	if !h.app.WheelAt(middle(notes), -1) || page.Offset.Y == 0 {
		t.Error("the wheel over notes that all show did not scroll the page")
	}
}
