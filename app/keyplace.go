package app

import (
	"fyne.io/fyne/v2"

	"family-online-safety/screens"
)

// Fyne's button gives the keyboard focus up as it acts, and a control
// that acts by building its part of the screen again (a rule moved, a
// time deleted, the theme changed) leaves the focus on a control no
// longer there: the next Tab started again at the side menu, the person
// working by keyboard thrown back to the top of the window. After a
// control pressed with Space or Enter has acted, the focus goes back to
// it, or, gone or disabled, to the control nearest where it was, unless
// the press put the focus somewhere itself, opened something over the
// window or showed another screen.

// keyPress is a control pressed from the keyboard, until it has acted.
type keyPress struct {
	f        fyne.Focusable
	at       fyne.Position // its middle, in the window
	screen   screens.ID
	overlays int
	inTree   bool   // found among the window's parts (not inside a widget's own)
	shell    *shell // the window as built then: built again, every control is new
}

// notePress keeps the focused control as Space or Enter presses it.
func (a *App) notePress() {
	c := a.win.Canvas()
	a.pressed = keyPress{}
	f := c.Focused()
	o, ok := f.(fyne.CanvasObject)
	if !ok || o == nil {
		return
	}
	mid := fyne.CurrentApp().Driver().AbsolutePositionForObject(o).Add(fyne.NewPos(o.Size().Width/2, o.Size().Height/2))
	a.pressed = keyPress{f: f, at: mid, screen: a.current, overlays: len(c.Overlays().List()), inTree: pathTo(c.Content(), o) != nil, shell: a.sh}
}

// keepPlace puts the keyboard back after a control pressed from the
// keyboard has acted (see above).
func (a *App) keepPlace() {
	p := a.pressed
	a.pressed = keyPress{}
	c := a.win.Canvas()
	if p.f == nil || a.exited || a.lock.on || a.current != p.screen || len(c.Overlays().List()) != p.overlays {
		return
	}
	o := p.f.(fyne.CanvasObject)
	gone := a.sh != p.shell || (p.inTree && pathTo(c.Content(), o) == nil)
	if now := c.Focused(); now != nil && (now != p.f || !gone) {
		return // the focus is where the press put it, or still there
	}
	if !gone && usable(o) {
		c.Focus(p.f)
		return
	}
	if n := nearestControl(c.Content(), p.at); n != nil {
		c.Focus(n)
		revealFocused(c)
	}
}

// usable reports whether o is shown and enabled.
func usable(o fyne.CanvasObject) bool {
	if d, ok := o.(fyne.Disableable); ok && d.Disabled() {
		return false
	}
	return o.Visible()
}

// nearestControl is the shown, enabled focusable under root nearest to
// at, a row away counting for more than a column away.
func nearestControl(root fyne.CanvasObject, at fyne.Position) fyne.Focusable {
	d := fyne.CurrentApp().Driver()
	var best fyne.Focusable
	bestDist := float32(-1)
	var walk func(o fyne.CanvasObject)
	walk = func(o fyne.CanvasObject) {
		if o == nil || !o.Visible() {
			return
		}
		if f, ok := o.(fyne.Focusable); ok && usable(o) {
			mid := d.AbsolutePositionForObject(o).Add(fyne.NewPos(o.Size().Width/2, o.Size().Height/2))
			dx, dy := mid.X-at.X, mid.Y-at.Y
			dist := 4*abs32(dy) + abs32(dx)
			if bestDist < 0 || dist < bestDist {
				best, bestDist = f, dist
			}
		}
		for _, p := range partsOf(o) {
			walk(p)
		}
	}
	walk(root)
	return best
}

func abs32(v float32) float32 {
	if v < 0 {
		return -v
	}
	return v
}
