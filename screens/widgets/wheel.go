package widgets

import (
	"runtime"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
)

// WheelStep is how far one step of the mouse wheel scrolls, in the
// window's units, as Fyne's GLFW driver sets it.
func WheelStep() float32 {
	if runtime.GOOS == "darwin" {
		return 10
	}
	return 25
}

// ScrollsDown reports whether the field's own text has lines out of
// sight, so the wheel turned over it is the field's: a one-line field
// never (Fyne would only slide a long line sideways).
func (e *Entry) ScrollsDown() bool {
	s := e.own
	if !e.MultiLine || s == nil || s.Content == nil || !s.Visible() {
		return false
	}
	return s.Content.MinSize().Height > s.Size().Height+0.5
}

// ScrollsWay reports whether the field's own text can move for a turn of
// the wheel by dy (up positive): it has lines out of sight that way.
func (e *Entry) ScrollsWay(dy float32) bool {
	return e.ScrollsDown() && CanScroll(e.own, dy)
}

// CanScroll reports whether s scrolls up and down and can move for a
// turn of the wheel by dy (up positive): it is not at its top for a turn
// up, nor at its bottom for a turn down.
func CanScroll(s *container.Scroll, dy float32) bool {
	if s == nil || s.Content == nil || !s.Visible() || dy == 0 {
		return false
	}
	if s.Direction != container.ScrollBoth && s.Direction != container.ScrollVerticalOnly {
		return false
	}
	if dy > 0 {
		return s.Offset.Y > 0.5
	}
	return s.Offset.Y < s.Content.Size().Height-s.Size().Height-0.5
}

// Scroller is the scroll area the list keeps its rows in, once drawn.
func (l *List) Scroller() *container.Scroll { return l.scroller }

// keepScroller finds the list's scroll area among its renderer's parts.
func (l *List) keepScroller(parts []fyne.CanvasObject) {
	for _, o := range parts {
		if s, ok := o.(*container.Scroll); ok {
			l.scroller = s
		}
	}
}
