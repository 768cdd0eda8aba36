package widgets

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"
)

// InsideWindow is where a pop-up of size goes for an anchor at pos of
// anchorSize: below it, or above it when there is no room below, and
// moved left and up as needed so all of it stays inside the window.
func InsideWindow(window, size fyne.Size, pos fyne.Position, anchorSize fyne.Size) fyne.Position {
	x, y := pos.X, pos.Y+anchorSize.Height
	if y+size.Height > window.Height && pos.Y-size.Height >= 0 {
		y = pos.Y - size.Height
	}
	x = max(0, min(x, window.Width-size.Width))
	y = max(0, min(y, window.Height-size.Height))
	return fyne.NewPos(x, y)
}

// EscapeCloser wraps a pop-up's content so that it takes the keyboard
// focus and Escape closes it (Fyne's pop-ups close only on a click
// outside).
type EscapeCloser struct {
	widget.BaseWidget
	content fyne.CanvasObject
	close   func()
}

// NewEscapeCloser wraps content; close runs on Escape.
func NewEscapeCloser(content fyne.CanvasObject, close func()) *EscapeCloser {
	e := &EscapeCloser{content: content, close: close}
	e.ExtendBaseWidget(e)
	return e
}

// CreateRenderer shows the content.
func (e *EscapeCloser) CreateRenderer() fyne.WidgetRenderer {
	return widget.NewSimpleRenderer(e.content)
}

// FocusGained is part of fyne.Focusable.
func (e *EscapeCloser) FocusGained() {}

// FocusLost is part of fyne.Focusable.
func (e *EscapeCloser) FocusLost() {}

// TypedRune is part of fyne.Focusable.
func (e *EscapeCloser) TypedRune(rune) {}

// TypedKey closes on Escape.
func (e *EscapeCloser) TypedKey(k *fyne.KeyEvent) {
	if k.Name == fyne.KeyEscape {
		e.close()
	}
}
