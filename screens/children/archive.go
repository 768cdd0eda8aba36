package children

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"family-online-safety/data"
	"family-online-safety/screens"
	"family-online-safety/screens/filedlg"
	"family-online-safety/screens/widgets"
)

func (c *Screen) setArchived(id data.ID, archived bool) {
	child, err := c.store.Child(id)
	if err == nil {
		child.Archived = archived
		err = c.store.UpdateChild(child)
	}
	if err != nil {
		showError(c.tr, c.win, err)
		return
	}
	c.selected = id // a restored child stays in view
	if archived {
		c.selected = 0 // the first active child, if any
	}
	c.adding = false
	c.reload()
}

// confirmDelete asks before deleting for good, and offers to save a copy
// first.
func (c *Screen) confirmDelete(child data.Child) {
	msg := widgets.Para(c.tr.T("children.delete.body", map[string]any{"Name": child.Name}))
	var d *dialog.CustomDialog
	saveFirst := widget.NewButtonWithIcon(c.tr.T("children.export"), theme.DocumentSaveIcon(), func() { c.export(child) })
	del := widget.NewButtonWithIcon(c.tr.T("children.delete.confirm"), theme.DeleteIcon(), func() {
		d.Hide()
		if err := c.store.DeleteChild(child.ID); err != nil {
			showError(c.tr, c.win, err)
			return
		}
		c.selected = 0
		c.reload()
	})
	del.Importance = widget.DangerImportance
	cancel := widget.NewButton(c.tr.T("children.cancel"), func() { d.Hide() })
	d = dialog.NewCustomWithoutButtons(c.tr.T("children.delete.title", map[string]any{"Name": child.Name}), msg, c.win)
	d.SetButtons([]fyne.CanvasObject{cancel, saveFirst, del})
	d.Resize(fyne.NewSize(520, 0))
	d.Show()
}

// export saves everything kept for the child as a text file.
func (c *Screen) export(child data.Child) {
	text, err := c.store.ChildExport(child.ID, c.tr, c.env.Now())
	if err != nil {
		showError(c.tr, c.win, err)
		return
	}
	name := c.tr.T("children.export.file", map[string]any{"Date": data.DateText(c.env.Now())})
	saveText(c.tr, c.win, name, text)
}

// savePlain asks where to save text as a .txt file, then writes it,
// readable only by the user (exportprivacy.go says it is not encrypted).
func savePlain(tr screens.Translator, win fyne.Window, fileName, text string) {
	saveFile(tr, win, data.SafeFileName(fileName, ".txt"), []byte(text), "childexport.saved.body")
}

// saveFile asks where to save b, then writes it (0600); savedKey names
// the message that says where it went.
func saveFile(tr screens.Translator, win fyne.Window, fileName string, b []byte, savedKey string) {
	d := filedlg.NewSave(win, fileName, func(w fyne.URIWriteCloser, err error) {
		if err != nil {
			showError(tr, win, err)
			return
		}
		if w == nil {
			return // cancelled
		}
		// The dialog has created the file with the usual permissions:
		// nothing is written through it, WritePrivate makes it 0600 first.
		_ = w.Close()
		if err := data.WritePrivate(w.URI().Path(), b); err != nil {
			showError(tr, win, err)
			return
		}
		dialog.ShowInformation(tr.T("childexport.saved.title"), tr.T(savedKey, map[string]any{"File": w.URI().Name()}), win)
	})
	d.Show()
}

// showError tells the user a change or a file could not be saved, in
// their language (never the English text of err).
func showError(tr screens.Translator, win fyne.Window, err error) {
	dialog.ShowInformation(tr.T("error.title"), messages.Say(tr, err), win)
}
