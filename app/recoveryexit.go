package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"family-online-safety/screens/widgets"
)

// Quick exit works in the start-up problem window too (the "already open
// in another window" of a second copy, a damaged file): the same button,
// tip and shortcut as the main window.

func (r *Recovery) exitButton() fyne.CanvasObject {
	tip := r.tr.T("header.exit.tip", map[string]any{"Shortcut": shortcutText(quickExitShortcut)})
	b := widgets.NewTipButton(r.tr.T("header.exit"), theme.LogoutIcon(), tip, r.quickExit)
	b.Importance = widget.DangerImportance
	return b
}

func (r *Recovery) installQuickExit() {
	r.win.Canvas().AddShortcut(quickExitShortcut, func(fyne.Shortcut) { r.quickExit() })
}

// quickExit blanks the window at once, then closes the app.
func (r *Recovery) quickExit() {
	r.win.SetContent(canvas.NewRectangle(theme.Color(theme.ColorNameBackground)))
	r.win.SetTitle(" ")
	r.fa.Quit()
}
