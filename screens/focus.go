package screens

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"family-online-safety/screens/widgets"
)

// FocusOn gives f the keyboard focus, once it is in a window; a nil f or
// one not shown yet is left alone.
func FocusOn(f fyne.Focusable) {
	o, ok := f.(fyne.CanvasObject)
	if !ok || f == nil {
		return
	}
	d := fyne.CurrentApp().Driver()
	if c := d.CanvasForObject(o); c != nil {
		c.Focus(f)
		return
	}
	// Put in the window just now (a form shown by the key that asked for
	// it), it is known to no canvas until the window is next drawn: the
	// window that holds it takes the focus.
	for _, w := range d.AllWindows() {
		if holds(w.Canvas(), o) {
			w.Canvas().Focus(f)
			return
		}
	}
}

// holds reports whether o is in c's content or one of its overlays.
func holds(c fyne.Canvas, o fyne.CanvasObject) bool {
	roots := append([]fyne.CanvasObject{c.Content()}, c.Overlays().List()...)
	for _, root := range roots {
		if contains(root, o) {
			return true
		}
	}
	return false
}

// contains reports whether o is root or inside it, through containers,
// scroll areas, splits, tabs and cards (where a form's fields are).
func contains(root, o fyne.CanvasObject) bool {
	if root == nil {
		return false
	}
	if root == o {
		return true
	}
	var parts []fyne.CanvasObject
	switch r := root.(type) {
	case *fyne.Container:
		parts = r.Objects
	case *container.Scroll:
		parts = []fyne.CanvasObject{r.Content}
	case *container.Split:
		parts = []fyne.CanvasObject{r.Leading, r.Trailing}
	case *widgets.Tabs:
		for _, item := range r.Items {
			parts = append(parts, item.Content)
		}
	case *widget.Card:
		parts = []fyne.CanvasObject{r.Content}
	case *widget.Form:
		for _, item := range r.Items {
			parts = append(parts, item.Widget)
		}
	}
	for _, p := range parts {
		if contains(p, o) {
			return true
		}
	}
	return false
}
