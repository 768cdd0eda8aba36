package app

import (
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
)

// A question from the other home (a phone changed there needs a yes)
// arrives while the carer types on Leo's app notes: nothing pops up, the
// typing, the focus, the tab and the field's place stay; a notice in the
// header, in space that was already there, opens the questions when the
// carer chooses. "Not now" holds while the other home only takes in this
// home's other edits and seals its file again. Answered on Settings
// scrolled down, Settings is not redrawn: the same scroll, the same view.
// In every language.
func TestAQuestionFromTheOtherHomeWaitsInTheHeader(t *testing.T) {
	for _, lang := range raceSubset(t, []string{"en", "cy", "pl"}) {
		t.Run(lang, func(t *testing.T) { questionWaitsInTheHeader(t, lang) })
	}
}

func questionWaitsInTheHeader(t *testing.T, lang string) {
	a, w, kids, other, sync := syncingWithAnotherHome(t, lang)
	tr := a.tr
	if _, err := other.AddContact(data.Contact{Name: "Ms Grant", Phone: "01632 960111"}); err != nil {
		t.Fatal(err)
	}
	sync.Step(time.Now())
	a.folder.Tick()
	a.ShowChild(kids[1].ID, children.TabApps)
	tabs := findTabs(a.sh.content)
	field := screentest.Find[*widgets.Entry](a.sh.content)[0]
	w.Canvas().Focus(field)
	test.Type(field, "Rob")
	where := func() fyne.Position {
		size := w.Content().Size()
		w.Content().Resize(size.AddWidthHeight(1, 1))
		w.Content().Resize(size)
		return fyne.CurrentApp().Driver().AbsolutePositionForObject(field)
	}
	before := where()
	later := time.Now()
	phone := func(p string) {
		later = later.Add(time.Minute) // the other home's clock moves on
		other.SetClock(datatest.At(later))
		list, _ := other.Contacts()
		list[0].Phone = p
		if err := other.UpdateContact(list[0]); err != nil {
			t.Fatal(err)
		}
		sync.Step(time.Now())
		a.folder.Tick()
	}
	phone("01632 960222")
	if w.Canvas().Overlays().Top() != nil {
		t.Fatal("the question popped up over the carer's typing")
	}
	test.Type(field, "lox")
	if w.Canvas().Focused() != field || field.Text != "Roblox" || findTabs(a.sh.content) != tabs ||
		tabs.SelectedIndex() != children.TabApps {
		t.Fatalf("the question moved the carer: focus %v, text %q", w.Canvas().Focused(), field.Text)
	}
	if after := where(); after != before {
		t.Errorf("the notice moved the field from %v to %v", before, after)
	}
	screentest.MustHaveText(t, w.Content(), tr.T("folder.question"))

	test.Tap(screentest.Button(t, w.Content(), tr.T("folder.question.open")))
	dlg := w.Canvas().Overlays().Top()
	if dlg == nil {
		t.Fatal("the notice's button opened no question")
	}
	test.Tap(screentest.Button(t, dlg, tr.T("folder.conflicts.later")))
	if screentest.HasText(w.Content(), tr.T("folder.question")) {
		t.Error("the notice stays after Not now")
	}
	// This home edits something else; the other takes it in and seals again.
	if _, err := a.store.AddContact(data.Contact{Name: "Nain", Phone: "01632 960333"}); err != nil {
		t.Fatal(err)
	}
	a.folder.Flush()
	sync.Step(time.Now())
	a.folder.Tick()
	if list, _ := other.Contacts(); len(list) != 2 {
		t.Fatalf("the other home did not take in Nain: %+v", list)
	}
	if w.Canvas().Overlays().Top() != nil || screentest.HasText(w.Content(), tr.T("folder.question")) {
		t.Fatal("the question put off came back when the other home sealed again")
	}

	a.Show(screens.SettingsID)
	scroll := firstScroll(a.sh.content)
	scroll.ScrollToOffset(fyne.NewPos(0, 400))
	at, view := scroll.Offset, a.sh.content.Objects[0]
	phone("01632 960444") // changed there again: asked again
	test.Tap(screentest.Button(t, w.Content(), tr.T("folder.question.open")))
	dlg = w.Canvas().Overlays().Top()
	if dlg == nil {
		t.Fatal("no question after the other home changed the phone again")
	}
	test.Tap(screentest.Button(t, dlg, tr.T("folder.asks.use")))
	if a.sh.content.Objects[0] != view || firstScroll(a.sh.content).Offset != at || a.current != screens.SettingsID {
		t.Errorf("answering redrew Settings or moved its scroll from %v to %v", at, firstScroll(a.sh.content).Offset)
	}
}

