package data

import (
	"fmt"
	"slices"
	"strings"
	"time"
)

// The family's school holidays. Dates differ by school and
// council, so there is no built-in calendar: the family types its own.
// They live in the holidays bucket, one record per period, apart from the
// agreement: changing a date never unsigns it. What differs in the
// holidays (limits, device-free times) is part of the agreement
// (agreement_holidays.go).

// Bounds on the holiday periods: a year or two of school holidays, each
// at most a long summer.
const (
	MaxHolidays      = 40
	MaxHolidayLength = 100 // days, first and last included
)

// Fields of a holiday period.
const (
	FieldHolidayName  = "holiday.name"
	FieldHolidayFirst = "holiday.first"
	FieldHolidayLast  = "holiday.last"
	FieldHolidays     = "holidays"
)

// Holiday is one holiday period: from First to Last, both whole days
// (kept as Day values: midnight UTC of the date).
type Holiday struct {
	ID    ID        `json:"id"`
	Name  string    `json:"name,omitempty"` // optional: "Half term"
	First time.Time `json:"first"`
	Last  time.Time `json:"last"`
}

// Validate tidies and checks a holiday period before it is saved: the
// first of its Problems.
func (h *Holiday) Validate() error {
	h.Name = strings.TrimSpace(h.Name)
	if p := h.Problems(); len(p) > 0 {
		return p[0]
	}
	h.First, h.Last = Day(h.First), Day(h.Last)
	return nil
}

// Problems is every rule the period breaks, at most one per field (name,
// first day, last day), so a form can say them all at once.
func (h Holiday) Problems() []error {
	var out []error
	if len([]rune(strings.TrimSpace(h.Name))) > MaxLabelLength {
		out = append(out, tooLong(FieldHolidayName, MaxLabelLength))
	}
	if h.First.IsZero() {
		out = append(out, invalid(FieldHolidayFirst, RuleRequired))
	}
	first, last := Day(h.First), Day(h.Last)
	d := Holiday{First: first, Last: last}
	switch {
	case h.Last.IsZero():
		out = append(out, invalid(FieldHolidayLast, RuleRequired))
	case h.First.IsZero():
	case last.Before(first):
		out = append(out, invalid(FieldHolidayLast, RuleOrder))
	case d.Days() > MaxHolidayLength:
		out = append(out, outOfRange(FieldHolidayLast, 1, MaxHolidayLength))
	}
	return out
}

// Days is how many days the period has, first and last included.
func (h Holiday) Days() int {
	return int(h.Last.Sub(h.First).Hours()/24+0.5) + 1
}

// Covers reports whether the date of t (in t's own time zone) is in the
// period: from midnight of the first day to midnight after the last.
func (h Holiday) Covers(t time.Time) bool {
	d := Day(t)
	return !d.Before(h.First) && !d.After(h.Last)
}

// InHolidays reports whether the date of t falls in one of the periods.
func InHolidays(hols []Holiday, t time.Time) bool {
	return slices.ContainsFunc(hols, func(h Holiday) bool { return h.Covers(t) })
}

// HolidayAt is the holiday covering t's date, if any, as a parent reads
// it: the whole run of overlapping or back-to-back periods around the
// date, so "until" is the last holiday day before term starts again. The
// run keeps the name of the period covering the date (the earliest to
// start, when several do) and the id of the run's earliest period, so a
// calendar names one run once. Periods saved here never overlap
// (AddHoliday refuses it), but a file from an older version may hold some.
func HolidayAt(hols []Holiday, t time.Time) (Holiday, bool) {
	sorted := slices.Clone(hols)
	sortHolidays(sorted)
	i := slices.IndexFunc(sorted, func(h Holiday) bool { return h.Covers(t) })
	if i < 0 {
		return Holiday{}, false
	}
	run := sorted[i]
	for grew := true; grew; {
		grew = false
		for _, h := range sorted {
			if !touches(run, h) || (!h.First.Before(run.First) && !h.Last.After(run.Last)) {
				continue
			}
			if h.First.Before(run.First) {
				run.First, run.ID = h.First, h.ID
			}
			if h.Last.After(run.Last) {
				run.Last = h.Last
			}
			grew = true
		}
	}
	return run, true
}

