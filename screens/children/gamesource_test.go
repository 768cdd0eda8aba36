package children_test

import (
	"strings"
	"testing"
	"time"

	"family-online-safety/content"
	"family-online-safety/screens/screentest"
	"family-online-safety/screens/widgets"
)

// Every game's card in the catalogue names the PEGI search page as its
// source only where PEGI rates games (the UK and Ireland); in the other
// regions no PEGI source, figure or link is shown.
func TestGameCardsNamePEGIOnlyWherePEGIRates(t *testing.T) {
	for _, r := range content.Regions {
		h := newChildrenHarness(t, screentest.At(time.Date(2026, 12, 7, 10, 0, 0, 0, time.UTC)), addChild("Mia", 2019, 6))
		h.Tr.SetRegion(r)
		h.Tab("Apps")
		h.Tap("Add from the catalogue")
		lists := screentest.Find[*widgets.List](h.Root())
		cat := lists[len(lists)-1]
		pegi := content.BoardOf(r) == content.BoardPEGI
		for i, app := range content.Apps {
			if app.Kind != content.KindGame {
				continue
			}
			cat.Select(i)
			h.Shows(app.Name)
			var shown bool
			for _, s := range screentest.Texts(h.Root()) {
				if strings.Contains(s, "PEGI") {
					shown = true
					if !pegi {
						t.Errorf("%s %s: PEGI shown where another board rates games: %q", r, app.ID, s)
					}
				}
			}
			if pegi && !app.Discontinued && !shown {
				t.Errorf("%s %s: no PEGI source on the card", r, app.ID)
			}
		}
	}
}
