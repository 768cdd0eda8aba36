package data

import "time"

// NextChange is the next moment after now at which what StatusIn says
// for the child can change by itself, with no one touching anything: the
// end of the device-free time in force, the start of the next one, the
// start or end of a today-only change, or else midnight (a new day, its
// own limit, perhaps a birthday).
func NextChange(p Plan, child ID, now time.Time) time.Time {
	next := time.Date(now.Year(), now.Month(), now.Day()+1, 0, 0, 0, 0, now.Location())
	sooner := func(t time.Time) {
		if t.After(now) && t.Before(next) {
			next = t
		}
	}
	st := StatusIn(p, child, now)
	sooner(st.FreeUntil)
	if st.Next != nil {
		sooner(st.Next.Start)
	}
	for _, c := range p.Changes {
		if c.ChildID == child {
			sooner(c.Starts(now.Location()))
			sooner(c.Ends(now.Location()))
		}
	}
	return next
}
