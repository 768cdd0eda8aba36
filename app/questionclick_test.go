package app

import (
	"testing"
	"time"

	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"family-online-safety/data"
	"family-online-safety/data/datatest"
	"family-online-safety/screens"
	"family-online-safety/screens/screentest"
	"family-online-safety/sharing"
)

// questionFromOtherHome makes the other home change Ms Grant's phone (a
// change that needs a yes here) and seal its file, and this home look.
func questionFromOtherHome(t *testing.T, a *App, other *data.Store, sync *sharing.Syncer, at time.Time, phone string) {
	t.Helper()
	other.SetClock(datatest.At(at))
	list, _ := other.Contacts()
	list[0].Phone = phone
	if err := other.UpdateContact(list[0]); err != nil {
		t.Fatal(err)
	}
	sync.Step(time.Now())
	a.folder.Tick()
}

// The other home saves its file again (a second change to the same
// phone) after this home was told a question waits, and before the
// carer clicks "See the questions": the one click opens the questions,
// about what the file says now. In every language.
func TestSeeTheQuestionsOpensThemWhenTheOtherHomeSavedAgain(t *testing.T) {
	for _, lang := range []string{"en", "cy", "pl"} {
		t.Run(lang, func(t *testing.T) {
			a, w, _, other, sync := syncingWithAnotherHome(t, lang)
			if _, err := other.AddContact(data.Contact{Name: "Ms Grant", Phone: "01632 960111"}); err != nil {
				t.Fatal(err)
			}
			sync.Step(time.Now())
			a.folder.Tick()
			a.Show(a.current) // Ms Grant, taken in, shown
			questionFromOtherHome(t, a, other, sync, time.Now().Add(time.Minute), "01632 960222")
			screentest.MustHaveText(t, w.Content(), a.tr.T("folder.question"))
			questionFromOtherHome(t, a, other, sync, time.Now().Add(2*time.Minute), "01632 960444")

			test.Tap(screentest.Button(t, w.Content(), a.tr.T("folder.question.open")))
			dlg := w.Canvas().Overlays().Top()
			if dlg == nil {
				t.Fatal("the first click on See the questions opened nothing")
			}
			screentest.MustHaveText(t, dlg, "01632 960444")
			if screentest.HasText(dlg, "01632 960222") {
				t.Error("the questions are about the version the other home replaced")
			}
			test.Tap(screentest.Button(t, dlg, a.tr.T("folder.asks.use"))) // keep this computer's
			if list, _ := a.store.Contacts(); len(list) != 1 || list[0].Phone != "01632 960111" {
				t.Fatalf("contacts after keeping this computer's: %+v", list)
			}
		})
	}
}

// The window gives a click to the button it was pressed on only. While
// the carer presses "See the questions", Home redraws itself on the
// minute and the sync looks again: the button under the pointer is the
// same one, so the release still opens the questions.
func TestSeeTheQuestionsStaysTheSameButtonWhileTheWindowRedraws(t *testing.T) {
	a, w, _, other, sync := syncingWithAnotherHome(t, "en")
	if _, err := other.AddContact(data.Contact{Name: "Ms Grant", Phone: "01632 960111"}); err != nil {
		t.Fatal(err)
	}
	sync.Step(time.Now())
	a.folder.Tick()
	a.Show(screens.HomeID)
	questionFromOtherHome(t, a, other, sync, time.Now().Add(time.Minute), "01632 960222")
	pressed := screentest.Button(t, w.Content(), a.tr.T("folder.question.open"))
	a.Show(a.current) // Home redrawn on the minute
	a.folder.Tick()   // the sync looks again
	a.refreshNudge()
	if now := screentest.Button(t, w.Content(), a.tr.T("folder.question.open")); now != pressed {
		t.Fatal("the button pressed was built again: the release would open nothing")
	}
	test.Tap(pressed)
	if w.Canvas().Overlays().Top() == nil {
		t.Fatal("the button opened no question")
	}
}

// The other home removed Amira; the carer, on Home, answers "Remove it
// here too": Home shows the family as it is now at once, without Amira,
// and the other children still there. In every language.
func TestHomeShowsAnAnswerAtOnce(t *testing.T) {
	for _, lang := range []string{"en", "cy", "pl"} {
		t.Run(lang, func(t *testing.T) {
			a, w, _, other, sync := syncingWithAnotherHome(t, lang)
			a.Show(screens.HomeID)
			screentest.MustHaveText(t, a.sh.content, "Amira")
			if err := other.DeleteChild(childNamed(t, other, "Amira").ID); err != nil {
				t.Fatal(err)
			}
			sync.Step(time.Now())
			a.folder.Tick()
			test.Tap(screentest.Button(t, w.Content(), a.tr.T("folder.question.open")))
			dlg := w.Canvas().Overlays().Top()
			for _, g := range screentest.Find[*widget.RadioGroup](dlg) {
				g.SetSelected(a.tr.T("folder.asks.remove"))
			}
			test.Tap(screentest.Button(t, dlg, a.tr.T("folder.asks.use")))
			if kids, _ := a.store.Children(); len(kids) != 2 {
				t.Fatalf("Amira was not removed: %+v", kids)
			}
			if a.current != screens.HomeID || screentest.HasText(a.sh.content, "Amira") {
				t.Fatal("Home still shows Amira after the carer removed her here too")
			}
			screentest.MustHaveText(t, a.sh.content, "Leo")
		})
	}
}
