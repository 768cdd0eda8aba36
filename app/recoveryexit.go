package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"family-online-safety/screens/widgets"
)

// Quick exit works in the start-up problem window too (the "already open
// in another window" of a second copy, a damaged file): the same button,
// tip, shortcut and Shift three times as the main window, and Ctrl+Q
// quits. The window's Guard (guard.go) is the Recovery itself.

func (r *Recovery) exitButton() fyne.CanvasObject {
	tip := r.tr.T("header.exit.tip", map[string]any{"Shortcut": shortcutText(quickExitShortcut)})
	b := widgets.NewTipButton(r.tr.T("header.exit"), theme.LogoutIcon(), tip, r.quickExit)
	b.Importance = widget.DangerImportance
	r.exitBtn = b
	return b
}

func (r *Recovery) installQuickExit() {
	c := r.win.Canvas()
	c.AddShortcut(quickExitShortcut, func(fyne.Shortcut) { r.quickExit() })
	c.AddShortcut(quitShortcut, func(fyne.Shortcut) { r.quit() })
	if dc, ok := c.(desktop.Canvas); ok {
		dc.SetOnKeyDown(func(k *fyne.KeyEvent) {
			if !r.hooked {
				r.count(k.Name)
			}
		})
	}
	// The menu's shortcuts work even while the passphrase field has focus.
	exit := fyne.NewMenuItem(r.tr.T("header.exit"), r.quickExit)
	exit.Shortcut = quickExitShortcut
	quit := fyne.NewMenuItem(r.tr.T("menu.quit"), r.quit)
	quit.IsQuit = true
	quit.Shortcut = quitShortcut
	help := fyne.NewMenuItem(r.tr.T("header.help"), r.showHelp)
	help.Shortcut = helpShortcut
	r.win.SetMainMenu(fyne.NewMainMenu(
		fyne.NewMenu(r.tr.T("menu.file"), exit, fyne.NewMenuItemSeparator(), quit),
		fyne.NewMenu(r.tr.T("menu.help"), help)))
}

// Hooked says the window's input hook counts Shift from now on.
func (r *Recovery) Hooked() { r.hooked = true }

// KeyPressed counts Shift presses for the quick exit.
func (r *Recovery) KeyPressed(k fyne.KeyName) { r.count(k) }

// FocusMoved scrolls the control Tab focused into view, as in the app's
// window: Get help's lists and texts scroll, and Fyne does not.
func (r *Recovery) FocusMoved() {
	if !r.exited {
		revealFocused(r.win.Canvas())
	}
}

func (r *Recovery) count(k fyne.KeyName) {
	if !r.exited && r.shift.press(k, r.now()) {
		r.quickExit()
	}
}

// PressAt acts on a press on Quick exit, whatever is open over it.
func (r *Recovery) PressAt(pos fyne.Position) bool {
	if r.exited {
		return false
	}
	act := pressedOn(r.win, pos, []guarded{{r.exitBtn, r.quickExit}}, nil)
	if act == nil {
		return false
	}
	act()
	return true
}

// quickExit blanks the window at once, then closes the app.
func (r *Recovery) quickExit() {
	if r.exited {
		return
	}
	r.exited = true
	r.win.Hide()
	if r.onQuickExit != nil {
		r.onQuickExit() // the first copy's window goes too
	}
	for _, o := range r.win.Canvas().Overlays().List() {
		r.win.Canvas().Overlays().Remove(o)
	}
	r.win.SetContent(canvas.NewRectangle(theme.Color(theme.ColorNameBackground)))
	r.win.SetTitle(" ")
	r.win.SetMainMenu(nil)
	r.clearCopied()
	r.keys.Forget()
	r.fa.Quit()
}

// QuickExit is the quick exit asked for from outside the window: the
// first copy's window on the same family had it pressed.
func (r *Recovery) QuickExit() { r.quickExit() }

// OnQuickExit has f run at each quick exit, just after the window is
// hidden: it must be quick.
func (r *Recovery) OnQuickExit(f func()) { r.onQuickExit = f }
