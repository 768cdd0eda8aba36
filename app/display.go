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
