package data

import (
	"fmt"
	"slices"
	"strings"
	"time"
)

// Today-only changes (issue 16): a later bedtime tonight, more screen
// time today, no screens today. Each is for one child on one date, kept in
// the day_changes bucket under childKey (a change for all children is one
// record per child, so each child's history counts it). They never touch
// the agreement: StatusIn applies them on top of it, and they end by
// themselves (Ends). They are kept for a year (KeepChangesFor) as a
// history, then pruned when a new one is added.

// DayChangeKind is what a today-only change does.
type DayChangeKind string

// The kinds of today-only change.
const (
	ChangeBedtime DayChangeKind = "bedtime" // a later bedtime tonight
	ChangeExtra   DayChangeKind = "extra"   // more screen time today
	ChangeNone    DayChangeKind = "none"    // no screens today
)

// DayChangeKinds lists the kinds in the order the form offers them.
var DayChangeKinds = []DayChangeKind{ChangeBedtime, ChangeExtra, ChangeNone}

// Bounds of a today-only change.
const (
	MaxChangeAhead    = 60  // days ahead a change can be planned
	MaxExtraMinutes   = 360 // more screen time in one day
	KeepChangesFor    = 366 // days a change stays in the history
	HistoryDays       = 30  // days the history on screen looks back
	MorningEndsBefore = 12 * 60
)

// Fields of a today-only change.
const (
	FieldChangeKind    = "change.kind"
	FieldChangeDay     = "change.day"
	FieldChangeUntil   = "change.until"
	FieldChangeMinutes = "change.minutes"
	FieldChangeReason  = "change.reason"
	FieldChangeWho     = "change.who"
)

// DayChange is one today-only change for one child.
type DayChange struct {
	ID      ID            `json:"id"`
	ChildID ID            `json:"child_id"`
	Kind    DayChangeKind `json:"kind"`
	Day     time.Time     `json:"day"` // the date it is for (a Day value)
	// Until is a later bedtime, in minutes since midnight. A time before
	// noon is after midnight: the evening runs on into the next morning.
	Until   int    `json:"until,omitempty"`
	Minutes int    `json:"minutes,omitempty"` // more screen time
	Reason  string `json:"reason,omitempty"`
}

// Validate tidies and checks a new change; now bounds its date (today to
// MaxChangeAhead days ahead). It refuses with the first of its Problems.
func (c *DayChange) Validate(now time.Time) error {
	if p := c.Problems(now); len(p) > 0 {
		return p[0]
	}
	c.tidy()
	return nil
}

// Problems is every rule a new change breaks, at most one per field, in
// the order of the form's fields, so a form can say them all at once.
func (c DayChange) Problems(now time.Time) []error {
	out := c.shapeProblems()
	today := Day(now)
	if !c.Day.IsZero() && (c.Day.Before(today) || c.Day.After(today.AddDate(0, 0, MaxChangeAhead))) {
		out = append(out, outOfRange(FieldChangeDay, 0, MaxChangeAhead))
	}
	return out
}

// validShape checks a change whatever its date (one from the history of
// another home is in the past).
func (c *DayChange) validShape() error {
	if p := c.shapeProblems(); len(p) > 0 {
		return p[0]
	}
	c.tidy()
	return nil
}

func (c DayChange) shapeProblems() []error {
	var out []error
	if !slices.Contains(DayChangeKinds, c.Kind) {
		out = append(out, invalid(FieldChangeKind, RuleRequired))
	}
	switch {
	case c.Kind == ChangeBedtime && (c.Until < 0 || c.Until >= MinutesPerDay):
		out = append(out, outOfRange(FieldChangeUntil, 0, MinutesPerDay-1))
	case c.Kind == ChangeExtra && (c.Minutes < 1 || c.Minutes > MaxExtraMinutes):
		out = append(out, outOfRange(FieldChangeMinutes, 1, MaxExtraMinutes))
	}
	if c.Day.IsZero() {
		out = append(out, invalid(FieldChangeDay, RuleRequired))
	}
	if len([]rune(strings.TrimSpace(c.Reason))) > MaxItemLength {
		out = append(out, tooLong(FieldChangeReason, MaxItemLength))
	}
	return out
}

