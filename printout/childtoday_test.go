package printout

import (
	"strings"
	"testing"

	"family-online-safety/data"
	"family-online-safety/internal/racesubset"
)

// The child's page says what was agreed for today only, each child their
// own, in a child's words: "Tonight: bedtime 21:00 – Film night with
// Nan"; a change for another day is not on it. In every language.
func TestTheChildsPageSaysTonightsChange(t *testing.T) {
	late := map[string]string{"en": "00:30 (after midnight)", "cy": "00:30 (ar ôl hanner nos)", "pl": "00:30 (po północy)"}
	for _, lang := range racesubset.Cases(t, []string{"en", "cy", "pl"}) {
		t.Run(lang, func(t *testing.T) {
			now := docsNow(t)
			prepare := func(tb testing.TB, s *data.Store) {
				add := func(name string, c data.DayChange) {
					if _, err := s.AddDayChange(c, []data.ID{childNamed(tb, s, name).ID}); err != nil {
						tb.Fatal(err)
					}
				}
				add("Maisie", data.DayChange{Kind: data.ChangeNone, Day: data.Day(now), Reason: "Poorly tummy"})
				add("Leo", data.DayChange{Kind: data.ChangeBedtime, Day: data.Day(now), Until: 21 * 60, Reason: "Film night with Nan"})
				add("Leo", data.DayChange{Kind: data.ChangeExtra, Day: data.Day(now).AddDate(0, 0, 1), Minutes: 45, Reason: "Rainy day"})
				add("Amira", data.DayChange{Kind: data.ChangeBedtime, Day: data.Day(now), Until: 30, Reason: "Concert"})
			}
			want := map[string][]string{
				"Maisie": {"Poorly tummy"},
				"Leo":    {"21:00 – Film night with Nan"},
				"Amira":  {late[lang] + " – Concert"},
			}
			for name, lines := range want {
				text, _ := childPDFAt(t, lang, name, now, prepare)
				flat := strings.Join(strings.Fields(text), " ")
				for _, l := range lines {
					if !strings.Contains(flat, l) {
						t.Errorf("%s's page does not say %q:\n%s", name, l, text)
					}
				}
				for other, ls := range want {
					if other != name && strings.Contains(flat, ls[0]) {
						t.Errorf("%s's page says %s's change %q", name, other, ls[0])
					}
				}
				if strings.Contains(flat, "Rainy day") {
					t.Errorf("%s's page says tomorrow's change", name)
				}
			}
		})
	}
}
