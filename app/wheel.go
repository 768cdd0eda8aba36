package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"

	"family-online-safety/screens/widgets"
)

// Fyne 2.8 gives the mouse wheel to the innermost scroll area under the
// pointer, and a text field keeps its text in a scroll area of its own:
// the wheel turned over a field moved nothing, and the page under it did
// not scroll. The window's input hook asks first (WheelAt): over a
// one-line field, or a field of several lines whose text all shows, the
// wheel scrolls the scroll area the field lies in, as it does anywhere
// else on the page.

// WheelAt scrolls, for a turn of the wheel by dy steps (up positive) at
// pos (in the window's units), the scroll area round the field there,
// when the field has nothing of its own to scroll. It reports whether it
// did: Fyne then does not have the turn.
func (a *App) WheelAt(pos fyne.Position, dy float32) bool {
	if a.exited || dy == 0 {
		return false
	}
	c := a.win.Canvas()
	field := a.fields.FieldAt(c, pos)
	if field == nil || field.ScrollsDown() {
		return false
	}
	s := pageAround(c, field)
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

// pageAround is the innermost scroll area round f that scrolls up and
// down and has more than shows, or nil.
func pageAround(c fyne.Canvas, f fyne.CanvasObject) *container.Scroll {
	// The wheel is the top pop-up's or dialog's while one is open.
	root := c.Content()
	if top := c.Overlays().Top(); top != nil {
		root = top
	}
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
		s := around[i]
		vertical := s.Direction == container.ScrollBoth || s.Direction == container.ScrollVerticalOnly
		if vertical && s.Content != nil && s.Content.Size().Height > s.Size().Height+0.5 {
			return s
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
