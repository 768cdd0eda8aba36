package data

import (
	"testing"
	"time"
)

// Holidays, holiday limits and today-only changes travel to another
// carer, each change with its own child, and only the chosen child's.
func TestHolidaysAndDayChangesTravelToAnotherCarer(t *testing.T) {
	t.Parallel()
	a, seren, dylan := sharingFamily(t)
	must := func(err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}
	_, err := a.AddHoliday(Holiday{Name: "Half term", First: date(2027, 2, 15), Last: date(2027, 2, 19)})
	must(err)
	must(a.SetHolidayLimit(seren.ID, 0, Minutes(150)))
	_, err = a.AddWindow(Window{Label: "Lie-in", Days: EveryDay, Start: 7 * 60, End: 9 * 60, Everyone: true, When: PeriodHolidays})
	must(err)
	_, err = a.AddDayChange(DayChange{Kind: ChangeBedtime, Day: shareDay, Until: 21 * 60, Reason: "Fireworks"}, []ID{dylan.ID})
	must(err)

	f, err := a.ShareFamily(nil)
	must(err)
	b := openTemp(t, at(shareDay.Add(time.Hour)))
	_, err = b.ApplyShared(viaFile(t, f), ImportNewFamily, nil)
	must(err)
	kids := byName(t, b, "Seren", "Dylan")
	hols, _ := b.Holidays()
	if len(hols) != 1 || hols[0].Name != "Half term" {
		t.Errorf("holidays = %+v", hols)
	}
	ag, _ := b.Agreement()
	if ag.LimitOn(kids[0].ID, 0, true) != Minutes(150) || len(ag.Windows) != 1 || ag.Windows[0].When != PeriodHolidays {
		t.Errorf("agreement = %+v", ag)
	}
	if got, _ := b.DayChanges(kids[1].ID); len(got) != 1 || got[0].Reason != "Fireworks" || got[0].ChildID != kids[1].ID {
		t.Errorf("Dylan's changes = %+v", got)
	}
	if got, _ := b.DayChanges(kids[0].ID); len(got) != 0 {
		t.Errorf("Seren's changes = %+v", got)
	}

	// Seren alone: her holiday limits and the holidays, not Dylan's change.
	f, err = a.ShareFamily([]ID{seren.ID})
	must(err)
	for _, r := range f.Records {
		if r.Section == "day_changes" {
			t.Error("Dylan's today-only change was shared with Seren's records")
		}
	}
	// A change from the other home's history (20 days ago there) is
	// taken in, though a new change may not be dated in the past.
	f, err = a.ShareFamily(nil)
	must(err)
	c := openTemp(t, at(shareDay.AddDate(0, 0, 20)))
	_, err = c.ApplyShared(viaFile(t, f), ImportNewFamily, nil)
	must(err)
	if got, _ := c.DayChanges(byName(t, c, "Seren", "Dylan")[1].ID); len(got) != 1 {
		t.Errorf("the past change arrived as %+v", got)
	}
}
