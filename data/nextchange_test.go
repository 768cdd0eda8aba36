package data

import (
	"math/rand/v2"
	"reflect"
	"testing"
	"time"
)

// Between now and NextChange nothing StatusIn says changes, for three
// children with different device-free times and today-only changes, at
// random moments over a fortnight; and at NextChange something does (or
// it is midnight).
func TestNextChangeIsWhenTheStatusChanges(t *testing.T) {
	t.Parallel()
	loc := time.UTC
	a := Agreement{Windows: []Window{
		{ID: 1, Label: "Bedtime", Days: EveryDay, Start: 21*60 + 30, End: 7 * 60, Children: []ID{1}},
		{ID: 2, Label: "Homework", Days: Days{true, true, true, true, true}, Start: 16*60 + 30, End: 17*60 + 30, Everyone: true},
		{ID: 3, Label: "Dinner", Days: EveryDay, Start: 18 * 60, End: 18*60 + 45, Children: []ID{2}},
	}}
	day := time.Date(2026, 12, 7, 0, 0, 0, 0, loc)
	p := NewPlan(a, nil, []DayChange{
		{ChildID: 1, Kind: ChangeBedtime, Day: day, Until: 23 * 60},
		{ChildID: 2, Kind: ChangeExtra, Day: day.AddDate(0, 0, 1), Minutes: 30},
	})
	r := rand.New(rand.NewPCG(7, 24))
	for range 300 {
		child := ID(1 + r.IntN(3))
		now := day.Add(time.Duration(r.IntN(14*24*60)) * time.Minute).Add(time.Duration(r.IntN(60)) * time.Second)
		next := NextChange(p, child, now)
		if !next.After(now) || next.Sub(now) > 24*time.Hour {
			t.Fatalf("child %d at %v: next change %v", child, now, next)
		}
		st := StatusIn(p, child, now)
		for u := now.Add(time.Minute); u.Before(next); u = u.Add(7 * time.Minute) {
			if !reflect.DeepEqual(st, StatusIn(p, child, u)) {
				t.Fatalf("child %d: the status at %v changed before the next change %v (from %v)", child, u, next, now)
			}
		}
		midnight := next.Hour() == 0 && next.Minute() == 0
		if !midnight && reflect.DeepEqual(st, StatusIn(p, child, next)) {
			t.Fatalf("child %d at %v: nothing changes at %v", child, now, next)
		}
	}
}
