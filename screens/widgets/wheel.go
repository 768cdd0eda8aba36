package widgets

import (
	"runtime"
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
