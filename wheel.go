package main

import (
	"fyne.io/fyne/v2"
	"github.com/go-gl/glfw/v3.4/glfw"
)

// passWheel wraps the window's wheel: a turn over a text field that has
// nothing to scroll goes to the page round it (app.WheelAt), any other
// turn to Fyne as before.
func (h *hook) passWheel(view *glfw.Window) {
	var fynes glfw.ScrollCallback
	fynes = view.SetScrollCallback(func(v *glfw.Window, xoff, yoff float64) {
		g, ok := h.guard.(interface {
			WheelAt(pos fyne.Position, dy float32) bool
		})
		if ok && xoff == 0 && yoff != 0 && g.WheelAt(h.fynePos(v), float32(yoff)) {
			return
		}
		if fynes != nil {
			fynes(v, xoff, yoff)
		}
	})
}
