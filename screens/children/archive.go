package children

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"family-online-safety/data"
	"family-online-safety/screens"
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
	name := c.tr.T("children.export.file", map[string]any{"Name": child.Name, "Date": data.DateText(c.env.Now())})
	saveText(c.tr, c.win, name, text)
}

// saveText asks where to save text as a .txt file, then writes it.
func saveText(tr screens.Translator, win fyne.Window, fileName, text string) {
	d := dialog.NewFileSave(func(w fyne.URIWriteCloser, err error) {
		if err != nil {
			showError(tr, win, err)
			return
		}
		if w == nil {
			return // cancelled
		}
		werr := writeExport(w, text)
		if werr != nil {
			showError(tr, win, werr)
			return
		}
		dialog.ShowInformation(tr.T("childexport.saved.title"), tr.T("childexport.saved.body", map[string]any{"File": w.URI().Name()}), win)
	}, win)
	d.SetFileName(safeFileName(fileName) + ".txt")
	d.Show()
}

// writeExport writes an export where the user chose. A file on disk is
// written readable only by the user (0600), like the data file: it holds
// a child's details.
func writeExport(w fyne.URIWriteCloser, text string) error {
	if w.URI().Scheme() == "file" {
		path := w.URI().Path()
		w.Close() // the dialog created it; WritePrivate replaces it whole
		return data.WritePrivate(path, []byte(text))
	}
	_, err := w.Write([]byte(text))
	if cerr := w.Close(); err == nil {
		err = cerr
	}
	return err
}

// safeFileName drops characters that some systems refuse in file
// names.
func safeFileName(s string) string {
	return strings.Map(func(r rune) rune {
		if strings.ContainsRune(`/\:*?"<>|`, r) {
			return '-'
		}
		return r
	}, s)
}

// showError tells the user a change or a file could not be saved, in
// their language (never the English text of err).
func showError(tr screens.Translator, win fyne.Window, err error) {
	dialog.ShowInformation(tr.T("error.title"), messages.Say(tr, err), win)
}
