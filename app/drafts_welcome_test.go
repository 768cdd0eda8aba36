package app

import (
	"testing"

	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"family-online-safety/data"
	"family-online-safety/screens"
	"family-online-safety/screens/screentest"
	"family-online-safety/screens/widgets"
)

// The welcome's first child, half typed, is there again after a quick
// exit: the name and the month and year chosen.
func TestWelcomeFirstChildSurvivesQuickExit(t *testing.T) {
	h := newHarness(t)
	test.Type(h.field("For example: Sam"), "Half typed")
	h.choose("Month", "April")
	h.choose("Year", "2016")
	h = h.quickExitAndReopen()
	if got := h.field("For example: Sam").Text; got != "Half typed" {
		t.Fatalf("after quick exit and restart the welcome holds %q", got)
	}
	for _, want := range []string{"April", "2016"} {
		if !h.selectShows(want) {
			t.Errorf("after quick exit and restart the welcome lost %s", want)
		}
	}

	// Once the family is started with that child, the draft is gone.
	h.field("For example: Sam").SetText("Sam")
	h.tap("Start")
	if d, _ := h.store.Draft("welcome.child"); !d.Empty() {
		t.Fatalf("the welcome's draft outlived the child it made: %v", d)
	}
}

// A note on a talk about a starter, half typed for the second child, is
// there again after a quick exit, with that child chosen.
func TestMarkDiscussedNoteSurvivesQuickExit(t *testing.T) {
	h := newHarness(t, withLeo, func(s *data.Store) {
		if _, err := s.AddChild(data.Child{Name: "Amira", BirthYear: 2012, BirthMonth: 8}); err != nil {
			t.Fatal(err)
		}
	})
	openFirstStarter := func(h *harness) {
		h.app.Show(screens.StartersID)
		for _, l := range screentest.Find[*widgets.List](h.content()) {
			if len(screentest.Texts(l.CreateItem())) == 2 { // question over meta: the starters
				l.Select(0)
				return
			}
		}
		t.Fatal("no starters list")
	}
	openFirstStarter(h)
	h.choose("Amira", "Leo") // the picker starts on the first child, Amira
	test.Type(h.field("What was said or agreed"), "Half typed")
	h = h.quickExitAndReopen()
	openFirstStarter(h)
	if got := h.field("What was said or agreed").Text; got != "Half typed" {
		t.Fatalf("after quick exit and restart the note holds %q", got)
	}
	if !h.selectShows("Leo") {
		t.Error("after quick exit and restart the note is not about Leo")
	}

	// Saved in Leo's history, the note's draft is gone.
	h.tap("Mark as discussed")
	if got, _ := h.store.Discussions(1); len(got) != 1 || got[0].Note != "Half typed" {
		t.Fatalf("Leo's history: %+v", got)
	}
	got, _ := h.store.Discussions(1)
	if d, _ := h.store.Draft(data.DiscussedDraft(got[0].StarterID)); !d.Empty() {
		t.Fatalf("the note's draft outlived the note: %v", d)
	}
}

// choose picks option in the visible select showing current (or its
// placeholder).
func (h *harness) choose(current, option string) {
	h.t.Helper()
	for _, s := range screentest.Find[*widget.Select](h.content()) {
		if s.Visible() && (s.Selected == current || (s.Selected == "" && s.PlaceHolder == current)) {
			s.SetSelected(option)
			return
		}
	}
	h.t.Fatalf("no select shows %q; the screen shows %q", current, screentest.Texts(h.content()))
}

// selectShows reports whether a visible select shows text.
func (h *harness) selectShows(text string) bool {
	for _, s := range screentest.Find[*widget.Select](h.content()) {
		if s.Visible() && s.Selected == text {
			return true
		}
	}
	return false
}
