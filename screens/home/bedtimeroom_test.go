package home_test

import (
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"

	"family-online-safety/data"
	"family-online-safety/screens/screentest"
)

// When tonight's later bedtime ends, Home is drawn again and says so on
// the same line: "Change for today" stays where it was, in every
// language, so a click aimed at it lands on it.
func TestALaterBedtimeEndingMovesNothingBelow(t *testing.T) {
	for _, lang := range languages {
		t.Run(lang, func(t *testing.T) {
			h := family(t, lang)
			kids, _ := h.Store.ActiveChildren()
			if _, err := h.Store.AddDayChange(data.DayChange{Kind: data.ChangeBedtime, Day: data.Day(friday), Until: 21*60 + 30},
				[]data.ID{kids[0].ID}); err != nil {
				t.Fatal(err)
			}
			tr := h.Tr
			day := data.Day(friday)
			where := func(at time.Duration) fyne.Position {
				showHome(h, day.Add(at))
				h.Win.Content().Refresh()
				for _, c := range screentest.Find[*widget.Card](h.Root()) {
					if c.Title == kids[0].Name {
						b := screentest.Button(t, c.Content, tr.T("periods.change.add"))
						return fyne.CurrentApp().Driver().AbsolutePositionForObject(b)
					}
				}
				t.Fatalf("no card for %s", kids[0].Name)
				return fyne.Position{}
			}
			during, after := where(21*time.Hour), where(21*time.Hour+31*time.Minute)
			if ended := tr.T("periods.change.bedtime.ended", map[string]any{"Time": "21:30"}); !says(card(h, kids[0].Name), ended) {
				t.Errorf("after the later bedtime Home says %q", card(h, kids[0].Name))
			}
			if after != during {
				t.Fatalf("Change for today was at %v during the later bedtime, %v after it", during, after)
			}
		})
	}
}
