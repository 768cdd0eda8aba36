package app

import (
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"

	"family-online-safety/data"
	"family-online-safety/screens/children"
)

// TestScreenshotsOfTheChildsWords renders, with the demo family, Leo's
// "In their words" tab, his view of the agreement and Maisie's (under 7,
// with pictures), in the light theme (children-words-light.png,
// child-view-light.png, child-view-under7-light.png with make screenshots).
func TestScreenshotsOfTheChildsWords(t *testing.T) {
	dir := screenshotDir(t)
	h := newHarness(t)
	h.app.now = func() time.Time { return shotTime }
	h.app.fyne.Settings().SetTheme(fixedVariant{Theme(), theme.VariantLight})
	h.win.Resize(fyne.NewSize(1100, 720))
	if err := h.app.StartDemo(); err != nil {
		t.Fatal(err)
	}
	for _, shot := range []struct{ child, name string }{
		{"Leo", "children-words-light"}, {"Leo", "child-view-light"}, {"Maisie", "child-view-under7-light"},
	} {
		h.app.ShowChild(demoChild(t, h.app.store, shot.child), children.TabWords)
		if shot.name != "children-words-light" {
			h.tap("Show the child's view")
			h.shows("My agreement")
		}
		shoot(t, h, dir, shot.name)
	}
}

// demoChild is the id of a child of the demo family.
func demoChild(t *testing.T, s *data.Store, name string) data.ID {
	t.Helper()
	kids, err := s.Children()
	if err != nil {
		t.Fatal(err)
	}
	for _, k := range kids {
		if k.Name == name {
			return k.ID
		}
	}
	t.Fatalf("no demo child %s", name)
	return 0
}
