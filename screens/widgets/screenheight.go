package widgets

import (
	"fyne.io/fyne/v2"
)

// In a short window (the smallest, or twice the text on a small laptop)
// the screen's scroll area is a strip under the header, and a tab bar's
// content, which takes what the screen's intro leaves, got a sliver of
// it: the agreement's rules showed one line at a time. There a tab bar
// is at least half as tall as its window, about the strip's height, so
// the page scrolls its intro away and the tab then fills the strip.

const (
	shortWindow = 480 // the tallest window counted as short
	tallShare   = 0.5 // of a short window's height, a tab bar's least
)

// shortWindowHeight is the least height of a tab bar in o's window when
// that window is short, else 0.
func shortWindowHeight(o fyne.CanvasObject) float32 {
	c := fyne.CurrentApp().Driver().CanvasForObject(o)
	if c == nil {
		return 0
	}
	if l := layerFor(o); l == nil || !l.scrolled {
		return 0 // a window sized by what it shows: it would grow
	}
	if h := c.Size().Height; h > 0 && h < shortWindow {
		return h * tallShare
	}
	return 0
}

// InShortWindow reports whether o is in a short window whose screens
// scroll (twice the text on a small laptop).
func InShortWindow(o fyne.CanvasObject) bool { return shortWindowHeight(o) > 0 }
