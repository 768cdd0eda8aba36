package app

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"family-online-safety/data"
	"family-online-safety/data/datatest"
	"family-online-safety/screens"
	"family-online-safety/screens/screentest"
	"family-online-safety/sharing"
	"family-online-safety/translations"
)

// The app starts the shared-folder sync when the family opens, Settings
// shows it, and what changed is written to the folder when the app
// closes, even within the pause after a change.
func TestTheFolderSyncRunsWithTheAppAndWritesAtExit(t *testing.T) {
	fa := test.NewTempApp(t)
	dir, shared := t.TempDir(), t.TempDir()
	store, err := data.Open(dir, datatest.Options(t, nil))
	if err != nil {
		t.Fatal(err)
	}
	onboarded(store)
	seren, _ := store.AddChild(data.Child{Name: "Seren", BirthYear: 2016, BirthMonth: 3})
	if err := store.SaveSyncFolder(data.SyncFolder{Dir: shared, Passphrase: "three green bottles"}); err != nil {
		t.Fatal(err)
	}
	tr, _ := translations.New("en")
	w := test.NewTempWindow(t, widget.NewLabel(""))
	w.Resize(fyne.NewSize(1000, 700))
	a := New(fa, w, store, tr, dir)
	a.later, a.tickless = nil, true
	a.Start()
	mine := filepath.Join(shared, sharing.FolderFileName(store.DeviceID()))
	first, err := os.ReadFile(mine)
	if err != nil {
		t.Fatal("no file in the folder at start: ", err)
	}
	a.Show(screens.SettingsID)
	screentest.MustHaveText(t, w.Content(), tr.T("folder.title"))
	screentest.MustHaveText(t, w.Content(), shared)

	if _, err := store.AddAppNote(data.AppNote{ChildID: seren.ID, Name: "Roblox"}); err != nil {
		t.Fatal(err)
	}
	a.folder.Tick() // within the pause: not yet
	if now, _ := os.ReadFile(mine); !bytes.Equal(now, first) {
		t.Fatal("written before the pause")
	}
	a.Close()
	if now, _ := os.ReadFile(mine); bytes.Equal(now, first) {
		t.Fatal("the change was not written at exit")
	}
	other := datatest.Open(t, datatest.At(time.Now()))
	sharing.NewSyncer(other, shared, "three green bottles", "0.1.0").Step(time.Now())
	kids, _ := other.Children()
	if len(kids) != 1 {
		t.Fatalf("the other home has %+v", kids)
	}
	if notes, _ := other.AppNotes(kids[0].ID); len(notes) != 1 {
		t.Fatalf("the other home's notes %+v", notes)
	}
}
