package children_test

import (
	"strings"
	"testing"

	"family-online-safety/data"
	"family-online-safety/icons"
	"family-online-safety/screens/screentest"
)

// tonight gives Leo a later bedtime for a film night and Maisie a day
// without screens, both on the words harness's day.
var tonight = screentest.Prepare(func(s *data.Store) {
	kids, err := s.ActiveChildren()
	if err != nil {
		panic(err)
	}
	for _, k := range kids {
		c := data.DayChange{Kind: data.ChangeBedtime, Day: data.Day(wordsDay), Until: 21 * 60, Reason: "Film night with Nan"}
		if k.Name == "Maisie" {
			c = data.DayChange{Kind: data.ChangeNone, Day: data.Day(wordsDay), Reason: "Poorly tummy"}
		}
		if _, err := s.AddDayChange(c, []data.ID{k.ID}); err != nil {
			panic(err)
		}
	}
})

// On screen, the child's view starts with what was agreed for today
// only, the child's own change and not a brother's or sister's; for
// Maisie (4) beside the "today" picture.
func TestTheChildsViewShowsTonightsChange(t *testing.T) {
	for _, lang := range []string{"en", "cy", "pl"} {
		t.Run(lang, func(t *testing.T) {
			for child, want := range map[data.ID]string{1: "21:00 – Film night with Nan", 2: "– Poorly tummy"} {
				h := wordsHarness(t, child, lang, tonight)
				h.Tap(h.Tr.T("childwords.show"))
				h.Shows(h.Tr.T("childview.section.today"))
				h.Shows(want)
				text := strings.Join(screentest.Texts(h.Root()), "\n")
				if other := map[data.ID]string{1: "Poorly tummy", 2: "Film night"}[child]; strings.Contains(text, other) {
					t.Errorf("child %d's view shows %q", child, other)
				}
				today := 0
				for _, img := range pictures(h.Root()) {
					if img.Resource.Name() == icons.Picture(string(data.ViewToday)).Name() {
						today++
					}
				}
				if (child == 2) != (today == 1) {
					t.Errorf("child %d: %d today pictures", child, today)
				}
			}
		})
	}
}
