package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"

	"family-online-safety/screens/widgets"
)

// Fyne 2.8 gives the mouse wheel to the innermost scroll area under the
// pointer, and nowhere else: a text field keeps its text in a scroll
// area of its own, and the wheel turned over a field moved nothing; a
// list or a starter's text inside the page, once at its end, kept the
// wheel and the page stood still (at large text the rest of the page
// was out of reach under the list). The window's input hook asks first
// (WheelAt): when what is under the pointer cannot move that way, the
// wheel scrolls the next scroll area out that can, as a browser does.

// WheelAt scrolls, for a turn of the wheel by dy steps (up positive) at
// pos (in the window's units), the innermost scroll area round pos that
// can move that way, when Fyne's own (the innermost) cannot. It reports
// whether it did: Fyne then does not have the turn.
func (a *App) WheelAt(pos fyne.Position, dy float32) bool {
	if a.exited || dy == 0 {
		return false
	}
	c := a.win.Canvas()
	if field := a.fields.FieldAt(c, pos); field != nil {
		if field.ScrollsWay(dy) {
			return false // the field's own text moves
		}
		return scrollBy(pageAround(c, field, dy), pos, dy)
	}
	around := scrollsAt(wheelRoot(c), pos)
	if len(around) == 0 || widgets.CanScroll(around[len(around)-1], dy) {
		return false // Fyne's own turn moves what is under the pointer
	}
	for i := len(around) - 2; i >= 0; i-- {
		if widgets.CanScroll(around[i], dy) {
			return scrollBy(around[i], pos, dy)
		}
	}
	return false
}

// scrollBy scrolls s by dy steps of the wheel at pos; false for no s.
func scrollBy(s *container.Scroll, pos fyne.Position, dy float32) bool {
	if s == nil {
		return false
	}
	at := fyne.CurrentApp().Driver().AbsolutePositionForObject(s)
	s.Scrolled(&fyne.ScrollEvent{
		PointEvent: fyne.PointEvent{Position: pos.Subtract(at), AbsolutePosition: pos},
		Scrolled:   fyne.NewDelta(0, dy*widgets.WheelStep()),
	})
	return true
}

// wheelRoot is what the wheel is for: the top pop-up or dialog while one
// is open, else the window's content.
func wheelRoot(c fyne.Canvas) fyne.CanvasObject {
	if top := c.Overlays().Top(); top != nil {
		return top
	}
	return c.Content()
}

// pageAround is the innermost scroll area round f that can move for a
// turn of the wheel by dy, or nil.
func pageAround(c fyne.Canvas, f fyne.CanvasObject, dy float32) *container.Scroll {
	root := wheelRoot(c)
	var around []*container.Scroll
	if path := pathTo(root, f); path != nil {
		for _, o := range path {
			if s, ok := o.(*container.Scroll); ok {
				around = append(around, s)
			}
		}
	} else { // inside a widget: found by where it is
		around = scrollsAt(root, fyne.CurrentApp().Driver().AbsolutePositionForObject(f))
	}
	for i := len(around) - 1; i >= 0; i-- {
		if widgets.CanScroll(around[i], dy) {
			return around[i]
		}
	}
	return nil
}

// PointerLeft is told by the window's input hook that the pointer has
// left the window: a tip on show goes with it.
func (a *App) PointerLeft() {
	if !a.exited {
		widgets.HideTips(a.win.Canvas())
	}
}
