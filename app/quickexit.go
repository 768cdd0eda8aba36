package app

import (
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/theme"
)

// shiftPresses and shiftWindow: pressing Shift three times within five
// seconds is a quick exit, as on GOV.UK's "Exit this page".
const (
	shiftPresses = 3
	shiftWindow  = 5 * time.Second
)

// quickExitShortcut is the keyboard route shown in the button's tip.
var quickExitShortcut = &desktop.CustomShortcut{KeyName: fyne.KeyX, Modifier: fyne.KeyModifierShortcutDefault | fyne.KeyModifierShift}

// shiftWatcher counts Shift presses and says when the third comes in time.
type shiftWatcher struct {
	presses []time.Time
}

// press records a key at time now and reports whether it completes three
// Shift presses within the window. Any other key starts the count again.
func (s *shiftWatcher) press(key fyne.KeyName, now time.Time) bool {
	if key != desktop.KeyShiftLeft && key != desktop.KeyShiftRight {
		s.presses = s.presses[:0]
		return false
	}
	kept := s.presses[:0]
	for _, t := range s.presses {
		if now.Sub(t) < shiftWindow {
			kept = append(kept, t)
		}
	}
	s.presses = append(kept, now)
	if len(s.presses) >= shiftPresses {
		s.presses = s.presses[:0]
		return true
	}
	return false
}

// quickExit hides everything at once. The window is hidden first, then
// blanked, so nothing stays on screen while the app closes. Nothing is
// lost: what was waiting for a pause in typing is saved before the exit.
func (a *App) quickExit() {
	a.win.Hide() // off the screen at once; the rest happens out of sight
	if a.onQuickExit != nil {
		a.onQuickExit() // another copy's window goes too
	}
	blank := canvas.NewRectangle(theme.Color(theme.ColorNameBackground))
	a.closeOverlays() // a dialog closes first: nothing it asked is done
	a.win.SetContent(blank)
	a.saves.FlushAll()
	a.win.SetTitle(" ")
	a.win.SetMainMenu(nil)
	a.clearClipboard()
	a.real.Lock() // the key leaves memory at once
	a.exited = true
	a.exit()
}

// keyDown is given the keys Fyne hands to the window and to the app's
// text fields. Where the window's input hook is in place (guard.go) it
// has counted every key already.
func (a *App) keyDown(k *fyne.KeyEvent) {
	a.touch()
	if a.hooked {
		return
	}
	if a.shift.press(k.Name, a.now()) {
		a.quickExit()
	}
}

// QuickExit is the quick exit asked for from outside the window: another
// copy's window on the same family had it pressed.
func (a *App) QuickExit() { a.quickExit() }

// OnQuickExit has f run at each quick exit, just after the window is
// hidden: it must be quick.
func (a *App) OnQuickExit(f func()) { a.onQuickExit = f }
