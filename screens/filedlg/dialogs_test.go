package filedlg_test

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"family-online-safety/screens/filedlg"
	"family-online-safety/screens/screentest"
)

// The folder a dialog last showed is not kept in the app's preferences,
// which every data folder on the computer shares: a second family's
// dialogs must not open in the first family's folder.
func TestFileDialogsForgetTheLastFolder(t *testing.T) {
	a := screentest.App(t)
	t.Setenv("HOME", t.TempDir())
	w := test.NewWindow(nil)
	w.Resize(fyne.NewSize(900, 700))
	const key = "fyne:fileDialogLastFolder"
	a.Preferences().SetString(key, "file:///other/familys/folder")
	d := filedlg.NewSave(w, "plan.txt", func(fyne.URIWriteCloser, error) {})
	if v := a.Preferences().String(key); v != "" {
		t.Fatalf("dialog would start in %q", v)
	}
	d.Show() // Fyne remembers the folder it shows
	d.Dismiss()
	if v := a.Preferences().String(key); v != "" {
		t.Fatalf("the dialog's folder was remembered: %q", v)
	}
}
