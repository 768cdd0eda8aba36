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
	Label  string
	Window Window // the device-free time it is of
	Start  time.Time
	End    time.Time
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
	return StatusIn(NewPlan(a, nil, nil), child, now)
}

// StatusIn works out what the plan says for child at now, from what it
// puts in force on each day around now (InForce): the period in force
// (term time or holidays, day by day) and the child's today-only
// changes. A device-free time belongs to the day it starts: a term-time
// bedtime on the last evening of term still ends the next morning, and a
// later bedtime agreed for yesterday evening still holds after midnight.
func StatusIn(p Plan, child ID, now time.Time) Status {
	today := InForce(p, now)
	st := Status{
		Today:     today.Limit(child),
		ReviewDue: p.Agreement.ReviewDue(now),
		Holiday:   today.Holiday,
		HasPlan:   p.Covers(child),
	}
	var occ []Occurrence
	for off := -1; off <= lookAhead; off++ {
		y, m, d := now.Date()
		day := InForce(p, time.Date(y, m, d+off, 12, 0, 0, 0, now.Location())) // noon: never skipped by a clock change
		occ = append(occ, day.Times(child)...)
		if off <= 0 {
			for _, c := range day.ChangesFor(child) {
				if c.InForce(now) {
					st.Changes = append(st.Changes, c)
				}
			}
		}
	}
	st.HasPlan = st.HasPlan || len(st.Changes) > 0
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
