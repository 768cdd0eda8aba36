package data

import (
	"errors"
	"slices"
	"time"
)

// What is in force on a date: the one place that decides it. Home's
// "right now", the agreement PDF, the calendar files, the child's view
// and the carer's sheet all read the family's Plan through InForce, so
// term time, the holidays and today-only changes are applied the same
// way everywhere.

// Plan is everything that decides what holds on a date: the agreement,
// the family's holiday periods and the today-only changes.
type Plan struct {
	Agreement Agreement
	Holidays  []Holiday   // earliest first
	Changes   []DayChange // any child's; each applies to its own child
	// read is set by NewPlan and ReadPlan: a plan made any other way may
	// have left out the holidays, and a printout refuses it (Check).
	read bool
}

// ErrPartialPlan is returned for a plan not made by NewPlan or ReadPlan:
// one that may have left the holidays or today-only changes out.
var ErrPartialPlan = errors.New("the plan was not read with its holidays and today-only changes")

// NewPlan is the plan made of an agreement, the family's holidays and
// the today-only changes; pass nil only for a family with none.
func NewPlan(a Agreement, holidays []Holiday, changes []DayChange) Plan {
	hols := slices.Clone(holidays)
	sortHolidays(hols)
	return Plan{Agreement: a, Holidays: hols, Changes: changes, read: true}
}

// Check reports ErrPartialPlan for a plan not made by NewPlan or
// ReadPlan.
func (p Plan) Check() error {
	if !p.read {
		return ErrPartialPlan
	}
	return nil
}

// PlanSource is what a plan is read from (the store).
type PlanSource interface {
	Agreement() (Agreement, error)
	Holidays() ([]Holiday, error)
	DayChanges(child ID) ([]DayChange, error)
}

// ReadPlan reads the agreement, the holidays and the today-only changes
// of children.
func ReadPlan(src PlanSource, children []ID) (Plan, error) {
	a, err := src.Agreement()
	if err != nil {
		return Plan{}, err
	}
	hols, err := src.Holidays()
	if err != nil {
		return Plan{}, err
	}
	var changes []DayChange
	for _, c := range children {
		cs, err := src.DayChanges(c)
		if err != nil {
			return Plan{}, err
		}
		changes = append(changes, cs...)
	}
	return NewPlan(a, hols, changes), nil
}

// Holiday reports whether t's date is in a holiday period.
func (p Plan) Holiday(t time.Time) bool { return InHolidays(p.Holidays, t) }

// DayPlan is what the plan puts in force on one date.
type DayPlan struct {
	Date    time.Time // midnight at the start of the date, in the asked location
	Holiday bool
	Period  Holiday // the holiday period, when Holiday
	// Windows are the device-free times starting on the date: on its
	// day of the week and holding in its period, everyone's.
	Windows []Window
	// Changes are the today-only changes dated that day, everyone's.
	Changes []DayChange
	a       Agreement
}

// InForce is what the plan puts in force on the date of t (in t's
// location): term time or a holiday, the limits, the device-free times
// and the today-only changes.
func InForce(p Plan, t time.Time) DayPlan {
	y, m, d := t.Date()
	dp := DayPlan{Date: time.Date(y, m, d, 0, 0, 0, 0, t.Location()), a: p.Agreement}
	dp.Period, dp.Holiday = HolidayAt(p.Holidays, t)
	noon := time.Date(y, m, d, 12, 0, 0, 0, t.Location())
	for _, w := range p.Agreement.Windows {
		if w.Start != w.End && w.Days[DayIndex(noon.Weekday())] && w.HoldsIn(dp.Holiday) {
			dp.Windows = append(dp.Windows, w)
		}
	}
	day := Day(t)
	for _, c := range p.Changes {
		if c.Day.Equal(day) {
			dp.Changes = append(dp.Changes, c)
		}
	}
	return dp
}

// Weekday is the date's day of the week, 0 = Monday.
func (d DayPlan) Weekday() int { return DayIndex(d.Date.Weekday()) }

// ChangesFor are the child's today-only changes dated that day.
func (d DayPlan) ChangesFor(child ID) []DayChange {
	var out []DayChange
	for _, c := range d.Changes {
		if c.ChildID == child {
			out = append(out, c)
		}
	}
	return out
}

// Limit is the child's screen time that day: the agreement's for the
// period, then no screens today, or more time today, on top.
func (d DayPlan) Limit(child ID) Limit {
	l := d.a.LimitOn(child, d.Weekday(), d.Holiday)
	extra, none := 0, false
	for _, c := range d.ChangesFor(child) {
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

// Agreed is the child's limit that day as the agreement alone sets it,
// before any today-only change.
func (d DayPlan) Agreed(child ID) Limit { return d.a.LimitOn(child, d.Weekday(), d.Holiday) }

// Times are the child's device-free times starting that day, in start
// order, with a later bedtime agreed for that evening applied: evening
// times start at the bedtime, or drop when it runs past their end.
// Times are wall-clock times in the date's location, so they keep their
// hours on the days the clocks change; one past midnight ends the next
// morning.
func (d DayPlan) Times(child ID) []Occurrence {
	y, m, day := d.Date.Date()
	loc := d.Date.Location()
	var out []Occurrence
	for _, w := range d.Windows {
		if !w.AppliesTo(child) {
			continue
		}
		endDay := day
		if w.CrossesMidnight() {
			endDay++
		}
		out = append(out, Occurrence{
			Label:  w.Label,
			Window: w,
			Start:  time.Date(y, m, day, w.Start/60, w.Start%60, 0, 0, loc),
			End:    time.Date(y, m, endDay, w.End/60, w.End%60, 0, 0, loc),
		})
	}
	out = laterBedtime(d.ChangesFor(child), out)
	slices.SortStableFunc(out, func(x, y Occurrence) int { return x.Start.Compare(y.Start) })
	return out
}

// Covers reports whether the plan sets anything for the child: a limit
// in either period or a device-free time.
func (p Plan) Covers(child ID) bool {
	a := p.Agreement
	return a.Limits[child] != (Week{}) || a.HolidayLimits[child] != (Week{}) ||
		slices.ContainsFunc(a.Windows, func(w Window) bool { return w.AppliesTo(child) })
}
