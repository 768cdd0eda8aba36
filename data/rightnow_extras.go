package data

import (
	"slices"
	"time"
)

// What changes the agreement's plan on some days: the family's holidays
// and today-only changes. StatusIn applies them; the agreement itself is
// never changed by them.

// Extras are the holiday periods and a child's today-only changes.
type Extras struct {
	Holidays []Holiday
	Changes  []DayChange // the child's; others' are ignored
}

// holiday reports whether t's date is a holiday.
func (ex Extras) holiday(t time.Time) bool { return InHolidays(ex.Holidays, t) }

// inForce are the child's changes holding at now, in date order.
func (ex Extras) inForce(child ID, now time.Time) []DayChange {
	var out []DayChange
	for _, c := range ex.Changes {
		if c.ChildID == child && c.InForce(now) {
			out = append(out, c)
		}
	}
	slices.SortStableFunc(out, func(a, b DayChange) int { return a.Day.Compare(b.Day) })
	return out
}

// today is the child's limit for now's date: the agreement's for the
// period in force, then no screens today, or more time today, on top.
func (ex Extras) today(a Agreement, child ID, now time.Time) Limit {
	l := a.LimitOn(child, DayIndex(now.Weekday()), ex.holiday(now))
	extra, none := 0, false
	for _, c := range ex.Changes {
		if c.ChildID != child || !c.Day.Equal(Day(now)) {
			continue
		}
		switch c.Kind {
		case ChangeNone:
			none = true
		case ChangeExtra:
			extra += c.Minutes
		}
	}
	switch {
	case none:
		return Minutes(0)
	case l.Set && extra > 0:
		return Minutes(min(l.Minutes+extra, MinutesPerDay))
	}
	return l
}

// later moves the evening device-free times of a later bedtime's date to
// start at that bedtime, or drops one the bedtime runs past the end of.
// Only times starting in the afternoon or evening move: a morning time is
// no bedtime.
func (ex Extras) later(child ID, occ []Occurrence) []Occurrence {
	for _, c := range ex.Changes {
		if c.ChildID != child || c.Kind != ChangeBedtime {
			continue
		}
		out := occ[:0:0]
		for _, o := range occ {
			bed := c.Ends(o.Start.Location())
			evening := Day(o.Start).Equal(c.Day) && o.Start.Hour()*60+o.Start.Minute() >= MorningEndsBefore
			switch {
			case !evening || !bed.After(o.Start):
				out = append(out, o)
			case bed.Before(o.End):
				o.Start = bed
				out = append(out, o)
			}
		}
		occ = out
	}
	return occ
}
