package app

import (
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"

	"family-online-safety/content"
	"family-online-safety/data"
	"family-online-safety/screens"
	"family-online-safety/screens/children"
)

// TestScreenshotsGrowing renders the review prompts on Home (a child
// turning 13 next month, Leo's new school year) in the UK and Australia,
// and a child's "At this age" tab in English and Welsh (saved as
// growing-*.png by make screenshots).
func TestScreenshotsGrowing(t *testing.T) {
	dir := screenshotDir(t)
	h := newHarness(t)
	h.app.now = func() time.Time { return shotTime }
	h.app.fyne.Settings().SetTheme(fixedVariant{Theme(), theme.VariantLight})
	h.win.Resize(fyne.NewSize(1100, 1250))
	if err := h.app.StartDemo(); err != nil {
		t.Fatal(err)
	}
	cai, err := h.app.store.AddChild(data.Child{Name: "Cai", BirthYear: 2013, BirthMonth: 12})
	if err != nil {
		t.Fatal(err)
	}
	h.app.Show(screens.HomeID)
	shoot(t, h, dir, "growing-home-prompts")
	h.app.SetRegion(content.RegionAU)
	h.app.Show(screens.HomeID)
	shoot(t, h, dir, "growing-home-prompts-au")
	h.app.SetRegion(content.RegionUK)
	h.app.ShowChild(cai.ID, children.TabAge)
	shoot(t, h, dir, "growing-at-this-age")
	h.app.SetLanguage("cy")
	h.app.ShowChild(cai.ID, children.TabAge)
	shoot(t, h, dir, "growing-at-this-age-cy")
}
