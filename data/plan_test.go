package data

import (
	"errors"
	"testing"
	"time"
)

// A school year day by day for three children of different ages: each
// day's period, limit and device-free times are what a plain reading of
// the agreement, the two holidays and the today-only changes says, and
// keep their wall-clock hours over both clock changes.
func TestInForceOverASchoolYear(t *testing.T) {
	t.Parallel()
	toddler, pupil, teen := ID(1), ID(2), ID(3)
	week := func(m int) Week {
		var w Week
		for i := range w {
			w[i] = Minutes(m + i)
		}
		return w
	}
	a := Agreement{
		Limits:        map[ID]Week{toddler: week(30), pupil: week(60), teen: week(120)},
		HolidayLimits: map[ID]Week{pupil: {Minutes(180), Minutes(180)}}, // Monday and Tuesday only
		Windows: []Window{
			{ID: 1, Label: "Bedtime", Days: EveryDay, Start: 19*60 + 30, End: 7 * 60, Children: []ID{toddler}},
			{ID: 4, Label: "Dinner", Days: EveryDay, Start: 18 * 60, End: 18*60 + 45, Children: []ID{toddler}},
			{ID: 2, Label: "Homework", Days: SchoolDays, Start: 16 * 60, End: 17 * 60, Children: []ID{pupil, teen}, When: PeriodTerm},
			{ID: 3, Label: "Lie-in", Days: EveryDay, Start: 8 * 60, End: 9 * 60, Everyone: true, When: PeriodHolidays},
		},
	}
	hols := []Holiday{{Name: "Half term", First: date(2026, 10, 26), Last: date(2026, 10, 30)}, {Name: "Christmas", First: date(2026, 12, 19), Last: date(2027, 1, 4)}}
	changes := []DayChange{
		{ChildID: toddler, Kind: ChangeBedtime, Day: date(2026, 10, 25), Until: 21 * 60}, // the night the clocks go back
		{ChildID: pupil, Kind: ChangeExtra, Day: date(2026, 12, 21), Minutes: 30},
		{ChildID: teen, Kind: ChangeNone, Day: date(2027, 3, 3)},
	}
	p := NewPlan(a, hols, changes)
	for d := time.Date(2026, 9, 1, 9, 0, 0, 0, london); d.Year() < 2027 || d.Month() < 9; d = d.AddDate(0, 0, 1) {
		day := InForce(p, d)
		holiday := (d.Month() == 10 && d.Day() >= 26 && d.Day() <= 30) || (d.Month() == 12 && d.Day() >= 19) || (d.Year() == 2027 && d.Month() == 1 && d.Day() <= 4)
		if day.Holiday != holiday {
			t.Fatalf("%s: holiday %v, want %v", d.Format("Mon 2 Jan 2006"), day.Holiday, holiday)
		}
		wd := DayIndex(d.Weekday())
		for _, kid := range []ID{toddler, pupil, teen} {
			want := a.Limits[kid][wd]
			if holiday && kid == pupil && wd < 2 {
				want = Minutes(180)
			}
			for _, c := range changes {
				if c.ChildID == kid && c.Day.Equal(Day(d)) {
					switch c.Kind {
					case ChangeExtra:
						want = Minutes(want.Minutes + c.Minutes)
					case ChangeNone:
						want = Minutes(0)
					}
				}
			}
			if got := day.Limit(kid); got != want {
				t.Errorf("%s child %d: limit %+v, want %+v", d.Format("2 Jan 2006"), kid, got, want)
			}
			checkTimes(t, day, kid, holiday)
		}
	}
}

// checkTimes checks one child's device-free times on one day.
func checkTimes(t *testing.T, day DayPlan, kid ID, holiday bool) {
	t.Helper()
	var want []string
	if holiday {
		want = append(want, "Lie-in 08:00-09:00")
	}
	if kid == 2 || kid == 3 {
		if !holiday && day.Weekday() < 5 {
			want = append(want, "Homework 16:00-17:00")
		}
	}
	if kid == 1 {
		bed := "Bedtime 19:30-07:00"
		if day.Date.Month() == 10 && day.Date.Day() == 25 {
			bed = "Bedtime 21:00-07:00" // the later bedtime agreed for that night; dinner still holds
		}
		want = append(want, "Dinner 18:00-18:45", bed)
	}
	got := day.Times(kid)
	if len(got) != len(want) {
		t.Fatalf("%s child %d: %d times, want %v", day.Date.Format("2 Jan"), kid, len(got), want)
	}
	for i, o := range got {
		if s := o.Label + " " + o.Start.Format("15:04") + "-" + o.End.Format("15:04"); s != want[i] {
			t.Errorf("%s child %d: %s, want %s", day.Date.Format("2 Jan"), kid, s, want[i])
		}
		if o.End.Sub(o.Start) <= 0 || o.End.Sub(o.Start) > 13*time.Hour {
			t.Errorf("%s: %s lasts %v", day.Date.Format("2 Jan"), o.Label, o.End.Sub(o.Start))
		}
	}
}

// A plan put together by hand may have left the holidays out: Check
// says so, so a printout can refuse it.
func TestOnlyAPlanReadWithItsHolidaysPassesCheck(t *testing.T) {
	t.Parallel()
	if err := (Plan{Agreement: Agreement{}}).Check(); !errors.Is(err, ErrPartialPlan) {
		t.Errorf("a plan made by hand: %v", err)
	}
	if err := NewPlan(Agreement{}, nil, nil).Check(); err != nil {
		t.Errorf("NewPlan: %v", err)
	}
}
