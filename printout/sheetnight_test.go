package printout

import (
	"strings"
	"testing"
	"time"

	"family-online-safety/content"
	"family-online-safety/data"
	"family-online-safety/translations"
)

// A later bedtime after midnight reads on the carer's sheet as Home says
// it, "00:30 (after midnight)", on the evening's row, for the child it
// was agreed for; the other children keep their own bedtimes.
func TestCarerSheetSaysALaterBedtimeAfterMidnightAsHomeDoes(t *testing.T) {
	t.Parallel()
	now := time.Date(2026, 11, 30, 9, 0, 0, 0, london(t)) // a Monday
	kids := []data.Child{{ID: 1, Name: "Tom"}, {ID: 2, Name: "Leo"}, {ID: 3, Name: "Amira"}}
	a := data.Agreement{Windows: []data.Window{
		{ID: 1, Label: "Bedtime", Days: data.EveryDay, Start: 19 * 60, End: 7 * 60, Children: []data.ID{1}},
		{ID: 2, Label: "Bedtime", Days: data.EveryDay, Start: 19*60 + 30, End: 7 * 60, Children: []data.ID{2}},
		{ID: 3, Label: "Bedtime", Days: data.EveryDay, Start: 22*60 + 30, End: 7 * 60, Children: []data.ID{3}},
	}}
	changes := []data.DayChange{{ChildID: 3, Kind: data.ChangeBedtime, Day: data.Day(now), Until: 30, Reason: "New Year film"}}
	plan := data.NewPlan(a, nil, changes)
	for _, lang := range []string{"en", "cy", "pl"} {
		tr, err := translations.New(lang)
		if err != nil {
			t.Fatal(err)
		}
		tr.SetRegion(content.RegionUK)
		late := tr.T("time.after_midnight", map[string]any{"Time": "00:30"})
		for _, kid := range kids {
			sh := Sheet{Family: Family{Plan: plan, Now: now}, Child: kid}
			monday := sh.days()[0]
			times := timesText(tr, monday.Times(kid.ID))
			said := changesText(tr, monday.ChangesFor(kid.ID))
			if kid.ID != 3 {
				if strings.Contains(times+said, "00:30") {
					t.Errorf("%s, %s: %q / %q", lang, kid.Name, times, said)
				}
				continue
			}
			if !strings.Contains(times, late+"–07:00") || !strings.Contains(said, late) || strings.Contains(times, "Bedtime 00:30–") {
				t.Errorf("%s: Monday's row says %q and %q; want %q", lang, times, said, late)
			}
			if tuesday := timesText(tr, sh.days()[1].Times(kid.ID)); !strings.Contains(tuesday, "22:30–07:00") {
				t.Errorf("%s: Tuesday's row says %q", lang, tuesday)
			}
		}
	}
}
