package app

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"family-online-safety/screens"
	"family-online-safety/screens/screentest"
	"family-online-safety/screens/widgets"
)

// A refusal said under an hours box at the bottom edge of the view is
// scrolled into sight as it appears: typing "3x" there said nothing a
// parent could see (the message was under the window's edge).
func TestARefusalUnderABoxAtTheEdgeComesIntoView(t *testing.T) {
	h := newHarness(t)
	if err := h.app.StartDemo(); err != nil {
		t.Fatal(err)
	}
	h.win.Resize(fyne.NewSize(800, 600))
	h.app.Show(screens.AgreementID)
	h.win.Content().Refresh()
	var box *widgets.Entry
	for _, e := range screentest.Find[*widgets.Entry](h.app.sh.content) {
		if e.Visible() && !e.MultiLine {
			box = e
			break
		}
	}
	if box == nil {
		t.Fatal("no hours box on Screen time")
	}
	d := fyne.CurrentApp().Driver()
	view := innermostScroll(h, box)
	// The box's bottom at the view's bottom edge, the room under it out of sight.
	at := d.AbsolutePositionForObject(box).Y - d.AbsolutePositionForObject(view).Y + view.Offset.Y
	view.ScrollToOffset(fyne.NewPos(0, at+box.Size().Height-view.Size().Height))
	h.win.Canvas().Focus(box)
	test.Type(box, "x")
	var said *widget.Label
	for _, l := range screentest.Find[*widget.Label](h.app.sh.content) {
		if l.Importance == widget.DangerImportance && l.Text != "" && l.Visible() {
			said = l
		}
	}
	if said == nil {
		t.Fatal("typing x in an hours box said nothing")
	}
	top := d.AbsolutePositionForObject(view).Y
	if y := d.AbsolutePositionForObject(said).Y + said.MinSize().Height; y > top+view.Size().Height+0.5 {
		t.Errorf("%q ends %.0f px under the view's edge", said.Text, y-top-view.Size().Height)
	}
	if y := d.AbsolutePositionForObject(box).Y; y < top-0.5 {
		t.Errorf("the box went %.0f px above the view", top-y)
	}
}

// innermostScroll is the innermost scroll area round o that scrolls up
// and down.
func innermostScroll(h *harness, o fyne.CanvasObject) *container.Scroll {
	around := scrollsAt(h.win.Content(), fyne.CurrentApp().Driver().AbsolutePositionForObject(o))
	for i := len(around) - 1; i >= 0; i-- {
		if around[i].Direction != container.ScrollHorizontalOnly {
			return around[i]
		}
	}
	h.t.Fatal("no scroll area round the box")
	return nil
}
