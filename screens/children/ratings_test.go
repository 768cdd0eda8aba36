package children_test

import (
	"strings"
	"testing"
	"time"

	"family-online-safety/content"
	"family-online-safety/data"
	"family-online-safety/screens/children"
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
