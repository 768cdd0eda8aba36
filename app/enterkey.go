package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"

	"family-online-safety/screens/widgets"
)

// Enter (Return) presses the focused button, as Space does: Fyne's
// buttons take Space only. It is done once Fyne has handled the key, so
// a dialog the button opens does not get the same Enter in its first
// field.
func (a *App) enterOnButton() {
	focused := a.win.Canvas().Focused()
	if !isButton(focused) {
		return
	}
	run := a.later
	if run == nil {
		run = func(f func()) { f() }
	}
	run(func() {
		if a.exited || a.win.Canvas().Focused() != focused {
			return
		}
		if t, ok := focused.(fyne.Tappable); ok {
			a.keyFocus = focused // the button gives the focus up as it acts
			a.notePress()
			t.Tapped(&fyne.PointEvent{})
			a.keepPlace() // keyplace.go
		}
	})
}

// isButton reports whether f is one of the app's buttons.
func isButton(f fyne.Focusable) bool {
	switch b := f.(type) {
	case *widget.Button:
		return !b.Disabled()
	case *widgets.TipButton:
		return !b.Disabled()
	case *widgets.WrapButton:
		return !b.Disabled()
	}
	return false
}
