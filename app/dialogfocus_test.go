package app

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"

	"family-online-safety/screens/screentest"
)

// A dialog opened from the keyboard takes the focus into its first field,
// so Tab stays in the dialog; Escape closes it and the focus is back on
// the button that opened it.
func TestKeyboardDialogFocusReturnsToItsButton(t *testing.T) {
	h := demoIn("en")(t)
	c := h.win.Canvas()
	open := screentest.Button(t, h.content(), h.app.tr.T("periods.change.add"))
	c.Focus(open)
	h.app.KeyPressed(fyne.KeySpace) // the window's hook sees the key first
	open.TypedKey(&fyne.KeyEvent{Name: fyne.KeySpace})
	top := c.Overlays().Top()
	if top == nil {
		t.Fatal("Space did not open the dialog")
	}
	in := c.Focused()
	if in == nil || !holds(top, in.(fyne.CanvasObject)) {
		t.Fatalf("the focus is on %v, not in the dialog", in)
	}
	if _, ok := in.(*widget.Button); ok {
		t.Fatalf("the focus is on a button, not the dialog's first field")
	}
	c.FocusNext() // Tab
	dlg := top.(*fyne.Container).Objects[0]
	if f := c.Focused(); f == nil || !holds(dlg, f.(fyne.CanvasObject)) {
		t.Fatalf("Tab left the dialog for %v", f)
	}
	h.app.KeyPressed(fyne.KeyEscape)
	if c.Overlays().Top() != nil {
		t.Fatal("Escape did not close the dialog")
	}
	if c.Focused() != open {
		t.Fatalf("the focus is on %v, not back on %q", c.Focused(), open.Text)
	}
}

// holds says whether o is root or inside it.
func holds(root, o fyne.CanvasObject) bool {
	found := false
	screentest.Walk(root, func(c fyne.CanvasObject) { found = found || c == o })
	return found
}
