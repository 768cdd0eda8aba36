package sharing

import (
	"errors"
	"fmt"
	"testing"
	"time"

	"family-online-safety/data"
	"family-online-safety/data/datatest"
)

// saysDiffer reports whether r says the homes differ on something.
func saysDiffer(r Report) bool {
	for _, err := range r.Problems {
		if errors.Is(err, ErrDiffers) {
			return true
		}
	}
	return false
}

// editChild changes the child named name in s with edit.
func editChild(t *testing.T, s *data.Store, name string, edit func(*data.Child)) {
	t.Helper()
	kids, err := s.Children()
	datatest.Must(t, err)
	for _, k := range kids {
		if k.Name == name {
			edit(&k)
			datatest.Must(t, s.UpdateChild(k))
			return
		}
	}
	t.Fatalf("no %s", name)
}

// Two homes, three children. One home places Leo (9) with a social
// worker; the other keeps its own, and then the first keeps its own in
// turn. From the moment a home keeps its own, it says the homes differ,
// and keeps saying so; each home's edits of Leo's other details (notes,
// many times, in both homes) come in without either being asked about
// the placement again, and each keeps its own placement.
func TestAKeptPlacementIsNotAskedAgainAfterEditsAndTheDifferenceStaysSaid(t *testing.T) {
	t.Parallel()
	clock := day
	now := func() time.Time { return clock }
	dir := t.TempDir()
	a, b := datatest.Open(t, now), datatest.Open(t, now)
	threeChildren(t, a)
	homes := map[*data.Store]*Syncer{a: NewSyncer(a, dir, pass, "0.1.0").WithDebounce(0), b: NewSyncer(b, dir, pass, "0.1.0").WithDebounce(0)}
	step := func(s *data.Store) Report {
		clock = clock.Add(time.Minute)
		return homes[s].Step(clock)
	}
	keep := func(s *data.Store, r Report) Report {
		t.Helper()
		if r.Waiting == nil {
			t.Fatal("not asked about the placement")
		}
		choices := map[string]data.Resolution{}
		for _, c := range r.Waiting.Summary.Asks {
			choices[c.UID] = data.KeepMine
		}
		r = homes[s].Resolve(choices, clock)
		if !saysDiffer(r) {
			t.Fatalf("right after keeping its own, the home does not say the homes differ: %v", r.Problems)
		}
		return r
	}
	for range 2 {
		step(a)
		step(b)
	}
	editChild(t, a, "Leo", func(k *data.Child) {
		k.Placed, k.Placement = true, data.Placement{SocialWorker: "Sam Reid", SocialWorkerPhone: "01632 960555"}
	})
	step(a)
	keep(b, step(b))
	step(b)
	keep(a, step(a))
	step(a)
	for i := range 6 { // edits of Leo's notes, one home then the other
		edited, other := a, b
		if i%2 == 1 {
			edited, other = b, a
		}
		notes := fmt.Sprintf("Year 5, edit %d", i)
		editChild(t, edited, "Leo", func(k *data.Child) { k.Notes = notes })
		for round := range 3 {
			for _, s := range []*data.Store{edited, other, edited, other} {
				r := step(s)
				if r.Waiting != nil {
					t.Fatalf("edit %d, round %d: asked again: %+v", i, round, r.Waiting.Summary.Asks)
				}
				if !saysDiffer(r) {
					t.Fatalf("edit %d, round %d: a home no longer says the homes differ", i, round)
				}
			}
		}
		for _, s := range []*data.Store{a, b} {
			kids, _ := s.Children()
			for _, k := range kids {
				if k.Name == "Leo" && (k.Notes != notes || k.Placed != (s == a)) {
					t.Fatalf("edit %d: Leo in home %v: notes %q, placed %v", i, s == a, k.Notes, k.Placed)
				}
			}
		}
	}
	// Another question from the same home (a contact removed there)
	// waits: the difference is still said meanwhile.
	_, err := b.AddContact(data.Contact{Name: "Nain", Phone: "01632 960111"})
	datatest.Must(t, err)
	for range 2 {
		step(b)
		step(a)
	}
	cs, _ := b.Contacts()
	datatest.Must(t, b.DeleteContact(cs[0].ID))
	step(b)
	if r := step(a); r.Waiting == nil || !saysDiffer(r) {
		t.Fatalf("while the removal waits: asked %v, the homes said to differ %v", r.Waiting != nil, saysDiffer(r))
	}
}
