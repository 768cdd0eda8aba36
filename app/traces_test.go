package app

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"family-online-safety/screens"
	"family-online-safety/screens/screentest"
	"family-online-safety/screens/widgets"
)

// The window's title is on the task bar and in the window list, where
// anyone passing sees it: on every screen, locked or not, it names no
// child.
func TestTheWindowTitleNeverNamesAChild(t *testing.T) {
	kids := []string{"Anwen", "Bryn", "Cai"}
	h := newHarness(t, onboarded, withChild(kids[0]), withChild(kids[1]), withChild(kids[2]), withPassphrase)
	check := func(where string) {
		t.Helper()
		title := h.win.Title()
		if title == "" {
			t.Fatalf("%s: no title", where)
		}
		for _, k := range kids {
			if strings.Contains(title, k) {
				t.Fatalf("%s: the title %q names %s", where, title, k)
			}
		}
	}
	check("the lock screen")
	h.typePass(testPass)
	for _, s := range Screens() {
		h.app.Show(s.ID)
		check(string(s.ID))
	}
	h.app.focus = Focus{Child: 2}
	h.app.Show(screens.ChildrenID)
	check("a child's page")
	h.app.lockNow()
	check("locked")
}

// Forget everything also clears Fyne's own preferences for the app (the
// last folder a file dialog showed) and removes their folder, again when
// the app closes (Fyne writes them once more as it stops). A test app's
// storage, the system's temporary folder, is never taken for that folder.
func TestForgetEverythingClearsTheToolkitsPreferences(t *testing.T) {
	h := newHarness(t, onboarded, withChild("Amira"))
	if toolkitDir(h.app.fyne) != "" {
		t.Fatalf("a test app's storage taken for Fyne's folder: %q", toolkitDir(h.app.fyne))
	}
	dir := filepath.Join(t.TempDir(), "fyne", "uk.org.familyonlinesafety.app")
	must(t, os.MkdirAll(dir, 0o700))
	must(t, os.WriteFile(filepath.Join(dir, "preferences.json"), []byte(`{"fyne:fileDialogLastFolder":"file:///home/carer/Amira"}`), 0o600))
	h.app.toolkit = dir
	prefs := h.app.fyne.Preferences()
	prefs.SetString("fyne:fileDialogLastFolder", "file:///home/carer/Amira")
	prefs.SetInt("fyne:fileDialogViewLayout", 1)

	h.app.AskForgetEverything()
	test.Type(screentest.Find[*widgets.Entry](h.top())[0], h.app.tr.T("forget.word"))
	test.Tap(screentest.Button(t, h.top(), h.app.tr.T("forget.go")))
	if got := prefs.String("fyne:fileDialogLastFolder"); got != "" {
		t.Fatalf("the last folder is still remembered: %q", got)
	}
	if _, err := os.Stat(dir); !os.IsNotExist(err) {
		t.Fatal("Fyne's folder for the app is still there")
	}
	must(t, os.MkdirAll(dir, 0o700)) // as Fyne does when it stops
	must(t, os.WriteFile(filepath.Join(dir, "preferences.json"), []byte(`{}`), 0o600))
	h.app.Close()
	if _, err := os.Stat(dir); !os.IsNotExist(err) {
		t.Fatal("Fyne's folder came back after the app closed")
	}
	if h.app.ToolkitLeftover() != dir {
		t.Fatalf("the folder to remove after exit is %q, want %q", h.app.ToolkitLeftover(), dir)
	}
}

// Fyne makes its folder again after the app closed (its last write, and
// its watcher of that folder): the copy of the app started at exit removes
// it, but only a folder named <config>/fyne/<app id> holding nothing but
// Fyne's preferences file.
func TestTheToolkitLeftoverIsRemovedAfterExit(t *testing.T) {
	t.Parallel()
	const id = "uk.org.familyonlinesafety.app"
	root := t.TempDir()
	dir := filepath.Join(root, "fyne", id)
	must(t, os.MkdirAll(dir, 0o700))
	must(t, os.WriteFile(filepath.Join(dir, "preferences.json"), []byte(`{}`), 0o600))
	must(t, os.WriteFile(filepath.Join(root, "fyne", "settings.json"), []byte(`{}`), 0o600))
	must(t, RemoveToolkitLeftover(dir, id, 0))
	if _, err := os.Stat(dir); !os.IsNotExist(err) {
		t.Fatal("Fyne's emptied folder is still there")
	}
	if _, err := os.Stat(filepath.Join(root, "fyne", "settings.json")); err != nil {
		t.Fatal("Fyne's folder for every app went too")
	}
	must(t, RemoveToolkitLeftover(dir, id, 0)) // already gone: nothing to do
	other := filepath.Join(root, "fyne", "some.other.app")
	must(t, os.MkdirAll(other, 0o700))
	if RemoveToolkitLeftover(other, id, 0) == nil {
		t.Fatal("another app's folder was taken for this one's")
	}
	must(t, os.MkdirAll(dir, 0o700))
	must(t, os.WriteFile(filepath.Join(dir, "notes.txt"), []byte("kept"), 0o600))
	if RemoveToolkitLeftover(dir, id, 0) == nil {
		t.Fatal("a folder holding something else was removed")
	}
	if _, err := os.Stat(filepath.Join(dir, "notes.txt")); err != nil {
		t.Fatal("a file that is not Fyne's was removed")
	}
	if _, err := os.Stat(other); err != nil {
		t.Fatal("another app's folder was removed")
	}
}

// Fyne's cache folder for the app goes after Forget everything, and the
// shared cache folder only when nothing else is in it.
func TestTheToolkitCacheIsRemovedAfterExit(t *testing.T) {
	t.Parallel()
	const id = "uk.org.familyonlinesafety.app"
	root := t.TempDir()
	mine, other := filepath.Join(root, "fyne", id), filepath.Join(root, "fyne", "some.other.app")
	must(t, os.MkdirAll(mine, 0o700))
	must(t, os.MkdirAll(other, 0o700))
	must(t, RemoveToolkitCache(root, id))
	if _, err := os.Stat(mine); !os.IsNotExist(err) {
		t.Fatal("the app's cache folder is still there")
	}
	if _, err := os.Stat(other); err != nil {
		t.Fatal("another app's cache went too")
	}
	must(t, os.Remove(other))
	must(t, RemoveToolkitCache(root, id))
	if _, err := os.Stat(filepath.Join(root, "fyne")); !os.IsNotExist(err) {
		t.Fatal("the empty shared cache folder is still there")
	}
	if RemoveToolkitCache("relative", id) == nil || RemoveToolkitCache(root, "../x") == nil {
		t.Fatal("a cache folder that is not Fyne's was taken")
	}
}
