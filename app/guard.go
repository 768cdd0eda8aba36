package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"

	"family-online-safety/screens"
)

// Fyne gives a click to the top pop-up or dialog only, and a key to the
// focused widget only: with a drop-down, a date picker, the menu or a
// dialog open, the first click on Quick exit only closed what was open,
// and Shift reached no one while a button or a list had the focus. The
// real window (main's input hook) therefore asks the window's Guard
// first, before Fyne, about every key and every press of the main
// button. Tests call the same two methods.

// Guard is asked first about the window's input.
type Guard interface {
	// KeyPressed is told of every key pressed in the window, whatever
	// has the focus: a Shift key, Escape, or "" for any other.
	KeyPressed(k fyne.KeyName)
	// PressAt is told of a press of the main button at pos (in the
	// window's units). It reports whether the press was on Quick exit or
	// Get help now and has been acted on; Fyne then never sees it.
	PressAt(pos fyne.Position) bool
}

// guarded is a button that a press reaches whatever is open over it.
type guarded struct {
	obj fyne.CanvasObject
	act func()
}

// pressedOn is the action of the guarded button under pos in w, if any:
// none where a pop-up (a date picker, a menu) is drawn over the button at
// pos, as that is what the person clicked; a drop-down's list drawn there
// for a moment (headerclear.go moves it off) does not hide the button.
// framed says which overlays are the app's dialog frames, which keep the
// header's buttons drawn above the dialog.
func pressedOn(w fyne.Window, pos fyne.Position, buttons []guarded, framed func(fyne.CanvasObject) bool) func() {
	d := fyne.CurrentApp().Driver()
	if popUpAt(w.Canvas(), pos, framed) {
		return nil
	}
	for _, g := range buttons {
		if g.obj == nil || !g.obj.Visible() || d.CanvasForObject(g.obj) != w.Canvas() {
			continue
		}
		at, size := d.AbsolutePositionForObject(g.obj), g.obj.Size()
		if pos.X >= at.X && pos.Y >= at.Y && pos.X < at.X+size.Width && pos.Y < at.Y+size.Height {
			return g.act
		}
	}
	return nil
}

// popUpAt reports whether an overlay of c other than a dialog's frame
// draws something at pos: the box of the pop-up itself (a modal pop-up's
// shade around it does not count).
func popUpAt(c fyne.Canvas, pos fyne.Position, framed func(fyne.CanvasObject) bool) bool {
	d := fyne.CurrentApp().Driver()
	for _, o := range c.Overlays().List() {
		if !o.Visible() || (framed != nil && framed(o)) {
			continue
		}
		drawn := o
		if in := overlayContent(o); in != nil {
			drawn = in
		}
		if _, list := drawn.(*widget.PopUpMenu); list {
			continue
		}
		at, size := d.AbsolutePositionForObject(drawn), drawn.Size()
		if drawn.Visible() && pos.X >= at.X && pos.Y >= at.Y && pos.X < at.X+size.Width && pos.Y < at.Y+size.Height {
			return true
		}
	}
	return false
}

// Hooked says the window's input hook is in place: from now on it alone
// counts Shift presses (the fields and the window would count each twice).
func (a *App) Hooked() { a.hooked = true }

// KeyPressed counts Shift presses for the quick exit; Escape closes the
// dialog on top (dialogfit.go); a copy is remembered, to be cleared.
func (a *App) KeyPressed(k fyne.KeyName) {
	a.touch()
	a.keyFocus = nil
	if k == fyne.KeySpace || k == fyne.KeyReturn || k == fyne.KeyEnter {
		a.keyFocus = a.win.Canvas().Focused() // a button pressed this way gives it up before it acts
	}
	if a.shift.press(k, a.now()) {
		a.quickExit()
		return
	}
	switch {
	case k == KeyCopying:
		a.clipBefore = a.fyne.Clipboard().Content()
	case k == KeyCopied:
		a.copiedByKey(a.clipBefore)
	case k == fyne.KeyEscape && !a.lock.busy:
		if !a.escapeDialog() {
			a.escapeForm()
		}
	case k == fyne.KeyReturn || k == fyne.KeyEnter:
		a.enterOnButton() // enterkey.go
	}
}

// PointerUsed is told by the window's input hook of every press of a
// mouse button and every turn of the wheel: a Shift held for it is a
// modifier (a Shift+click extends a selection), so the Shift presses
// counted towards a quick exit start again, as after any other key.
func (a *App) PointerUsed() { a.shift.presses = a.shift.presses[:0] }

// HoldsPointer reports whether the pointer must be kept still until the
// release of a press at pos (the window's input hook asks at the first
// move): the press reached no text field, though a field scrolled out of
// sight lies under pos and would take the drag. The release is then a
// click on what was pressed, as if the pointer had not moved.
func (a *App) HoldsPointer(pos fyne.Position) bool {
	return a.fields.PressMissed(a.win.Canvas(), pos)
}

// PressAt acts on a press on the header's Quick exit or Get help now (or
// the lock screen's), whatever is open over them.
func (a *App) PressAt(pos fyne.Position) bool {
	a.PointerUsed()
	a.fields.NewPress()
	a.keyFocus, a.pressFocus = nil, a.win.Canvas().Focused()
	if a.exited {
		return false
	}
	act := pressedOn(a.win, pos, a.guarded(), a.isFrame)
	if act == nil {
		return false
	}
	act()
	return true
}

// isFrame reports whether o is the frame of one of the app's dialogs.
func (a *App) isFrame(o fyne.CanvasObject) bool {
	for _, f := range a.framed {
		if f == o {
			return true
		}
	}
	return false
}

func (a *App) guarded() []guarded {
	if a.lock.on {
		return a.lock.header
	}
	if a.sh == nil {
		return nil
	}
	return []guarded{{a.sh.exit, a.quickExit}, {a.sh.help, a.helpNow}}
}

// helpNow closes whatever is open and shows Get help.
func (a *App) helpNow() {
	a.closeOverlays()
	a.Show(screens.HelpID)
}
