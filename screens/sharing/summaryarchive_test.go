package sharing_test

import (
	"testing"
	"time"

	"family-online-safety/data"
	"family-online-safety/data/datatest"
	"family-online-safety/screens/screentest"
	sharingui "family-online-safety/screens/sharing"
)

// A file that removes a child who still has concern entries archives
// them instead, and the summary says archived, not removed.
func TestTheSummarySaysArchivedForAChildKeptForTheirConcerns(t *testing.T) {
	for _, lang := range []string{"en", "cy", "pl"} {
		t.Run(lang, func(t *testing.T) {
			h := screentest.New(t, screentest.Lang(lang), screentest.At(day))
			var leo data.Child
			for _, k := range []data.Child{{Name: "Maya", BirthYear: 2012, BirthMonth: 4}, {Name: "Leo", BirthYear: 2017, BirthMonth: 9}, {Name: "Ava", BirthYear: 2021, BirthMonth: 1}} {
				kid, err := h.Store.AddChild(k)
				datatest.Must(t, err)
				if k.Name == "Leo" {
					leo = kid
				}
			}
			datatest.Must1(t)(h.Store.AddConcern(data.Concern{ChildID: leo.ID, Date: day, Happened: "a message from a stranger"}))
			b := datatest.Open(t, datatest.At(day.Add(time.Hour)))
			move(t, h.Store, b, data.ImportNewFamily)
			kids, _ := b.Children()
			for _, k := range kids {
				if k.Name == "Leo" {
					datatest.Must(t, b.DeleteChild(k.ID))
				}
			}
			sum := preview(t, b, h.Store)
			for _, l := range sum.Lines {
				if l.Section == "children" && (l.Archived != 1 || l.Removed != 0) {
					t.Fatalf("Leo's line %+v, want archived, not removed", l)
				}
			}
			h.Show(sharingui.SummaryView(h.Tr, sum))
			h.Shows(h.Tr.T("sharing.archived", map[string]any{"Count": 1}))
		})
	}
}