// A family file imported by hand, its import finished while the carer
// has gone on to Get help's second tab, leaves them there: the same
// screen and tab, and a line whose button shows the changes.
func TestAnImportFinishedMovesNobody(t *testing.T) {
	for _, lang := range []string{"en", "cy", "pl"} {
		t.Run(lang, func(t *testing.T) {
			a, w, _, _, _ := syncingWithAnotherHome(t, lang)
			a.Show(screens.HelpID)
			tabs := findTabs(a.sh.content)
			tabs.SelectIndex(1)
			view := a.sh.content.Objects[0]
			a.deps().sharer().Changed() // as when an import is applied
			if a.current != screens.HelpID || a.sh.content.Objects[0] != view || findTabs(a.sh.content).SelectedIndex() != 1 {
				t.Fatalf("the import moved the carer to %v, tab %d", a.current, findTabs(a.sh.content).SelectedIndex())
			}
			screentest.MustHaveText(t, w.Content(), a.tr.T("folder.taken_in"))
		})
	}
}

// Starting to sync (and stopping) adds no band under the header: the
// screen below stays where it was.
func TestStartingToSyncMovesNothing(t *testing.T) {
	a, w, _, _, _ := syncingWithAnotherHome(t, "en")
	a.Show(screens.SettingsID)
	where := func() fyne.Position {
		size := w.Content().Size()
		w.Content().Resize(size.AddWidthHeight(1, 1))
		w.Content().Resize(size)
		return fyne.CurrentApp().Driver().AbsolutePositionForObject(a.sh.content)
	}
	on := where()
	a.stopFolderSync()
	if off := where(); off != on {
		t.Fatalf("the screen is at %v syncing, %v not syncing", on, off)
	}
}

// The carer types in a field, clicks the header's "See the questions"
// (the click takes the focus from the field) and answers: the field has
// the focus again, and the next key types there.
func TestAnsweringAQuestionGivesTheFocusBack(t *testing.T) {
	a, w, kids, other, sync := syncingWithAnotherHome(t, "en")
	if _, err := other.AddContact(data.Contact{Name: "Ms Grant", Phone: "01632 960111"}); err != nil {
		t.Fatal(err)
	}
	sync.Step(time.Now())
	a.folder.Tick()
	a.ShowChild(kids[1].ID, children.TabApps)
	field := screentest.Find[*widgets.Entry](a.sh.content)[0]
	w.Canvas().Focus(field)
	test.Type(field, "Rob")
	list, _ := other.Contacts()
	list[0].Phone = "01632 960222"
	other.SetClock(datatest.At(time.Now().Add(time.Minute)))
	if err := other.UpdateContact(list[0]); err != nil {
		t.Fatal(err)
	}
	sync.Step(time.Now())
	a.folder.Tick()
	open := screentest.Button(t, w.Content(), a.tr.T("folder.question.open"))
	a.PressAt(fyne.CurrentApp().Driver().AbsolutePositionForObject(open).AddXY(2, 2))
	w.Canvas().Unfocus() // (as the window does on a click on a button)
	test.Tap(open)
	test.Tap(screentest.Button(t, w.Canvas().Overlays().Top(), a.tr.T("folder.asks.use")))
	if w.Canvas().Focused() != field {
		t.Fatalf("the focus is on %v, not back in the field", w.Canvas().Focused())
	}
	test.Type(field, "lox")
	if field.Text != "Roblox" {
		t.Fatalf("the field holds %q", field.Text)
	}
}
