package app

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"family-online-safety/screens"
	"family-online-safety/screens/screentest"
)

// openDeleteDialog opens the "delete this child?" dialog on Leo.
func openDeleteDialog(h *harness) {
	h.t.Helper()
	h.app.ShowChild(1, 0)
	h.tap("Delete")
	if h.win.Canvas().Overlays().Top() == nil {
		h.t.Fatal("no dialog opened")
	}
}

// While a dialog is open, Quick exit and Get help now are still one click
// away: they sit above the dialog; the dialog closes first.
func TestQuickExitAndGetHelpWorkWhileADialogIsOpen(t *testing.T) {
	h := newHarness(t, withLeo)
	openDeleteDialog(h)
	top := h.win.Canvas().Overlays().Top()
	test.Tap(screentest.Button(t, top, "Get help now"))
	if h.win.Canvas().Overlays().Top() != nil {
		t.Fatal("the dialog stayed open")
	}
	if h.app.current != screens.HelpID {
		t.Fatalf("Get help now went to %q", h.app.current)
	}
	if kids, _ := h.store.Children(); len(kids) != 1 {
		t.Fatal("closing the dialog deleted the child")
	}

	openDeleteDialog(h)
	test.Tap(screentest.Button(t, h.win.Canvas().Overlays().Top(), "Quick exit"))
	if h.exited != 1 || h.win.Canvas().Overlays().Top() != nil {
		t.Fatalf("quick exit from a dialog: exited %d times, overlay %v", h.exited, h.win.Canvas().Overlays().Top())
	}
	if texts := screentest.Texts(h.content()); len(texts) != 0 {
		t.Fatalf("after quick exit the window shows %q", texts)
	}
}

// A window that grows or shrinks while a dialog is open (as it may at
// start-up, when a question about the shared folder opens at once) keeps
// one header: the copy above the dialog stays exactly on the window's
// header, its buttons on the header's own.
func TestTheHeaderAboveADialogFollowsTheWindowSize(t *testing.T) {
	h := newHarness(t, withLeo)
	openDeleteDialog(h)
	for _, size := range []fyne.Size{{Width: 1260, Height: 780}, {Width: 900, Height: 650}, {Width: 1100, Height: 720}} {
		h.win.Resize(size)
		top := h.win.Canvas().Overlays().Top()
		for name, real := range map[string]fyne.CanvasObject{"Get help now": h.app.sh.help, "Quick exit": h.app.sh.exit} {
			copied := screentest.Button(t, top, name)
			d := fyne.CurrentApp().Driver()
			if a, b := d.AbsolutePositionForObject(copied), d.AbsolutePositionForObject(real); a != b || copied.Size() != real.Size() {
				t.Fatalf("at %v, %s above the dialog is at %v %v, the header's at %v %v", size, name, a, copied.Size(), b, real.Size())
			}
		}
	}
}