// tidy puts a valid change in its stored form.
func (c *DayChange) tidy() {
	c.Reason = strings.TrimSpace(c.Reason)
	c.Day = Day(c.Day)
	if c.Kind != ChangeBedtime {
		c.Until = 0
	}
	if c.Kind != ChangeExtra {
		c.Minutes = 0
	}
}

// Starts is midnight at the start of the change's date, in loc.
func (c DayChange) Starts(loc *time.Location) time.Time {
	return time.Date(c.Day.Year(), c.Day.Month(), c.Day.Day(), 0, 0, 0, 0, loc)
}

// Ends is when the change stops by itself: midnight after its date, or
// for a later bedtime the bedtime itself (the next morning when it is
// before noon).
func (c DayChange) Ends(loc *time.Location) time.Time {
	y, m, d := c.Day.Year(), c.Day.Month(), c.Day.Day()
	if c.Kind != ChangeBedtime {
		return time.Date(y, m, d+1, 0, 0, 0, 0, loc)
	}
	if c.Until < MorningEndsBefore {
		d++
	}
	return time.Date(y, m, d, c.Until/60, c.Until%60, 0, 0, loc)
}

// InForce reports whether the change holds at now.
func (c DayChange) InForce(now time.Time) bool {
	return !now.Before(c.Starts(now.Location())) && now.Before(c.Ends(now.Location()))
}

// AddDayChange saves the change for each of children (one record each)
// and prunes the history of changes older than KeepChangesFor days.
func (s *Store) AddDayChange(c DayChange, children []ID) ([]DayChange, error) {
	now := s.now()
	if err := c.Validate(now); err != nil {
		return nil, err
	}
	if len(children) == 0 {
		return nil, invalid(FieldChangeWho, RuleRequired)
	}
	var out []DayChange
	err := s.db.Update(func(tx txn) error {
		for _, child := range children {
			if err := requireChild(tx, child); err != nil {
				return err
			}
			id, err := nextID(tx, bucketDayChanges)
			if err != nil {
				return err
			}
			one := c
			one.ID, one.ChildID = id, child
			if err := put(tx, bucketDayChanges, childKey(child, id), one); err != nil {
				return err
			}
			out = append(out, one)
		}
		return pruneDayChanges(tx, Day(now).AddDate(0, 0, -KeepChangesFor))
	})
	return out, err
}

// DeleteDayChange takes a change back (entered by mistake).
func (s *Store) DeleteDayChange(child, id ID) error {
	return s.db.Update(func(tx txn) error {
		key := childKey(child, id)
		if tx.Bucket(bucketDayChanges).Get(key) == nil {
			return fmt.Errorf("today-only change %d: %w", id, ErrNotFound)
		}
		return del(tx, bucketDayChanges, key)
	})
}

// DayChanges returns a child's changes, the most recent date first.
func (s *Store) DayChanges(child ID) ([]DayChange, error) {
	var out []DayChange
	err := s.db.View(func(tx txn) (err error) {
		out, err = allForChild[DayChange](tx, bucketDayChanges, child)
		return err
	})
	slices.SortStableFunc(out, func(a, b DayChange) int { return b.Day.Compare(a.Day) })
	return out, err
}

// pruneDayChanges deletes the changes dated before cutoff.
func pruneDayChanges(tx txn, cutoff time.Time) error {
	old, err := all[DayChange](tx, bucketDayChanges)
	if err != nil {
		return err
	}
	for _, c := range old {
		if c.Day.Before(cutoff) {
			if err := del(tx, bucketDayChanges, childKey(c.ChildID, c.ID)); err != nil {
				return err
			}
		}
	}
	return nil
}

// ChangeCounts counts a child's changes of each kind dated in the
// HistoryDays days up to and including today: "3 late nights this month".
func ChangeCounts(changes []DayChange, now time.Time) map[DayChangeKind]int {
	out := map[DayChangeKind]int{}
	for _, c := range Recent(changes, now) {
		out[c.Kind]++
	}
	return out
}

// Recent are the changes dated in the last HistoryDays days, today
// included, in the order given.
func Recent(changes []DayChange, now time.Time) []DayChange {
	today := Day(now)
	from := today.AddDate(0, 0, -(HistoryDays - 1))
	var out []DayChange
	for _, c := range changes {
		if !c.Day.Before(from) && !c.Day.After(today) {
			out = append(out, c)
		}
	}
	return out
}
