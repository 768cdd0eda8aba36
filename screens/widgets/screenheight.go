package widgets

import (
	"sync"

	"fyne.io/fyne/v2"
)

// In a short window (the smallest, or twice the text on a small laptop)
// the screen's scroll area is a strip under the header, and a tab bar's
// content, which takes what the screen's intro leaves, got a sliver of
// it: the agreement's rules showed one line at a time. There a tab bar
// is at least as tall as the screen's scroll area, so the page scrolls
// its intro away and the tabs then fill the strip.

// shortScreen is the tallest screen area counted as short.
const shortScreen = 320

var screenHeights sync.Map // fyne.Canvas → float32: its screen area's height

// SetScreenHeight notes how tall the screen's scroll area is in c.
func SetScreenHeight(c fyne.Canvas, h float32) {
	if c != nil {
		screenHeights.Store(c, h)
	}
}

// shortScreenHeight is the height of the screen's scroll area o is in
// when that area is short, else 0.
func shortScreenHeight(o fyne.CanvasObject) float32 {
	c := fyne.CurrentApp().Driver().CanvasForObject(o)
	if c == nil {
		return 0
	}
	v, ok := screenHeights.Load(c)
	if h, _ := v.(float32); ok && h > 0 && h < shortScreen {
		return h
	}
	return 0
}
