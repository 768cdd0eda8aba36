package filedlg

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
)

// lastFolderKey is where Fyne keeps the last folder a file dialog
// showed. Fyne's preferences belong to the app, not to a data folder: a
// second family's data folder (or a shared computer) would start in the
// first family's folder. It is emptied before and after every dialog, so
// each dialog starts in the home folder.
const lastFolderKey = "fyne:fileDialogLastFolder"

// forget empties Fyne's remembered folder.
func forget() {
	if a := fyne.CurrentApp(); a != nil {
		a.Preferences().RemoveValue(lastFolderKey)
	}
}

// prepare guards the file repository and the dialog's first folder.
func prepare(d *dialog.FileDialog) {
	Install()
	forget()
}

// Open shows Fyne's file-open dialog safely.
func Open(win fyne.Window, chosen func(fyne.URIReadCloser, error)) *dialog.FileDialog {
	d := NewOpen(win, chosen)
	d.Show()
	return d
}

// NewOpen makes Fyne's file-open dialog safely, not yet shown.
func NewOpen(win fyne.Window, chosen func(fyne.URIReadCloser, error)) *dialog.FileDialog {
	d := dialog.NewFileOpen(func(r fyne.URIReadCloser, err error) {
		forget()
		chosen(r, err)
	}, win)
	prepare(d)
	return d
}

// NewSave makes Fyne's file-save dialog safely, with name filled in,
// not yet shown.
func NewSave(win fyne.Window, name string, chosen func(fyne.URIWriteCloser, error)) *dialog.FileDialog {
	d := dialog.NewFileSave(func(w fyne.URIWriteCloser, err error) {
		forget()
		chosen(w, err)
	}, win)
	d.SetFileName(name)
	prepare(d)
	return d
}

// Forget empties the folder Fyne remembers, left there by a dialog open
// when the app was closed or killed (the app calls it as it starts).
func Forget() { forget() }

// ShowFolder shows Fyne's folder dialog safely: it starts in the home
// folder, and the folder it shows is not remembered for the next data
// folder.
func ShowFolder(win fyne.Window, chosen func(fyne.ListableURI, error)) *dialog.FileDialog {
	d := dialog.NewFolderOpen(func(u fyne.ListableURI, err error) {
		forget()
		chosen(u, err)
	}, win)
	prepare(d)
	d.Show()
	return d
}
