package screens

import "fyne.io/fyne/v2"

// FocusOn gives f the keyboard focus, once it is in a window; a nil f or
// one not shown yet is left alone.
func FocusOn(f fyne.Focusable) {
	o, ok := f.(fyne.CanvasObject)
	if !ok || f == nil {
		return
	}
	if c := fyne.CurrentApp().Driver().CanvasForObject(o); c != nil {
		c.Focus(f)
	}
}
