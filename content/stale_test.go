package content

import (
	"testing"
	"time"
)

// Advice checked in November 2026 is current for twelve months and says
// it may be out of date from December 2027.
func TestCheckedStaleOn(t *testing.T) {
	t.Parallel()
	c := Checked("2026-11")
	for _, tt := range []struct {
		day  time.Time
		want bool
	}{
		{time.Date(2026, 12, 7, 0, 0, 0, 0, time.UTC), false},
		{time.Date(2027, 11, 30, 23, 0, 0, 0, time.UTC), false},
		{time.Date(2027, 12, 1, 0, 0, 0, 0, time.UTC), true},
		{time.Date(2030, 1, 1, 0, 0, 0, 0, time.UTC), true},
	} {
		if got := c.StaleOn(tt.day); got != tt.want {
			t.Errorf("checked %s, on %s: stale %v, want %v", c, tt.day.Format(time.DateOnly), got, tt.want)
		}
	}
	if Checked("").StaleOn(time.Date(2040, 1, 1, 0, 0, 0, 0, time.UTC)) {
		t.Error("an item with no check date reads as stale")
	}
	// Every built-in check date is a month, so none slips past the rule.
	var all []Source
	for _, c := range AllContacts() {
		all = append(all, c.Source)
	}
	for _, a := range Apps {
		all = append(all, a.Source)
	}
	for _, g := range Guide {
		all = append(all, g.SourcesIn(RegionUK)...)
	}
	for _, s := range all {
		if _, ok := s.Checked.Month(); !ok {
			t.Errorf("%s: checked %q is not a year and month", s.Name, s.Checked)
		}
	}
}
