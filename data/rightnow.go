package data

import (
	"slices"
	"time"
)

// What the agreement says for one child at one moment. A pure function of
// the agreement, the child and the time, so it can be tested with any
// clock and time zone.

// Occurrence is a device-free time on one particular day.
type Occurrence struct {
	Label string
	Start time.Time
	End   time.Time
}

// Status is what is in force for a child at a moment.
type Status struct {
	// HasPlan is false when the agreement sets no limit and no
	// device-free time for the child.
	HasPlan bool
	// Today is the child's screen-time limit for the day of the moment.
	Today Limit
	// FreeUntil is when the device-free time in force ends: the end of
	// all the windows that run on from each other. Zero when none is in
	// force.
	FreeUntil time.Time
	// FreeLabels name the windows in force (or joined on), in start order.
	FreeLabels []string
	// Next is the next device-free time starting after FreeUntil, or
	// after the moment when none is in force; nil when there is none in
	// the coming week.
	Next *Occurrence
	// ReviewDue is true once the agreement's review day has come.
	ReviewDue bool
	// Holiday is true when the moment's date is in a holiday period.
	Holiday bool
	// Changes are the today-only changes in force, in date order.
	Changes []DayChange
}

// Free reports whether a device-free time is in force.
func (s Status) Free() bool { return !s.FreeUntil.IsZero() }

// lookAhead is how many days ahead Next is searched: a week and a day, so
// a window on one day of the week is always found.
const lookAhead = 8

// StatusAt works out what the agreement alone says for child at now.
func StatusAt(a Agreement, child ID, now time.Time) Status {
	return StatusIn(a, Extras{}, child, now)
}

// StatusIn works out what the agreement says for child at now, in the
// period in force (term time or holidays, day by day) and with the
// child's today-only changes. Times are wall-clock times in now's
// location, so windows keep their hours on the days the clocks change.
// A device-free time belongs to the day it starts: a term-time bedtime on
// the last evening of term still ends the next morning.
func StatusIn(a Agreement, ex Extras, child ID, now time.Time) Status {
	st := Status{
		Today:     ex.today(a, child, now),
		ReviewDue: a.ReviewDue(now),
		Holiday:   ex.holiday(now),
		Changes:   ex.inForce(child, now),
	}
	var occ []Occurrence
	for _, w := range a.Windows {
		if !w.AppliesTo(child) {
			continue
		}
		st.HasPlan = true
		occ = append(occ, occurrences(w, now, -1, lookAhead, ex.holiday)...)
	}
	if a.Limits[child] != (Week{}) || a.HolidayLimits[child] != (Week{}) || len(st.Changes) > 0 {
		st.HasPlan = true
	}
	occ = ex.later(child, occ)
	slices.SortStableFunc(occ, func(x, y Occurrence) int { return x.Start.Compare(y.Start) })
	st.FreeUntil, st.FreeLabels = freeUntil(occ, now)

	from := now
	if !st.FreeUntil.IsZero() {
		from = st.FreeUntil
	}
	for _, o := range occ {
		if o.Start.After(from) {
			st.Next = &o
			break
		}
	}
	return st
}

// freeUntil finds the device-free time in force at now, from sorted
// occurrences: every occurrence around now, then any that start before
// the free time ends and run on past it. It returns when that time ends
// (zero when none is in force) and the names of the windows in it.
func freeUntil(occ []Occurrence, now time.Time) (until time.Time, labels []string) {
	addLabel := func(l string) {
		if !slices.Contains(labels, l) {
			labels = append(labels, l)
		}
	}
	for _, o := range occ {
		if !o.Start.After(now) && o.End.After(now) {
			addLabel(o.Label)
			if o.End.After(until) {
				until = o.End
			}
		}
	}
	for grew := !until.IsZero(); grew; {
		grew = false
		for _, o := range occ {
			if !o.Start.After(until) && o.End.After(until) {
				until = o.End
				addLabel(o.Label)
				grew = true
			}
		}
	}
	return until, labels
}

// occurrences lists a window's times that start on the days from first to
// last days after now's date, on days holiday says are in its period.
func occurrences(w Window, now time.Time, first, last int, holiday func(time.Time) bool) []Occurrence {
	if w.Start == w.End {
		return nil
	}
	y, m, d := now.Date()
	loc := now.Location()
	var out []Occurrence
	for off := first; off <= last; off++ {
		day := time.Date(y, m, d+off, 12, 0, 0, 0, loc) // noon: never skipped by a clock change
		if !w.Days[DayIndex(day.Weekday())] || !w.HoldsIn(holiday(day)) {
			continue
		}
		endDay := d + off
		if w.CrossesMidnight() {
			endDay++
		}
		out = append(out, Occurrence{
			Label: w.Label,
			Start: time.Date(y, m, d+off, w.Start/60, w.Start%60, 0, 0, loc),
			End:   time.Date(y, m, endDay, w.End/60, w.End%60, 0, 0, loc),
		})
	}
	return out
}
