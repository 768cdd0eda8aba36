package app

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"family-online-safety/data"
	"family-online-safety/data/datatest"
	"family-online-safety/screens"
	"family-online-safety/screens/children"
	"family-online-safety/screens/screentest"
	"family-online-safety/screens/widgets"
	"family-online-safety/sharing"
	"family-online-safety/translations"
)

// The app starts the shared-folder sync when the family opens, Settings
// shows it, and what changed is written to the folder when the app
// closes, even within the pause after a change.
func TestTheFolderSyncRunsWithTheAppAndWritesAtExit(t *testing.T) {
	fa := screentest.App(t)
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
	w := test.NewTempWindow(t, screentest.Blank())
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

// Another home's changes taken in while a carer is on the second child's
// app notes, typing in a field, leave them there: same child, same tab,
// same field and what they typed, not moved by a pixel. A line says
// changes came in, and its button shows them; in every language.
func TestChangesTakenInNeverMoveTheCarer(t *testing.T) {
	for _, lang := range []string{"en", "cy", "pl"} {
		t.Run(lang, func(t *testing.T) { changesTakenInNeverMove(t, lang) })
	}
}

func changesTakenInNeverMove(t *testing.T, lang string) {
	a, w, shared := syncingApp(t, lang)
	store, tr := a.real, a.tr
	kids, _ := store.Children()
	a.ShowChild(kids[1].ID, children.TabApps)
	tabs := findTabs(a.sh.content)
	if tabs == nil || tabs.SelectedIndex() != children.TabApps {
		t.Fatal("not on Leo's app notes")
	}
	entries := screentest.Find[*widgets.Entry](a.sh.content)
	if len(entries) == 0 {
		t.Fatal("no field on Leo's app notes")
	}
	field := entries[0]
	w.Canvas().Focus(field)
	test.Type(field, "Rob")
	where := func() fyne.Position {
		// Laid out again, as a real window does each frame when a size changed.
		size := w.Content().Size()
		w.Content().Resize(size.AddWidthHeight(1, 1))
		w.Content().Resize(size)
		return fyne.CurrentApp().Driver().AbsolutePositionForObject(field)
	}
	before := where()

	other := datatest.Open(t, datatest.At(time.Now()))
	sync := sharing.NewSyncer(other, shared, syncPass, "0.1.0")
	sync.Step(time.Now())
	if theirs, _ := other.Children(); len(theirs) != 3 {
		t.Fatalf("the other home has %d children", len(theirs))
	}
	if _, err := other.AddContact(data.Contact{Name: "Nain", Phone: "01234 567890"}); err != nil {
		t.Fatal(err)
	}
	sync.Flush(time.Now())
	a.folder.Tick()
	if got, _ := store.Contacts(); len(got) != 1 {
		t.Fatalf("the other home's contact was not taken in: %+v", got)
	}

	if findTabs(a.sh.content) != tabs || tabs.SelectedIndex() != children.TabApps {
		t.Error("taking in changes moved the carer off Leo's app notes")
	}
	if w.Canvas().Focused() != field || field.Text != "Rob" {
		t.Errorf("taking in changes moved the focus or lost the typing: %v, %q", w.Canvas().Focused(), field.Text)
	}
	screentest.MustHaveText(t, w.Content(), tr.T("folder.taken_in"))
	if after := where(); after != before {
		t.Errorf("the line moved the field from %v to %v", before, after)
	}
	test.Tap(screentest.Button(t, w.Content(), tr.T("folder.taken_in.show")))
	if screentest.HasText(w.Content(), tr.T("folder.taken_in")) {
		t.Error("the line stays after the changes are shown")
	}
}

const syncPass = "three green bottles"

// syncingApp is the app in lang on a family of three children that
// syncs through a shared folder (returned), in a 1000 × 700 window.
func syncingApp(t *testing.T, lang string) (*App, fyne.Window, string) {
	t.Helper()
	fa := screentest.App(t)
	dir, shared := t.TempDir(), t.TempDir()
	store, err := data.Open(dir, datatest.Options(t, nil))
	if err != nil {
		t.Fatal(err)
	}
	onboarded(store)
	for _, k := range []data.Child{{Name: "Amira", BirthYear: 2019, BirthMonth: 2},
		{Name: "Leo", BirthYear: 2014, BirthMonth: 6}, {Name: "Sam", BirthYear: 2010, BirthMonth: 9}} {
		if _, err := store.AddChild(k); err != nil {
			t.Fatal(err)
		}
	}
	if err := store.SaveSyncFolder(data.SyncFolder{Dir: shared, Passphrase: syncPass}); err != nil {
		t.Fatal(err)
	}
	tr, _ := translations.New(lang)
	w := test.NewTempWindow(t, screentest.Blank())
	w.Resize(fyne.NewSize(1000, 700))
	a := New(fa, w, store, tr, dir)
	a.later, a.tickless = nil, true
	a.Start()
	t.Cleanup(a.Close)
	return a, w, shared
}
