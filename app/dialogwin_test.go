package app

import (
	"testing"

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
