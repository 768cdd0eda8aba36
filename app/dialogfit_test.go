package app

import (
	"fmt"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"family-online-safety/screens/screentest"
	"family-online-safety/screens/widgets"
)

// A dialog taller than the window scrolls its body and keeps its buttons
// inside the window, under the header; Escape presses its first button
// (it closes, doing nothing) and the focus goes back where it was.
func TestDialogFitsScrollsAndClosesWithEscape(t *testing.T) {
	for _, size := range []fyne.Size{{Width: 1100, Height: 720}, {Width: 800, Height: 600}, {Width: 533, Height: 400}} {
		t.Run(fmt.Sprint(size), func(t *testing.T) {
			h := newHarness(t, onboarded)
			h.win.Resize(size)
			field := screentest.Find[*widgets.Entry](h.content())
			var before fyne.Focusable
			if len(field) > 0 {
				h.win.Canvas().Focus(field[0])
				before = field[0]
			}
			var lines []fyne.CanvasObject
			for i := range 60 {
				lines = append(lines, widget.NewLabel(fmt.Sprintf("line %d", i)))
			}
			closed := false
			d := dialog.NewCustom("A tall dialog", "Close", container.NewVBox(lines...), h.app.dialogs())
			d.SetOnClosed(func() { closed = true })
			d.Show()
			closeBtn := screentest.Button(t, h.win.Canvas().Overlays().Top(), "Close")
			at := fyne.CurrentApp().Driver().AbsolutePositionForObject(closeBtn)
			if bottom := at.Y + closeBtn.Size().Height; bottom > h.win.Canvas().Size().Height || at.Y < 0 {
				t.Fatalf("the dialog's button is at %v–%v, outside the %v window", at.Y, bottom, h.win.Canvas().Size())
			}
			if len(screentest.Find[*container.Scroll](h.win.Canvas().Overlays().Top())) == 0 {
				t.Fatal("the dialog's body does not scroll")
			}
			h.app.KeyPressed(fyne.KeyEscape)
			if !closed || h.win.Canvas().Overlays().Top() != nil {
				t.Fatal("Escape did not close the dialog")
			}
			if before != nil && h.win.Canvas().Focused() != before {
				t.Fatalf("the focus is on %v, not back on the field", h.win.Canvas().Focused())
			}
		})
	}
}

// Escape leaves a "please wait" (no buttons) open.
func TestEscapeLeavesAPleaseWait(t *testing.T) {
	h := newHarness(t, onboarded)
	d := dialog.NewCustomWithoutButtons("Please wait", widget.NewLabel("Working"), h.app.dialogs())
	d.Show()
	h.app.KeyPressed(fyne.KeyEscape)
	if h.win.Canvas().Overlays().Top() == nil {
		t.Fatal("Escape closed a dialog with no buttons")
	}
}
