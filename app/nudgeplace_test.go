package app

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"family-online-safety/data"
	"family-online-safety/screens"
	"family-online-safety/screens/screentest"
)

// threeAges adds Maya (14), Leo (9) and Ava (5).
func threeAges(s *data.Store) {
	for _, c := range []data.Child{{Name: "Maya", BirthYear: 2012, BirthMonth: 4},
		{Name: "Leo", BirthYear: 2017, BirthMonth: 9}, {Name: "Ava", BirthYear: 2021, BirthMonth: 1}} {
		if _, err := s.AddChild(c); err != nil {
			panic(err)
		}
	}
}

// Ticking "Foster or kinship placement" brings the recommendation to set
// a passphrase, in the header's notice line: nothing under the pointer
// moves, neither the box just ticked nor, on the next screen, the list
// of screens or the screen itself. "Not now" there puts it away, and
// nothing moves either.
func TestThePassphraseRecommendationMovesNothing(t *testing.T) {
	h := newHarness(t, onboarded, threeAges)
	h.win.Resize(fyne.NewSize(800, 600))
	h.app.Show(screens.ChildrenID)
	abs := func(o fyne.CanvasObject) fyne.Position {
		return fyne.CurrentApp().Driver().AbsolutePositionForObject(o)
	}
	var box *widget.Check
	for _, c := range screentest.Find[*widget.Check](h.content()) {
		if c.Text == h.app.tr.T("placement.tick") {
			box = c
		}
	}
	if box == nil {
		t.Fatal("no placement box on the child's details")
	}
	nav, was := h.app.sh.nav, abs(box)
	navAt := abs(nav)
	test.Tap(box)
	if !box.Checked {
		t.Fatal("the box did not tick")
	}
	if now := abs(box); now != was {
		t.Fatalf("the box moved from %v to %v under the pointer", was, now)
	}
	h.app.Show(screens.HomeID)
	homeAt := abs(h.app.sh.content)
	if now := abs(h.app.sh.nav); now != navAt {
		t.Fatalf("the list of screens moved from %v to %v", navAt, now)
	}
	h.shows(h.app.tr.T("nudge.short"))
	for _, id := range []screens.ID{screens.SettingsID, screens.ChildrenID, screens.HomeID} {
		h.app.Show(id)
		if now := abs(h.app.sh.content); now != homeAt {
			t.Fatalf("the screen moved from %v to %v", homeAt, now)
		}
	}
	h.tap(h.app.tr.T("nudge.dismiss"))
	if screentest.HasText(h.content(), h.app.tr.T("nudge.short")) {
		t.Fatal("still recommended after Not now")
	}
	if now := abs(h.app.sh.content); now != homeAt {
		t.Fatalf("after Not now the screen moved from %v to %v", homeAt, now)
	}
	if p, _ := h.store.Privacy(); !p.NoNudge {
		t.Fatal("Not now was not kept")
	}
}
