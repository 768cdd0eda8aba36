package app

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"

	"family-online-safety/screens/screentest"
)

// Delete on the lowest device-free time in view: the "Deleted … Undo"
// bar shows in room of its own under the list, neither over a row nor
// under the pointer that pressed Delete (it came over the list's foot,
// right under the pointer, and the next click there pressed Undo).
func TestTheUndoBarComesNeitherOverTheListNorUnderThePointer(t *testing.T) {
	h := freeTab(t)
	d := fyne.CurrentApp().Driver()
	var lowest fyne.CanvasObject
	for _, b := range buttonsCalled(h, h.app.tr.T("agreement.delete")) {
		o := b.(fyne.CanvasObject)
		if inScrollView(h.content(), o) && (lowest == nil || d.AbsolutePositionForObject(o).Y > d.AbsolutePositionForObject(lowest).Y) {
			lowest = o
		}
	}
	if lowest == nil {
		t.Fatal("no Delete in view")
	}
	pointer := d.AbsolutePositionForObject(lowest).Add(fyne.NewPos(lowest.Size().Width/2, lowest.Size().Height/2))
	var page *container.Scroll
	for _, s := range screentest.Find[*container.Scroll](h.content()) {
		if holds(s.Content, lowest) {
			page = s // the innermost last
		}
	}
	test.Tap(lowest.(fyne.Tappable))
	h.win.Content().Refresh() // laid out again, as the next frame would
	undos := buttonsCalled(h, h.app.tr.T("agreement.undo"))
	if len(undos) != 1 {
		t.Fatalf("%d Undo buttons after Delete, want one", len(undos))
	}
	undo := undos[0].(fyne.CanvasObject)
	at, size := d.AbsolutePositionForObject(undo), undo.Size()
	if pointer.X >= at.X && pointer.X < at.X+size.Width && pointer.Y >= at.Y && pointer.Y < at.Y+size.Height {
		t.Errorf("Undo (%v, %v) is under the pointer at %v: the next click there undoes", at, size, pointer)
	}
	if foot := d.AbsolutePositionForObject(page).Y + page.Size().Height; at.Y < foot {
		t.Errorf("Undo's top %v is over the list, whose view ends at %v", at.Y, foot)
	}
}
