package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
)

// showKeepingPlace draws the current screen again where it was scrolled
// to, so a button part-way down (Back up now) does not jump to the top.
func (a *App) showKeepingPlace() {
	a.keepingPlace(func() { a.Show(a.current) })
}

// rebuildKeepingPlace builds the window again (the header changes once
// the family has a passphrase) and puts the screen back where it was
// scrolled to.
func (a *App) rebuildKeepingPlace() {
	a.keepingPlace(a.rebuild)
}

// keepingPlace runs redraw, then scrolls the screen back to where it was.
func (a *App) keepingPlace(redraw func()) {
	var at fyne.Position
	if a.sh != nil {
		if s := firstScroll(a.sh.content); s != nil {
			at = s.Offset
		}
	}
	redraw()
	if a.sh != nil {
		if s := firstScroll(a.sh.content); s != nil {
			s.ScrollToOffset(at)
		}
	}
}

// firstScroll is the first scroller in o, depth first; nil if none.
func firstScroll(o fyne.CanvasObject) *container.Scroll {
	switch v := o.(type) {
	case *container.Scroll:
		return v
	case *fyne.Container:
		for _, c := range v.Objects {
			if s := firstScroll(c); s != nil {
				return s
			}
		}
	}
	return nil
}
