package children

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"family-online-safety/data"
	"family-online-safety/screens"
	"family-online-safety/screens/widgets"
)

// saveText says, before anything is saved, that a text export is not
// encrypted, and offers an encrypted copy instead.
func saveText(tr screens.Translator, win fyne.Window, fileName, text string) {
	var d *dialog.CustomDialog
	plain := widget.NewButtonWithIcon(tr.T("export.plain"), theme.DocumentSaveIcon(), func() {
		d.Hide()
		savePlain(tr, win, fileName, text)
	})
	sealed := widget.NewButtonWithIcon(tr.T("export.sealed"), theme.VisibilityOffIcon(), func() {
		d.Hide()
		saveSealed(tr, win, fileName, text)
	})
	sealed.Importance = widget.HighImportance
	cancel := widget.NewButton(tr.T("privacy.cancel"), func() { d.Hide() })
	d = dialog.NewCustomWithoutButtons(tr.T("export.note.title"), widgets.Para(tr.T("export.note.body")), win)
	d.SetButtons([]fyne.CanvasObject{cancel, plain, sealed})
	d.Resize(fyne.NewSize(560, 0))
	d.Show()
}

// saveSealed asks for a passphrase for the copy, then where to save it.
func saveSealed(tr screens.Translator, win fyne.Window, fileName, text string) {
	f := screens.NewPassphraseForm(screens.Env{Tr: tr}, false, true)
	body := container.NewVBox(widgets.Para(tr.T("export.sealed.pass")), f.View())
	var d *dialog.CustomDialog
	ok := widget.NewButton(tr.T("privacy.ok"), func() {
		if !f.Check() {
			return
		}
		b, err := data.SealText(text, f.New.Text)
		if err != nil {
			showError(tr, win, err)
			return
		}
		d.Hide()
		saveFile(tr, win, data.SafeFileName(fileName, ".fos-sealed"), b, "export.sealed.saved")
	})
	ok.Importance = widget.HighImportance
	cancel := widget.NewButton(tr.T("privacy.cancel"), func() { d.Hide() })
	d = dialog.NewCustomWithoutButtons(tr.T("export.sealed"), body, win)
	d.SetButtons([]fyne.CanvasObject{cancel, ok})
	d.Resize(fyne.NewSize(560, 0))
	d.Show()
}
