package sharing

import (
	"errors"
	"fmt"
	"testing"
	"time"

	"family-online-safety/data"
	"family-online-safety/data/datatest"
)

// threeChildren adds Maya (14), Leo (9) and Ava (5) to s.
func threeChildren(t *testing.T, s *data.Store) []data.Child {
	t.Helper()
	var kids []data.Child
	for _, c := range []data.Child{{Name: "Maya", BirthYear: 2012, BirthMonth: 4},
		{Name: "Leo", BirthYear: 2017, BirthMonth: 9}, {Name: "Ava", BirthYear: 2021, BirthMonth: 1}} {
		kid, err := s.AddChild(c)
		if err != nil {
			t.Fatal(err)
		}
		kids = append(kids, kid)
	}
	return kids
}

func addContacts(t *testing.T, s *data.Store, prefix string, n int) {
	t.Helper()
	for i := range n {
		if _, err := s.AddContact(data.Contact{Name: fmt.Sprintf("%s %d", prefix, i), Role: data.RoleSchool, Phone: "01632 960000"}); err != nil {
			t.Fatal(err)
		}
	}
}

func contactCount(t *testing.T, s *data.Store) int {
	t.Helper()
	cs, err := s.Contacts()
	if err != nil {
		t.Fatal(err)
	}
	return len(cs)
}

func hasChildNamed(t *testing.T, s *data.Store, name string) bool {
	t.Helper()
	kids, err := s.Children()
	if err != nil {
		t.Fatal(err)
	}
	for _, k := range kids {
		if k.Name == name {
			return true
		}
	}
	return false
}

// Two other "homes" on the shared folder, each under the cap alone, add
// more contacts than a family keeps, and the carer takes them in (each
// file's flood is asked about first): counted after the merge, this home
// never holds more than the cap, says what it left out, and a home that
// took in too much before the caps still exchanges every change with the
// other.
func TestNewRecordsFromOutsideStopAtWhatAFamilyNeeds(t *testing.T) {
	t.Parallel()
	clock := day
	now := func() time.Time { return clock }
	dir := t.TempDir()
	a, b := datatest.Open(t, now), datatest.Open(t, now)
	kids := threeChildren(t, a)
	addContacts(t, a, "Family", 3)
	homes := map[*data.Store]*Syncer{a: NewSyncer(a, dir, pass, "0.1.0"), b: NewSyncer(b, dir, pass, "0.1.0")}
	round := func(order ...*data.Store) map[*data.Store]Report {
		out := map[*data.Store]Report{}
		for range 3 {
			clock = clock.Add(time.Minute)
			for _, s := range order {
				r := homes[s].Step(clock)
				for r.Waiting != nil { // the carer takes each flood in: the caps still hold
					r = homes[s].Resolve(yesTo(r.Waiting.Summary, data.TakeTheirs), clock)
				}
				out[s] = r
			}
		}
		return out
	}
	round(a, b)
	for i, name := range []string{"Hostile one", "Hostile two"} {
		h := datatest.Open(t, now)
		homes[h] = NewSyncer(h, dir, pass, "0.1.0")
		round(h)
		addContacts(t, h, name, data.HomeCaps["contacts"]-100+i) // each under the cap
		round(h)
	}
	r := round(b)[b]
	if n := contactCount(t, b); n > data.HomeCaps["contacts"] {
		t.Fatalf("this home took in %d contacts, more than the %d a family keeps", n, data.HomeCaps["contacts"])
	}
	leftOut := 0
	for _, err := range r.Problems {
		if errors.Is(err, ErrLeftOut) {
			leftOut++
		}
	}
	if leftOut == 0 {
		t.Errorf("nothing says the contacts were left out: %v", r.Problems)
	}
	// A home that holds more than the cap (before the caps) still
	// exchanges changes both ways.
	addContacts(t, b, "Old", 150)
	datatest.Must(t, a.UpdateChild(renamed(kids[1], "Leon")))
	round(a, b)
	if !hasChildNamed(t, b, "Leon") {
		t.Error("the full home did not take in the other's change")
	}
	bk, err := b.Children()
	datatest.Must(t, err)
	for _, k := range bk {
		if k.Name == "Ava" {
			datatest.Must(t, b.UpdateChild(renamed(k, "Ava-Rose")))
		}
	}
	r = round(b, a)[a]
	if !hasChildNamed(t, a, "Ava-Rose") {
		t.Errorf("the other home did not take in the full home's change: problems %v", r.Problems)
	}
	if n := contactCount(t, a); n > data.HomeCaps["contacts"] {
		t.Errorf("the other home now holds %d contacts", n)
	}
}

func renamed(c data.Child, name string) data.Child { c.Name = name; return c }
