package data

import (
	"slices"
)

// What the agreement says for the holidays: each child's limits on
// holiday days and, for each device-free time, whether it holds in term
// time, in the holidays or always. These are part of what the family
// signs; the holiday dates themselves are not (holidays.go).

// Period says when a device-free time holds.
type Period string

// The periods a device-free time can hold in. The zero value, Always,
// is what records saved before holidays existed mean.
const (
	PeriodAlways   Period = ""
	PeriodTerm     Period = "term"
	PeriodHolidays Period = "holidays"
)

// Periods lists the periods in the order a form offers them.
var Periods = []Period{PeriodAlways, PeriodTerm, PeriodHolidays}

// FieldWindowWhen names a device-free time's period on its form.
const FieldWindowWhen = "window.when"

// HoldsIn reports whether the window holds on a day that is (holiday
// true) or is not a holiday.
func (w Window) HoldsIn(holiday bool) bool {
	switch w.When {
	case PeriodTerm:
		return !holiday
	case PeriodHolidays:
		return holiday
	}
	return true
}

func validPeriod(p Period) error {
	if !slices.Contains(Periods, p) {
		return invalid(FieldWindowWhen, RuleUnknown)
	}
	return nil
}

// LimitOn is a child's limit on day (0 = Monday), in the holidays or not.
// A holiday day with no holiday limit set keeps the term-time limit, so
// a family enters only what differs.
func (a Agreement) LimitOn(child ID, day int, holiday bool) Limit {
	if holiday {
		if l := a.HolidayLimits[child][day]; l.Set {
			return l
		}
	}
	return a.Limits[child][day]
}

// HolidayWeekFor returns a child's holiday limits as set (unset days
// follow term time).
func (a Agreement) HolidayWeekFor(child ID) Week { return a.HolidayLimits[child] }

// HasHolidayRules reports whether anything in the agreement differs in
// the holidays.
func (a Agreement) HasHolidayRules() bool {
	for _, w := range a.HolidayLimits {
		if w != (Week{}) {
			return true
		}
	}
	return slices.ContainsFunc(a.Windows, func(w Window) bool { return w.When != PeriodAlways })
}

// SetHolidayLimit sets one child's holiday limit for one day; the zero
// Limit takes it back to the term-time limit.
func (s *Store) SetHolidayLimit(child ID, day int, l Limit) error {
	return s.setLimitIn(holidayWeeks, child, day, l)
}

// SetHolidayWeek replaces a child's holiday limits for every day at once.
func (s *Store) SetHolidayWeek(child ID, week Week) error {
	return s.setWeekIn(holidayWeeks, child, week)
}

// dropChildren leaves out what the agreement keeps for children that are
// no longer here.
func (a *Agreement) dropChildren(exists func(ID) bool) {
	for _, limits := range []map[ID]Week{a.Limits, a.HolidayLimits} {
		for id := range limits {
			if !exists(id) {
				delete(limits, id)
			}
		}
	}
	for i := range a.Windows {
		a.Windows[i].Children = slices.DeleteFunc(a.Windows[i].Children, func(id ID) bool { return !exists(id) })
	}
}
