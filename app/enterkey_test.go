package app

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"

	"family-online-safety/screens/screentest"
)

// Enter presses the focused button as Space does: the dialog opens with
// the focus in it, and Escape gives the focus back to the button. Enter
// in a text field presses nothing.
func TestEnterPressesTheFocusedButton(t *testing.T) {
	h := demoIn("en")(t)
	c := h.win.Canvas()
	open := screentest.Button(t, h.content(), h.app.tr.T("periods.change.add"))
	c.Focus(open)
	h.app.KeyPressed(fyne.KeyReturn)
	top := c.Overlays().Top()
	if top == nil {
		t.Fatal("Enter on Change for today did not open the dialog")
	}
	if in := c.Focused(); in == nil || !holds(top, in.(fyne.CanvasObject)) {
		t.Fatalf("the focus is on %v, not in the dialog", in)
	}
	h.app.KeyPressed(fyne.KeyEscape)
	if c.Overlays().Top() != nil || c.Focused() != open {
		t.Fatalf("after Escape: open %v, focus on %v", c.Overlays().Top(), c.Focused())
	}

	entries := screentest.Find[*widget.Entry](h.content())
	if len(entries) > 0 {
		c.Focus(entries[0])
		h.app.KeyPressed(fyne.KeyReturn)
		if c.Overlays().Top() != nil {
			t.Fatal("Enter in a text field opened something")
		}
	}
}
