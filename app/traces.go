package app

import (
	"os"
	"path/filepath"

	"fyne.io/fyne/v2"
)

// Fyne keeps preferences for each app in a folder of its own,
// <config>/fyne/<app id>/preferences.json: among them the last folder a
// file dialog showed (where an export was saved) and the dialog's view.
// Forget everything clears them and removes that folder; Fyne writes its
// preferences once more when it stops, so Close removes the folder again.

// toolkitDir is Fyne's folder for this app, or "" when the app's storage
// is not such a folder (a test app keeps it in the system's temporary
// folder, which must never be removed).
func toolkitDir(fa fyne.App) string {
	u := fa.Storage().RootURI()
	if u == nil || u.Scheme() != "file" || fa.UniqueID() == "" {
		return ""
	}
	p := filepath.Clean(u.Path())
	if filepath.Base(p) != fa.UniqueID() || filepath.Base(filepath.Dir(p)) != "fyne" {
		return ""
	}
	return p
}

// valuesWriter is what Fyne's preferences offer beyond fyne.Preferences:
// every value at once.
type valuesWriter interface {
	WriteValues(func(map[string]any))
}

// toolkitKeys are the preferences Fyne's own widgets keep, cleared one by
// one when the preferences cannot be cleared at once.
var toolkitKeys = []string{"fyne:fileDialogLastFolder", "fyne:fileDialogViewLayout", "color_recents"}

// forgetToolkit clears Fyne's preferences for this app and removes their
// folder.
func (a *App) forgetToolkit() error {
	prefs := a.fyne.Preferences()
	if w, ok := prefs.(valuesWriter); ok {
		w.WriteValues(func(m map[string]any) { clear(m) })
	}
	for _, k := range toolkitKeys {
		prefs.RemoveValue(k)
	}
	a.toolkitForgotten = true
	return a.removeToolkitDir()
}

func (a *App) removeToolkitDir() error {
	if a.toolkit == "" {
		return nil
	}
	if err := os.RemoveAll(a.toolkit); err != nil && !os.IsNotExist(err) {
		return err
	}
	return nil
}