// touches reports whether two periods share a day or one ends the day
// before the other starts.
func touches(a, b Holiday) bool {
	return !b.First.After(a.Last.AddDate(0, 0, 1)) && !b.Last.Before(a.First.AddDate(0, 0, -1))
}

// overlaps reports whether two periods share a day.
func overlaps(a, b Holiday) bool {
	return !b.First.After(a.Last) && !b.Last.Before(a.First)
}

// OverlapError is the reason a period is refused when it shares days
// with another saved one: Other is that period, to name it on the form.
type OverlapError struct{ Other Holiday }

func (e *OverlapError) Error() string {
	return fmt.Sprintf("overlaps the holiday %q (%s to %s)", e.Other.Name, e.Other.First.Format(time.DateOnly), e.Other.Last.Format(time.DateOnly))
}

// checkOverlap refuses h when it shares a day with another saved period.
func checkOverlap(tx txn, h Holiday) error {
	saved, err := all[Holiday](tx, bucketHolidays)
	if err != nil {
		return err
	}
	sortHolidays(saved)
	for _, o := range saved {
		if o.ID != h.ID && overlaps(h, o) {
			return &FieldError{Field: FieldHolidayFirst, Rule: RuleOverlap, Reason: &OverlapError{Other: o}}
		}
	}
	return nil
}

// Holidays returns the holiday periods, earliest first.
func (s *Store) Holidays() ([]Holiday, error) {
	var out []Holiday
	err := s.db.View(func(tx txn) (err error) {
		out, err = all[Holiday](tx, bucketHolidays)
		return err
	})
	sortHolidays(out)
	return out, err
}

func sortHolidays(hols []Holiday) {
	slices.SortStableFunc(hols, func(a, b Holiday) int { return a.First.Compare(b.First) })
}

// AddHoliday saves a new holiday period and returns it with its id.
func (s *Store) AddHoliday(h Holiday) (Holiday, error) {
	if err := h.Validate(); err != nil {
		return Holiday{}, err
	}
	err := s.db.Update(func(tx txn) error {
		if n := countRecords(tx, bucketHolidays); n >= MaxHolidays {
			return full(FieldHolidays, MaxHolidays)
		}
		if err := checkOverlap(tx, h); err != nil {
			return err
		}
		id, err := nextID(tx, bucketHolidays)
		if err != nil {
			return err
		}
		h.ID = id
		return put(tx, bucketHolidays, id.key(), h)
	})
	return h, err
}

// UpdateHoliday replaces a saved holiday period.
func (s *Store) UpdateHoliday(h Holiday) error {
	if err := h.Validate(); err != nil {
		return err
	}
	return s.db.Update(func(tx txn) error {
		if tx.Bucket(bucketHolidays).Get(h.ID.key()) == nil {
			return fmt.Errorf("holiday %d: %w", h.ID, ErrNotFound)
		}
		if err := checkOverlap(tx, h); err != nil {
			return err
		}
		return put(tx, bucketHolidays, h.ID.key(), h)
	})
}

// DeleteHoliday removes a holiday period.
func (s *Store) DeleteHoliday(id ID) error {
	return s.db.Update(func(tx txn) error {
		if tx.Bucket(bucketHolidays).Get(id.key()) == nil {
			return fmt.Errorf("holiday %d: %w", id, ErrNotFound)
		}
		return del(tx, bucketHolidays, id.key())
	})
}

func countRecords(tx txn, bucket []byte) int {
	n := 0
	_ = tx.Bucket(bucket).ForEach(func(_, _ []byte) error { n++; return nil })
	return n
}
