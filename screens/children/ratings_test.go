package children_test

import (
	"strings"
	"testing"
	"time"

	"family-online-safety/content"
	"family-online-safety/data"
	"family-online-safety/screens/children"
	"family-online-safety/screens/screentest"
	"family-online-safety/translations"
)

// A 7-year-old and every game in the catalogue, in every region and
// language: the warning follows the region's own board; where the app
// does not know that board's rating it names no figure and says where to
// look; PEGI is never shown outside the UK and Ireland.
func TestSevenYearOldSeesTheRegionsRatingForEveryGame(t *testing.T) {
	t.Parallel()
	day := time.Date(2026, 12, 7, 0, 0, 0, 0, time.UTC)
	mia := data.Child{Name: "Mia", BirthYear: 2019, BirthMonth: 6}
	look := map[string]string{"en": "Check the rating shown on the box", "cy": "Gwiriwch y sgôr ar y bocs", "pl": "sprawdź oznaczenie na pudełku"}
	for _, lang := range translations.Languages {
		tr, err := translations.New(lang.Code)
		if err != nil {
			t.Fatal(err)
		}
		for _, r := range content.Regions {
			tr.SetRegion(r)
			pegi := r == content.RegionUK || r == content.RegionIE
			for _, app := range content.Apps {
				if app.Kind != content.KindGame {
					continue
				}
				w := children.AppAgeWarning(tr, mia, app, day)
				rating, rated := app.RatingIn(r)
				switch {
				case !pegi && strings.Contains(w, "PEGI"):
					t.Errorf("%s/%s %s: PEGI shown where another board rates games: %q", lang.Code, r, app.ID, w)
				case rated && rating.MinAge > 7 && !(strings.Contains(w, "PEGI") && strings.Contains(w, rating.Label)):
					t.Errorf("%s/%s %s: rated %s, warning %q", lang.Code, r, app.ID, rating.Label, w)
				case rated && rating.MinAge <= 7 && w != "":
					t.Errorf("%s/%s %s: rated %s, a 7-year-old is warned: %q", lang.Code, r, app.ID, rating.Label, w)
				case !rated && !strings.Contains(w, look[lang.Code]):
					t.Errorf("%s/%s %s: no known rating, yet the warning does not say where to look: %q", lang.Code, r, app.ID, w)
				}
			}
		}
	}
}

// "At this age" says in one line when its newest check is more than a
// year old, and not before.
func TestAtThisAgeSaysWhenItMayBeOutOfDate(t *testing.T) {
	for _, c := range []struct {
		now   time.Time
		stale bool
	}{
		{time.Date(2026, 12, 7, 12, 0, 0, 0, time.Local), false},
		{time.Date(2028, 3, 1, 12, 0, 0, 0, time.Local), true},
	} {
		h := newChildrenHarness(t, screentest.At(c.now), addChild("Nia", 2015, 3))
		h.Show(children.New(h.Env(), h.Store, h.Win, h.Actions).Focus(1, children.TabAge).View())
		shown := screentest.HasText(h.Root(), "This advice was last checked in December 2026. Services and ages change, so check the service's own site.")
		if shown != c.stale {
			t.Errorf("on %s: out-of-date line shown = %v, want %v", c.now.Format(time.DateOnly), shown, c.stale)
		}
	}
}

// A streaming service only an adult can hold says so, and does not also
// say it has no minimum age.
func TestStreamingSaysAdultAccountNotNoMinimumAge(t *testing.T) {
	h := newChildrenHarness(t, screentest.At(time.Date(2026, 12, 7, 10, 0, 0, 0, time.UTC)), addChild("Mia", 2019, 6))
	h.Tab("Apps")
	h.openCatalogueApp("Netflix")
	h.Shows("Only an adult can hold the account: what matters most is how your child's profile is set up.")
	if screentest.HasText(h.Root(), "No minimum age in its terms: what matters most is how it is set up.") {
		t.Fatal("Netflix says both 'only adults' and 'no minimum age'")
	}
}
