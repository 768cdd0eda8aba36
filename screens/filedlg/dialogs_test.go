package filedlg_test

import (
	"io/fs"
	"os"
	"path/filepath"
	"strings"
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

// The folder dialog (the shared folder's) starts in no remembered folder
// and leaves none behind, and no dialog in the app is made without this
// package (each would remember the folder across data folders).
func TestTheFolderDialogForgetsTheLastFolderToo(t *testing.T) {
	a := screentest.App(t)
	t.Setenv("HOME", t.TempDir())
	w := test.NewWindow(nil)
	w.Resize(fyne.NewSize(900, 700))
	const key = "fyne:fileDialogLastFolder"
	a.Preferences().SetString(key, "file:///other/familys/folder")
	d := filedlg.ShowFolder(w, func(fyne.ListableURI, error) {})
	d.Dismiss()
	if v := a.Preferences().String(key); v != "" {
		t.Fatalf("the folder dialog's folder was remembered: %q", v)
	}
	a.Preferences().SetString(key, "file:///other/familys/folder")
	filedlg.Forget()
	if v := a.Preferences().String(key); v != "" {
		t.Fatalf("a folder left from before stays: %q", v)
	}
	root := "../.."
	err := filepath.WalkDir(root, func(path string, e fs.DirEntry, err error) error {
		if err != nil || e.IsDir() || !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") ||
			strings.Contains(path, "screens/filedlg") {
			return err
		}
		src, err := os.ReadFile(path)
		for _, f := range []string{"dialog.ShowFolderOpen", "dialog.NewFolderOpen", "dialog.ShowFileOpen",
			"dialog.NewFileOpen", "dialog.ShowFileSave", "dialog.NewFileSave"} {
			if strings.Contains(string(src), f) {
				t.Errorf("%s calls %s: use screens/filedlg, which forgets the last folder", path, f)
			}
		}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
}
