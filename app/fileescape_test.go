package app

import (
	"testing"

	"fyne.io/fyne/v2"

	"family-online-safety/screens"
	"family-online-safety/screens/screentest"
	"family-online-safety/screens/widgets"
)

// Escape closes the file dialog behind Print, Save as PDF and Add to
// calendar (Fyne's own, which has no Escape), nothing is saved, and the
// focus is back on the button that opened it.
func TestEscapeClosesTheSaveFileDialog(t *testing.T) {
	for _, key := range []string{"print.button.print", "print.button.pdf", "print.button.calendar"} {
		t.Run(key, func(t *testing.T) {
			h := demoIn("en")(t)
			h.app.Show(screens.AgreementID)
			if key == "print.button.calendar" {
				screentest.SelectTab(t, h.content(), "Device-free")
			}
			c := h.win.Canvas()
			open := focusableButton(t, h.content(), h.app.tr.T(key))
			c.Focus(open)
			h.app.KeyPressed(fyne.KeySpace) // the window's hook sees the key first
			open.TypedKey(&fyne.KeyEvent{Name: fyne.KeySpace})
			top := c.Overlays().Top()
			if top == nil || !fyneFileDialog(top) {
				t.Fatalf("%s did not open the file dialog (%v)", key, top)
			}
			h.app.KeyPressed(fyne.KeyEscape)
			if o := c.Overlays().Top(); o != nil {
				t.Fatalf("Escape left the file dialog of %s open", key)
			}
			if c.Focused() != open {
				t.Fatalf("the focus is on %v, not back on %s", c.Focused(), key)
			}
		})
	}
}

// focusableButton is the button with text as the window holds it (a
// TipButton itself, not the Button inside it).
func focusableButton(t *testing.T, root fyne.CanvasObject, text string) fyne.Focusable {
	t.Helper()
	var found fyne.Focusable
	screentest.Walk(root, func(o fyne.CanvasObject) {
		if b, ok := o.(*widgets.TipButton); ok && found == nil && b.Visible() && b.Text == text {
			found = b
		}
	})
	if found == nil {
		found = screentest.Button(t, root, text)
	}
	return found
}
