package data

import "time"

// A flood cannot come in a few at a time. The new records of each kind
// taken in from outside (shared files, by folder or by hand) are counted
// per day, all files together, and kept (sealed in meta); a file whose
// new records would bring the day's count past BulkAdds asks first, as a
// flood in one file does (askBulk). A file rewritten every few seconds
// with 19 more contacts each time, or many files with 19 each, so asks
// once the day's 20 are used; the real other home's few new records a
// day still come in unasked.

var keyOutsideAdds = []byte("outside_adds")

// outsideAdds are the new records taken in from outside on Day, by kind.
type outsideAdds struct {
	Day    string         `json:"day"`
	Counts map[string]int `json:"counts"`
}

func dayOf(t time.Time) string { return t.Format(time.DateOnly) }

// addedToday is how many new records of each kind were taken in from
// outside on now's day.
func addedToday(tx txn, now time.Time) map[string]int {
	var a outsideAdds
	if get(tx, bucketMeta, keyOutsideAdds, &a) != nil || a.Day != dayOf(now) || a.Counts == nil {
		return map[string]int{}
	}
	return a.Counts
}

// countAdded adds the new records plan takes in to now's day's counts.
func countAdded(tx txn, plan []Change, now time.Time) error {
	n := map[string]int{}
	for _, c := range plan {
		if newRecord(c) && BulkAdds[c.Section] > 0 {
			n[c.Section]++
		}
	}
	if len(n) == 0 {
		return nil
	}
	counts := addedToday(tx, now)
	for s, k := range n {
		counts[s] += k
	}
	return put(tx, bucketMeta, keyOutsideAdds, outsideAdds{Day: dayOf(now), Counts: counts})
}
