package data

import (
	"errors"
	"testing"
	"time"
)

// A period sharing a day with a saved one is refused, naming it; one
// starting the day after another ends is not, and a period may be saved
// again over its own dates.
func TestOverlappingHolidayIsRefusedNamingTheOther(t *testing.T) {
	t.Parallel()
	s := openTemp(t)
	winter, err := s.AddHoliday(Holiday{Name: "Winter break", First: date(2026, 12, 4), Last: date(2026, 12, 10)})
	if err != nil {
		t.Fatal(err)
	}
	for _, h := range []Holiday{
		{Name: "Overlap", First: date(2026, 12, 8), Last: date(2026, 12, 20)},
		{Name: "Inside", First: date(2026, 12, 5), Last: date(2026, 12, 6)},
		{Name: "Around", First: date(2026, 12, 1), Last: date(2026, 12, 31)},
		{Name: "Touching last day", First: date(2026, 12, 10), Last: date(2026, 12, 12)},
	} {
		_, err := s.AddHoliday(h)
		fe, ok := AsFieldError(err)
		var o *OverlapError
		if !ok || fe.Field != FieldHolidayFirst || fe.Rule != RuleOverlap || !errors.As(err, &o) || o.Other.Name != "Winter break" {
			t.Errorf("%s: err = %v", h.Name, err)
		}
	}
	next, err := s.AddHoliday(Holiday{Name: "Christmas", First: date(2026, 12, 11), Last: date(2026, 12, 20)})
	if err != nil {
		t.Fatalf("a period starting the day after another ends: %v", err)
	}
	winter.Name = "Winter"
	if err := s.UpdateHoliday(winter); err != nil {
		t.Fatalf("saving a period over its own dates: %v", err)
	}
	next.First = date(2026, 12, 9)
	if err := s.UpdateHoliday(next); !errors.Is(err, ErrInvalid) {
		t.Fatalf("moving a period onto another: %v", err)
	}
	if hols, _ := s.Holidays(); len(hols) != 2 || !hols[1].First.Equal(date(2026, 12, 11)) {
		t.Errorf("holidays = %+v", hols)
	}
}

// Periods that overlap (from a file of an older version, or from another
// home) or follow one another read as one holiday: every day of the run
// says the same last day, and the day after it is term time again.
func TestOverlappingHolidaysReadAsOneRun(t *testing.T) {
	t.Parallel()
	toddler, pupil, teen := ID(1), ID(2), ID(3)
	a := Agreement{
		Limits:        map[ID]Week{toddler: {Minutes(30)}, pupil: {Minutes(60)}, teen: {Minutes(90)}},
		HolidayLimits: map[ID]Week{toddler: {Minutes(45)}, pupil: {Minutes(120)}, teen: {Minutes(180)}},
	}
	hols := []Holiday{
		{ID: 7, Name: "Overlap", First: date(2026, 12, 8), Last: date(2026, 12, 20)},
		{ID: 3, Name: "Winter break", First: date(2026, 12, 4), Last: date(2026, 12, 10)},
		{ID: 9, Name: "Inset day", First: date(2026, 12, 21), Last: date(2026, 12, 21)},
		{ID: 4, Name: "Spring", First: date(2027, 2, 15), Last: date(2027, 2, 19)},
	}
	p := NewPlan(a, hols, nil)
	for d := date(2026, 12, 1); d.Before(date(2026, 12, 31)); d = d.AddDate(0, 0, 1) {
		day := InForce(p, time.Date(d.Year(), d.Month(), d.Day(), 9, 0, 0, 0, london))
		in := d.Day() >= 4 && d.Day() <= 21
		if day.Holiday != in {
			t.Fatalf("%s: holiday %v", d.Format(time.DateOnly), day.Holiday)
		}
		if !in {
			continue
		}
		if !day.Period.Last.Equal(date(2026, 12, 21)) || !day.Period.First.Equal(date(2026, 12, 4)) || day.Period.ID != 3 {
			t.Errorf("%s: period %+v, want 04–21/12 of the run starting with holiday 3", d.Format(time.DateOnly), day.Period)
		}
		want := "Winter break"
		if d.Day() > 10 {
			want = "Overlap"
		}
		if d.Day() == 21 {
			want = "Inset day"
		}
		if day.Period.Name != want {
			t.Errorf("%s: named %q, want %q", d.Format(time.DateOnly), day.Period.Name, want)
		}
		if day.Weekday() == 0 {
			for _, kid := range []ID{toddler, pupil, teen} {
				if day.Limit(kid) != a.HolidayLimits[kid][0] {
					t.Errorf("%s: child %d limit %v", d.Format(time.DateOnly), kid, day.Limit(kid))
				}
			}
		}
	}
	if sp := InForce(p, time.Date(2027, 2, 16, 9, 0, 0, 0, london)).Period; sp.ID != 4 || !sp.Last.Equal(date(2027, 2, 19)) {
		t.Errorf("a period on its own: %+v", sp)
	}
}

// A holiday from another home overlapping one kept here is taken in (the
// other home chose its dates), and both homes' periods then read as one
// run everywhere.
func TestOverlappingHolidayFromAnotherHomeReadsAsOneRun(t *testing.T) {
	t.Parallel()
	a, _, _ := sharingFamily(t)
	if _, err := a.AddHoliday(Holiday{Name: "Overlap", First: date(2026, 12, 8), Last: date(2026, 12, 20)}); err != nil {
		t.Fatal(err)
	}
	f, err := a.ShareFamily(nil)
	if err != nil {
		t.Fatal(err)
	}
	b := openTemp(t, at(shareDay.Add(time.Hour)))
	if _, err := b.AddHoliday(Holiday{Name: "Winter break", First: date(2026, 12, 4), Last: date(2026, 12, 10)}); err != nil {
		t.Fatal(err)
	}
	if _, err := b.ApplyShared(viaFile(t, f), ImportMerge, nil); err != nil {
		t.Fatal(err)
	}
	hols, _ := b.Holidays()
	if len(hols) != 2 {
		t.Fatalf("holidays = %+v", hols)
	}
	p, err := ReadPlan(b, nil)
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range []time.Time{date(2026, 12, 5), date(2026, 12, 9), date(2026, 12, 15)} {
		if day := InForce(p, d); !day.Period.Last.Equal(date(2026, 12, 20)) {
			t.Errorf("%s: holiday until %s", d.Format(time.DateOnly), day.Period.Last.Format(time.DateOnly))
		}
	}
}
