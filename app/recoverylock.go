package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"family-online-safety/data"
	"family-online-safety/screens/widgets"
)

// askPassphrase says that some backups are encrypted and can be checked
// and restored only with the passphrase, and takes it. A passphrase that
// opens none of them is said to be wrong.
func (r *Recovery) askPassphrase(locked int) fyne.CanvasObject {
	why := para(r.tr.N("recovery.locked", locked))
	entry := widget.NewPasswordEntry()
	entry.SetPlaceHolder(r.tr.T("lock.placeholder"))
	check := func() {
		r.keys = data.NewKeys(entry.Text)
		r.win.SetContent(widgets.WithTips(r.view()))
	}
	entry.OnSubmitted = func(string) { check() }
	button := widget.NewButtonWithIcon(r.tr.T("recovery.check"), theme.ConfirmIcon(), check)
	items := []fyne.CanvasObject{why, container.NewBorder(nil, nil, nil, button, entry)}
	if r.keys != nil {
		wrong := para(r.tr.T("recovery.wrong"))
		wrong.Importance = widget.DangerImportance
		items = append(items, wrong)
	}
	return container.NewVBox(items...)
}
