package app

import (
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"

	"family-online-safety/data"
	"family-online-safety/screens"
	"family-online-safety/screens/children"
	"family-online-safety/screens/screentest"
	"family-online-safety/screens/widgets"
)

// TestScreenshotsWithAMovedClock shows in the real window what only a
// clock brings: the "for ages 13 and over" prompt a month before a child
// turns 13, and, once the built-in advice is more than a year past its
// check, the out-of-date line on Home, beside Get help's numbers and on
// "At this age" (saved as clock-*.png by make screenshots).
func TestScreenshotsWithAMovedClock(t *testing.T) {
	dir := screenshotDir(t)
	h := newHarness(t)
	h.app.fyne.Settings().SetTheme(fixedVariant{Theme(), theme.VariantLight})
	h.win.Resize(fyne.NewSize(1100, 1250))
	clock := time.Date(2027, 11, 20, 10, 0, 0, 0, time.Local)
	h.app.now = func() time.Time { return clock }
	must(t, h.app.StartDemo())
	cai := must1c(t)(h.app.store.AddChild(data.Child{Name: "Cai", BirthYear: 2014, BirthMonth: 12}))
	h.app.Show(screens.HomeID)
	h.shows("are for ages 13 and over. Cai may soon ask for accounts")
	if screentest.HasText(h.content(), "This advice was last checked") {
		t.Error("the out-of-date line shows before the advice is a year past its check")
	}
	shoot(t, h, dir, "clock-home-turning-13")

	clock = time.Date(2028, 1, 10, 10, 0, 0, 0, time.Local) // more than a year after November 2026
	h.app.Show(screens.HelpID)
	for _, tabs := range screentest.Find[*widgets.Tabs](h.content()) {
		tabs.SelectIndex(1) // Who to call
	}
	h.shows("This advice was last checked in November 2026. Services and ages change")
	h.app.fyne.Settings().SetTheme(fixedVariant{Theme(), theme.VariantDark})
	h.win.Resize(fyne.NewSize(1100, 2600)) // down to the first helplines' cards
	shoot(t, h, dir, "clock-help-out-of-date")
	h.app.fyne.Settings().SetTheme(fixedVariant{Theme(), theme.VariantLight})
	h.win.Resize(fyne.NewSize(1100, 1250))
	h.app.ShowChild(cai.ID, children.TabAge)
	h.shows("This advice was last checked in")
	shoot(t, h, dir, "clock-at-this-age-out-of-date")
}

func must1c(t *testing.T) func(data.Child, error) data.Child {
	return func(c data.Child, err error) data.Child {
		t.Helper()
		must(t, err)
		return c
	}
}
