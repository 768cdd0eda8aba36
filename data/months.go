package data

import "time"

// AddMonths is the same day n months on, or the last day of that month
// when it is shorter: three months from 29 November is the last day of
// February, never 1 March (time.AddDate would roll over).
func AddMonths(t time.Time, n int) time.Time {
	y, m, d := t.Date()
	first := time.Date(y, m+time.Month(n), 1, t.Hour(), t.Minute(), t.Second(), t.Nanosecond(), t.Location())
	last := first.AddDate(0, 1, -1).Day()
	return first.AddDate(0, 0, min(d, last)-1)
}
