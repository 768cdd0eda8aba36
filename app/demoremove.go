package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"family-online-safety/screens/widgets"
)

// RemoveDemo asks first, then deletes the demo family and returns to the
// real one. The keyboard starts on Cancel, so a Space or Enter meant for
// something else removes nothing.
func (a *App) RemoveDemo() {
	if a.store == a.real {
		return
	}
	var d *dialog.CustomDialog
	cancel := widget.NewButton(a.tr.T("demo.remove.no"), func() { d.Hide() })
	remove := widget.NewButton(a.tr.T("demo.remove.yes"), func() {
		d.Hide()
		a.removeDemoNow()
	})
	remove.Importance = widget.DangerImportance
	d = dialog.NewCustomWithoutButtons(a.tr.T("demo.remove.title"), widgets.Para(a.tr.T("demo.remove.body")), a.dialogs())
	d.SetButtons([]fyne.CanvasObject{cancel, remove})
	d.Resize(fyne.NewSize(480, 0))
	d.Show()
	a.win.Canvas().Focus(cancel)
}
