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
		h.pointerUsed()
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

// watchLeave tells the guard when the pointer leaves the window (Fyne
// has no callback of its own there): a tip shown for a button the
// pointer left the window from goes.
func (h *hook) watchLeave(view *glfw.Window) {
	var fynes glfw.CursorEnterCallback
	fynes = view.SetCursorEnterCallback(func(v *glfw.Window, entered bool) {
		if g, ok := h.guard.(interface{ PointerLeft() }); ok && !entered {
			g.PointerLeft()
		}
		if fynes != nil {
			fynes(v, entered)
		}
	})
}
