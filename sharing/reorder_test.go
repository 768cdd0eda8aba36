package sharing

import (
	"errors"
	"fmt"
	"slices"
	"testing"
	"time"

	"family-online-safety/data"
	"family-online-safety/data/datatest"
)

// twoHomesWithRules are two homes on one shared folder (three children)
// holding the same three house rules, and the clock both move forward.
func twoHomesWithRules(t *testing.T) (a, b *home, tick func() time.Time) {
	t.Helper()
	clock := day
	now := func() time.Time { return clock }
	tick = func() time.Time { clock = clock.Add(time.Minute); return clock }
	dir := t.TempDir()
	a, b = newHome(t, "A", dir, now), newHome(t, "B", dir, now)
	threeChildren(t, a.store)
	for _, r := range []string{"Phones charge downstairs at night", "No screens before school", "Ask before new apps"} {
		_, err := a.store.AddItem(data.ListRules, r)
		datatest.Must(t, err)
	}
	for range 3 {
		a.sync.Step(tick())
		b.sync.Step(tick())
	}
	return a, b, tick
}

// moveRule moves the rule with words text by delta in home h.
func moveRule(t *testing.T, h *home, text string, delta int) {
	t.Helper()
	ag, err := h.store.Agreement()
	datatest.Must(t, err)
	i := slices.IndexFunc(ag.Rules, func(it data.Item) bool { return it.Text == text })
	if i < 0 {
		t.Fatalf("%s has no rule %q", h.name, text)
	}
	datatest.Must(t, h.store.MoveItem(data.ListRules, ag.Rules[i].ID, delta))
}

// stepBoth steps A then B n times; any question fails the test.
func stepBoth(t *testing.T, n int, tick func() time.Time, homes ...*home) {
	t.Helper()
	for range n {
		for _, h := range homes {
			if r := h.sync.Step(tick()); r.Waiting != nil {
				t.Fatalf("%s asked %+v", h.name, r.Waiting.Summary)
			}
		}
	}
}

// A rule moved up in one home is moved in the other, asking nothing,
// while a rule added in the other home at the same time keeps its place:
// both homes end with one order.
func TestARuleMovedInOneHomeMovesInTheOther(t *testing.T) {
	t.Parallel()
	a, b, tick := twoHomesWithRules(t)
	moveRule(t, b, "Ask before new apps", -1)
	_, err := a.store.AddItem(data.ListRules, "Games end at 8pm")
	datatest.Must(t, err)
	stepBoth(t, 4, tick, a, b)
	want := []string{"Phones charge downstairs at night", "Ask before new apps", "No screens before school", "Games end at 8pm"}
	for _, h := range []*home{a, b} {
		if got := houseRules(t, h.store); !slices.Equal(got, want) {
			t.Fatalf("%s holds %q, want %q", h.name, got, want)
		}
	}
}

// A rule removed in one home while the other put the rules in a new
// order: the removal is asked about and taken, the new order kept, and
// no rule is lost or twice.
func TestARuleRemovedWhileTheOtherHomeReorders(t *testing.T) {
	t.Parallel()
	a, b, tick := twoHomesWithRules(t)
	moveRule(t, b, "Ask before new apps", -2)
	ag, err := a.store.Agreement()
	datatest.Must(t, err)
	datatest.Must(t, a.store.DeleteItem(data.ListRules, ag.Rules[1].ID)) // No screens before school
	a.sync.Step(tick())
	r := b.sync.Step(tick())
	if r.Waiting == nil {
		t.Fatal("the removal did not wait in B")
	}
	b.sync.Resolve(yesTo(r.Waiting.Summary, data.TakeTheirs), tick())
	stepBoth(t, 3, tick, a, b)
	want := []string{"Ask before new apps", "Phones charge downstairs at night"}
	for _, h := range []*home{a, b} {
		if got := houseRules(t, h.store); !slices.Equal(got, want) {
			t.Fatalf("%s holds %q, want %q", h.name, got, want)
		}
	}
}

// orderQuestion is the question about the house rules' order in r (it
// fails the test unless there is exactly one, with both orders).
func orderQuestion(t *testing.T, h *home, r Report) data.ItemConflict {
	t.Helper()
	if r.Waiting == nil {
		t.Fatalf("%s is not asked about the order", h.name)
	}
	var found []data.ItemConflict
	for _, c := range r.Waiting.Summary.Conflicts {
		for _, it := range c.Items {
			if it.Order {
				found = append(found, it)
			}
		}
	}
	if len(found) != 1 || found[0].List != data.ListRules || found[0].Mine == found[0].Theirs {
		t.Fatalf("%s is asked %+v, want one question with both orders", h.name, found)
	}
	return found[0]
}

// The rules put in a different order in each home: one question, with
// both orders; the answer (keep this computer's, the default) stands in
// both homes, and the other home is not asked.
func TestRulesReorderedInBothHomesAreOneQuestion(t *testing.T) {
	t.Parallel()
	a, b, tick := twoHomesWithRules(t)
	moveRule(t, a, "No screens before school", -1)
	moveRule(t, b, "Ask before new apps", -1)
	b.sync.Step(tick())
	r := a.sync.Step(tick())
	q := orderQuestion(t, a, r)
	if want := "1. No screens before school\n2. Phones charge downstairs at night\n3. Ask before new apps"; q.Mine != want {
		t.Fatalf("this computer's order is shown as %q, want %q", q.Mine, want)
	}
	a.sync.Resolve(map[string]data.Resolution{q.Key: data.KeepMine}, tick())
	stepBoth(t, 4, tick, a, b)
	want := []string{"No screens before school", "Phones charge downstairs at night", "Ask before new apps"}
	for _, h := range []*home{a, b} {
		if got := houseRules(t, h.store); !slices.Equal(got, want) {
			t.Fatalf("%s holds %q, want %q", h.name, got, want)
		}
	}
}

// Both homes asked at once, each keeping its own order: they keep their
// own, each says once that the order differs, and neither is asked again.
func TestRulesKeptInTheirOwnOrderInBothHomesDiffer(t *testing.T) {
	t.Parallel()
	a, b, tick := twoHomesWithRules(t)
	moveRule(t, a, "No screens before school", -1)
	moveRule(t, b, "Ask before new apps", -1)
	a.sync.Step(tick())
	rb := b.sync.Step(tick())
	ra := a.sync.Step(tick())
	qa, qb := orderQuestion(t, a, ra), orderQuestion(t, b, rb)
	a.sync.Resolve(map[string]data.Resolution{qa.Key: data.KeepMine}, tick())
	b.sync.Resolve(map[string]data.Resolution{qb.Key: data.KeepMine}, tick())
	said := map[string]int{}
	for range 4 {
		for _, h := range []*home{a, b} {
			r := h.sync.Step(tick())
			if r.Waiting != nil {
				t.Fatalf("%s asked again: %+v", h.name, r.Waiting.Summary)
			}
			for _, err := range r.Problems {
				var d *DiffersError
				if !errors.As(err, &d) {
					t.Fatalf("%s: %v", h.name, err)
				}
				for _, c := range d.Changes {
					for _, it := range c.Differing {
						said[fmt.Sprintf("%s %v %s", h.name, it.Order, it.List)]++
					}
				}
			}
		}
	}
	if said["A true rules"] == 0 || said["B true rules"] == 0 || len(said) != 2 {
		t.Fatalf("the homes say they differ on %v, want the house rules' order in both", said)
	}
	if ga, gb := houseRules(t, a.store), houseRules(t, b.store); slices.Equal(ga, gb) {
		t.Fatalf("both hold %q: each kept its own order", ga)
	}
}
