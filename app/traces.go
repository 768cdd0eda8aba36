package app

import (
	"fmt"
	"os"
	"path/filepath"
	"time"

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

// ToolkitLeftover is Fyne's folder for the app once Forget everything has
// cleared it, "" otherwise. While the app runs, Fyne watches that folder
// and makes it again whenever it is removed (and writes its preferences
// once more as it stops), so the last removal is left to a short-lived
// copy of the app started at exit (RemoveToolkitLeftover).
func (a *App) ToolkitLeftover() string {
	if a.toolkitForgotten {
		return a.toolkit
	}
	return ""
}

// RemoveToolkitLeftover waits for the app that asked to stop, then removes
// dir: only a folder named <config>/fyne/<id> that holds nothing but
// Fyne's preferences file, so a mistaken path removes nothing else.
func RemoveToolkitLeftover(dir, id string, wait time.Duration) error {
	dir = filepath.Clean(dir)
	if !filepath.IsAbs(dir) || filepath.Base(dir) != id || filepath.Base(filepath.Dir(dir)) != "fyne" {
		return fmt.Errorf("not Fyne's folder for %s: %s", id, dir)
	}
	time.Sleep(wait)
	entries, err := os.ReadDir(dir)
	if os.IsNotExist(err) {
		_ = os.Remove(filepath.Dir(dir)) // emptied meanwhile, as the app stopped
		return nil
	}
	if err != nil {
		return err
	}
	for _, e := range entries {
		if e.Name() != "preferences.json" || !e.Type().IsRegular() {
			return fmt.Errorf("%s holds %s: left alone", dir, e.Name())
		}
	}
	if err := os.RemoveAll(dir); err != nil {
		return err
	}
	_ = os.Remove(filepath.Dir(dir)) // Fyne's folder for every app, only if now empty
	return nil
}

// RemoveToolkitCache removes Fyne's cache folder for the app,
// <cacheRoot>/fyne/<id>, which Fyne makes at every start, and the
// <cacheRoot>/fyne folder when nothing else is in it. Run after Forget
// everything, with RemoveToolkitLeftover, once the app has stopped.
func RemoveToolkitCache(cacheRoot, id string) error {
	if !filepath.IsAbs(cacheRoot) || id == "" || filepath.Base(id) != id {
		return fmt.Errorf("not a cache folder for %s: %s", id, cacheRoot)
	}
	shared := filepath.Join(cacheRoot, "fyne")
	if err := os.RemoveAll(filepath.Join(shared, id)); err != nil {
		return err
	}
	_ = os.Remove(shared) // only if empty: other apps' caches stay
	return nil
}
