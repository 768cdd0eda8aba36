package sharing

import (
	"fmt"
	"testing"
	"time"

	"family-online-safety/data"
	"family-online-safety/data/datatest"
)

// B removes the second of three house rules; A keeps it; B, asked,
// takes it back. It comes back in its place, so both homes (three
// children) hold the rules in one order: "put the most important first"
// means the same on both printed agreements.
func TestARuleTakenBackKeepsItsPlace(t *testing.T) {
	t.Parallel()
	clock := day
	now := func() time.Time { return clock }
	tick := func() time.Time { clock = clock.Add(time.Minute); return clock }
	dir := t.TempDir()
	a, b := newHome(t, "A", dir, now), newHome(t, "B", dir, now)
	threeChildren(t, a.store)
	for _, r := range []string{"Phones charge downstairs at night", "No screens before school", "Ask before new apps"} {
		_, err := a.store.AddItem(data.ListRules, r)
		datatest.Must(t, err)
	}
	for range 3 {
		a.sync.Step(tick())
		b.sync.Step(tick())
	}
	ab, err := b.store.Agreement()
	datatest.Must(t, err)
	datatest.Must(t, b.store.DeleteItem(data.ListRules, ab.Rules[1].ID))
	b.sync.Step(tick())
	r := a.sync.Step(tick())
	if r.Waiting == nil {
		t.Fatal("the removal did not wait in A")
	}
	a.sync.Resolve(yesTo(r.Waiting.Summary, data.KeepMine), tick())
	a.sync.Step(tick())
	r = b.sync.Step(tick())
	if r.Waiting == nil {
		t.Fatal("B is not asked whether to take the rule back")
	}
	b.sync.Resolve(yesTo(r.Waiting.Summary, data.TakeTheirs), tick())
	for range 3 {
		a.sync.Step(tick())
		b.sync.Step(tick())
	}
	ga, gb := houseRules(t, a.store), houseRules(t, b.store)
	if fmt.Sprint(ga) != fmt.Sprint(gb) || len(ga) != 3 {
		t.Fatalf("A holds %q, B %q: want the three rules in one order", ga, gb)
	}
}
