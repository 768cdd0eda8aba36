package app

import (
	"fyne.io/fyne/v2"

	"family-online-safety/data"
)

// Display is the text size and contrast chosen in Settings, kept with the
// family's own data (the demo family uses the same).
func (a *App) Display() data.Display {
	d, _ := a.real.Display() // unreadable: the usual size and contrast
	return d
}

// SetDisplay keeps the choice and applies it at once: Fyne redraws every
// widget when the theme changes. The screens are rebuilt too, so their
// fixed sizes (columns, boxes) follow the new text size.
func (a *App) SetDisplay(d data.Display) {
	if err := a.real.SaveDisplay(d); err != nil {
		a.showError(err)
		return
	}
	a.applyDisplay()
	a.rebuild()
}

// applyDisplay sets the theme for the chosen text size and contrast.
// Setting a theme redraws every widget and empties Fyne's font caches (the
// fonts are parsed again), so the one already in use is not set again: at
// start it usually is (main sets the usual size and contrast first).
func (a *App) applyDisplay() {
	d := a.Display()
	cur, ok := a.fyne.Settings().Theme().(readableTheme)
	if ok && cur.scale == d.Scale() && cur.contrast == d.HighContrast {
		return
	}
	icons := &iconCache{}
	if ok { // the icons recoloured so far stay right: they are keyed by colour
		icons = cur.icons
	}
	a.fyne.Settings().SetTheme(themeFor(d, icons))
}

// SmallestWindow is the size every screen fits, in Fyne's units: 800×600
// pixels at normal scale and 1280×800 pixels at FYNE_SCALE=1.5 (853×533
// units) both hold it. No screen's content asks for more, so the window
// never grows past a small laptop's screen.
var SmallestWindow = fyne.NewSize(800, 533)

// TinyWindow is the smallest window the app opens at, in Fyne's units:
// a 1280×800 laptop at 200% has 640×400 units, less a task bar. Every
// screen's content, and the header's Quick exit, fit it.
var TinyWindow = fyne.NewSize(560, 340)

// screenShare is how much of the screen a window may take, leaving room
// for a task bar and the window's frame.
const screenShare = 0.9

// FitWindow is want, made smaller where a screen of px pixels at scale has
// less room (px / scale units, less the panels), at any scale. An unknown
// screen (0×0) leaves want, but never more than SmallestWindow.
func FitWindow(px fyne.Size, scale float32, want fyne.Size) fyne.Size {
	if px.Width <= 0 || px.Height <= 0 || scale <= 0 {
		return fyne.NewSize(min(want.Width, SmallestWindow.Width), min(want.Height, SmallestWindow.Height))
	}
	return fyne.NewSize(min(want.Width, px.Width*screenShare/scale), min(want.Height, px.Height*screenShare/scale))
}
