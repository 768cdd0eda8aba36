package app

import (
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"family-online-safety/data"
	"family-online-safety/data/datatest"
	"family-online-safety/screens"
	"family-online-safety/screens/children"
	"family-online-safety/screens/screentest"
	"family-online-safety/screens/widgets"
	"family-online-safety/sharing"
	"family-online-safety/translations"
)

const inPlacePass = "three green bottles"

// syncingWithAnotherHome is an app syncing with another home (a syncer on its own
// store) that has taken in this family: three children of different ages.
func syncingWithAnotherHome(t *testing.T, lang string) (*App, fyne.Window, []data.Child, *data.Store, *sharing.Syncer) {
	fa := test.NewTempApp(t)
	dir, shared := t.TempDir(), t.TempDir()
	store, err := data.Open(dir, datatest.Options(t, nil))
	if err != nil {
		t.Fatal(err)
	}
	if err := store.SaveSettings(data.Settings{Language: lang, Region: "GB", Onboarded: true}); err != nil {
		t.Fatal(err)
	}
	var kids []data.Child
	for _, k := range []data.Child{{Name: "Amira", BirthYear: 2019, BirthMonth: 2},
		{Name: "Leo", BirthYear: 2014, BirthMonth: 6}, {Name: "Sam", BirthYear: 2010, BirthMonth: 9}} {
		c, err := store.AddChild(k)
		if err != nil {
			t.Fatal(err)
		}
		kids = append(kids, c)
	}
	if err := store.SaveSyncFolder(data.SyncFolder{Dir: shared, Passphrase: inPlacePass}); err != nil {
		t.Fatal(err)
	}
	tr, _ := translations.New(lang)
	w := test.NewTempWindow(t, screentest.Blank())
	w.Resize(fyne.NewSize(1000, 700))
	a := New(fa, w, store, tr, dir)
	a.later, a.tickless = nil, true
	a.Start()
	t.Cleanup(a.Close)
	other := datatest.Open(t, datatest.At(time.Now()))
	sync := sharing.NewSyncer(other, shared, inPlacePass, "0.1.0").WithDebounce(0)
	sync.Step(time.Now())
	a.folder.Tick() // this computer takes in (and seals) what the other home has
	return a, w, kids, other, sync
}

func childNamed(t *testing.T, s *data.Store, name string) data.Child {
	t.Helper()
	kids, _ := s.Children()
	for _, k := range kids {
		if k.Name == name {
			return k
		}
	}
	t.Fatalf("no %s in %+v", name, kids)
	return data.Child{}
}

// "Show the changes" shows them where the carer is: the same child, on
// the same tab; on another screen, the same tab.
func TestShowTheChangesKeepsTheChildAndTab(t *testing.T) {
	a, w, kids, other, sync := syncingWithAnotherHome(t, "en")
	a.ShowChild(kids[1].ID, children.TabApps)
	if _, err := other.AddAppNote(data.AppNote{ChildID: childNamed(t, other, "Leo").ID, Name: "Minecraft"}); err != nil {
		t.Fatal(err)
	}
	sync.Step(time.Now())
	a.folder.Tick()
	before := findTabs(a.sh.content)
	test.Tap(screentest.Button(t, w.Content(), a.tr.T("folder.taken_in.show")))
	tabs := findTabs(a.sh.content)
	if tabs == nil || tabs == before || tabs.SelectedIndex() != children.TabApps {
		t.Fatal("the changes were not shown on Leo's app notes, the tab kept")
	}
	screentest.MustHaveText(t, a.sh.content, "Minecraft")

	a.Show(screens.StartersID) // a screen with tabs of its own
	findTabs(a.sh.content).SelectIndex(1)
	if _, err := other.AddContact(data.Contact{Name: "Nain", Phone: "01234 567890"}); err != nil {
		t.Fatal(err)
	}
	sync.Step(time.Now())
	a.folder.Tick()
	test.Tap(screentest.Button(t, w.Content(), a.tr.T("folder.taken_in.show")))
	if tabs := findTabs(a.sh.content); tabs == nil || tabs.SelectedIndex() != 1 {
		t.Fatal("the changes were shown on the starters' first tab, not the one the carer was on")
	}
}

// After the carer answers a question about a child's details changed in
// both homes, "Show the changes" shows the version chosen in the field,
// not the one left behind; in each language, on the same child and tab.
func TestAConflictAnsweredShowsTheChosenWordsInTheField(t *testing.T) {
	for _, lang := range []string{"en", "cy", "pl"} {
		t.Run(lang, func(t *testing.T) {
			a, w, kids, other, sync := syncingWithAnotherHome(t, lang)
			leo := kids[1]
			leo.Notes = "Words typed here"
			if err := a.store.UpdateChild(leo); err != nil {
				t.Fatal(err)
			}
			theirs := childNamed(t, other, "Leo")
			theirs.Notes = "Words from the other home"
			if err := other.UpdateChild(theirs); err != nil {
				t.Fatal(err)
			}
			a.ShowChild(leo.ID, children.TabDetails)
			if !containsText(fieldTexts(a), "Words typed here") {
				t.Fatalf("the fields show %q before", fieldTexts(a))
			}
			sync.Step(time.Now())
			a.folder.Tick()
			test.Tap(screentest.Button(t, w.Content(), a.tr.T("folder.question.open")))
			dlg := w.Canvas().Overlays().Top()
			if dlg == nil {
				t.Fatal("no question about Leo's details")
			}
			groups := screentest.Find[*widget.RadioGroup](dlg)
			if len(groups) != 1 {
				t.Fatalf("%d choices, want one for Leo's details", len(groups))
			}
			groups[0].SetSelected(a.tr.T("sharing.conflict.take_theirs"))
			test.Tap(screentest.Button(t, dlg, a.tr.T("folder.conflicts.apply")))
			if got, _ := a.store.Child(leo.ID); got.Notes != "Words from the other home" {
				t.Fatalf("notes %q, want the other home's as chosen", got.Notes)
			}
			test.Tap(screentest.Button(t, w.Content(), a.tr.T("folder.taken_in.show")))
			if shown := fieldTexts(a); !containsText(shown, "Words from the other home") || containsText(shown, "Words typed here") {
				t.Fatalf("the fields show %q, want the words chosen", shown)
			}
			if tabs := findTabs(a.sh.content); tabs == nil || tabs.SelectedIndex() != children.TabDetails || a.current != screens.ChildrenID {
				t.Fatal("the carer was moved off Leo's details")
			}
		})
	}
}

func fieldTexts(a *App) []string {
	var out []string
	for _, e := range screentest.Find[*widgets.Entry](a.sh.content) {
		out = append(out, e.Text)
	}
	return out
}

func containsText(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
