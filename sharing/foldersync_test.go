package sharing

import (
	"cmp"
	"errors"
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"family-online-safety/data"
	"family-online-safety/data/datatest"
)

// home is one computer of the property test: its store, its syncer on
// the shared folder, and a clock both homes move forward.
type home struct {
	name  string
	store *data.Store
	sync  *Syncer
	// differs are the records both homes kept their own version of, of a
	// change that waits for a yes: there the homes may differ (said in
	// the status, as ErrDiffers), nowhere else.
	differs map[string]bool
}

// problems are r's problems but the homes' differing on records both
// kept their own of, which h notes.
func (h *home) problems(r Report) map[string]error {
	out := map[string]error{}
	for name, err := range r.Problems {
		var d *DiffersError
		if !errors.As(err, &d) {
			out[name] = err
			continue
		}
		for _, c := range d.Changes {
			h.differs[c.UID] = c.Section != "agreement" // (the agreement differs item by item)
			for _, it := range c.Differing {
				h.differs["item:"+cmp.Or(it.Place, it.Mine, it.Theirs)] = true
			}
		}
	}
	return out
}

// agreeing is the live records of homes' families but those they differ on.
func agreeing(t *testing.T, s *data.Store, homes ...*home) []string {
	return slices.DeleteFunc(alive(t, s), func(v string) bool {
		_, rest, _ := strings.Cut(v, " ")
		uid, _, _ := strings.Cut(rest, " ")
		return slices.ContainsFunc(homes, func(h *home) bool { return h.differs[uid] })
	})
}

// The heart of the shared-folder sync: two homes on one folder make
// random edits, deletions and conflicting changes, then sync in a random
// order, a simulated carer answering each conflict at random. After they
// settle, both hold the same records, nothing moves any more, and every
// version either home changed since they last met is still there, unless
// the carer chose the other version (a concern entry is never lost).
func TestTwoHomesOnOneFolderEndTheSameAndLoseNoEdit(t *testing.T) {
	defer func() {
		if stats.conflicts.Load() < 10 {
			t.Errorf("only %d conflicts: the test no longer tries what it should", stats.conflicts.Load())
		}
	}()
	for seed := range uint64(8) {
		t.Run(fmt.Sprint(seed), func(t *testing.T) {
			rng := rand.New(rand.NewPCG(seed, 4))
			clock := day
			now := func() time.Time { return clock }
			dir := t.TempDir()
			a, b := newHome(t, "A", dir, now), newHome(t, "B", dir, now)
			for _, name := range []string{"Seren", "Dylan"} {
				kid, err := a.store.AddChild(data.Child{Name: name, BirthYear: 2016, BirthMonth: 3})
				if err != nil {
					t.Fatal(err)
				}
				for _, app := range []string{"Roblox", "TikTok"} {
					if _, err := a.store.AddAppNote(data.AppNote{ChildID: kid.ID, Name: app}); err != nil {
						t.Fatal(err)
					}
				}
				if _, err := a.store.AddContact(data.Contact{Name: "Taid " + name}); err != nil {
					t.Fatal(err)
				}
			}
			var chosenAgainst map[string]bool
			settle(t, rng, now, []*home{a, b}, chosenAgainst)
			for round := range 6 {
				for _, h := range []*home{a, b} {
					for range 1 + rng.IntN(4) {
						clock = clock.Add(time.Minute)
						folderEdit(t, rng, h.store, fmt.Sprintf("%s%d-%d", h.name, round, rng.IntN(1e6)))
					}
				}
				mustSurvive := changedSinceMet(t, a.store, b.store)
				chosenAgainst = map[string]bool{}
				for range 1 + rng.IntN(4) { // some steps in a random order
					clock = clock.Add(time.Second)
					h := []*home{a, b}[rng.IntN(2)]
					answer(t, rng, h, h.sync.Step(now()), chosenAgainst)
				}
				settle(t, rng, now, []*home{a, b}, chosenAgainst)
				fa, fb := agreeing(t, a.store, a, b), agreeing(t, b.store, a, b)
				if fmt.Sprint(fa) != fmt.Sprint(fb) {
					t.Fatalf("round %d: the homes differ:\n%s", round, differ(fa, fb))
				}
				if ga, gb := agreementView(t, a.store, a.differs, b.differs), agreementView(t, b.store, a.differs, b.differs); ga != gb {
					t.Fatalf("round %d: the agreements differ:\nA %s\nB %s", round, ga, gb)
				}
				have := map[string]bool{}
				for _, v := range append(alive(t, a.store), alive(t, b.store)...) {
					s, _, _ := strings.Cut(v, " ")
					_, value, _ := strings.Cut(v[len(s)+1:], " ")
					have[s+" "+value] = true
				}
				for _, v := range mustSurvive {
					if !have[v] && !chosenAgainst[v] {
						t.Fatalf("round %d: lost %s", round, v)
					}
				}
			}
		})
	}
}

func newHome(t *testing.T, name, dir string, now func() time.Time) *home {
	s := datatest.Open(t, now)
	return &home{name: name, store: s, sync: NewSyncer(s, dir, pass, "0.1.0").WithDebounce(0), differs: map[string]bool{}}
}

// settle steps both homes in turn until neither writes nor takes in
// anything, and fails if they never do.
func settle(t *testing.T, rng *rand.Rand, now func() time.Time, homes []*home, chosen map[string]bool) {
	t.Helper()
	quiet := 0
	for _, h := range homes {
		clear(h.differs)
	}
	for range 12 {
		for _, h := range homes {
			r := h.sync.Step(now())
			if p := h.problems(r); len(p) > 0 {
				t.Fatalf("%s: problems %v", h.name, p)
			}
			stats.merged.Add(int64(len(r.Merged)))
			if r.Wrote || len(r.Merged) > 0 || r.Waiting != nil {
				quiet = 0
			} else {
				quiet++
			}
			answer(t, rng, h, r, chosen)
		}
		if quiet >= len(homes) {
			return
		}
	}
	t.Fatal("the homes never settle: their files keep changing")
}

// answer plays the carer: each conflict answered at random (as the
// folder screen offers: a concern entry is always kept both ways, a
// child's details are one version or the other). The version not chosen
// may go.
func answer(t *testing.T, rng *rand.Rand, h *home, r Report, chosen map[string]bool) {
	t.Helper()
	if r.Waiting == nil {
		return
	}
	choices := map[string]data.Resolution{}
	asked := slices.Clone(r.Waiting.Summary.Conflicts)
	for _, c := range r.Waiting.Summary.Asks { // (changed here, removed there: asked as a removal)
		if c.RemovesThere() {
			asked = append(asked, c)
		}
	}
	for _, c := range asked {
		options := ConflictChoices(c)
		res := options[rng.IntN(len(options))]
		choices[c.UID] = res
		switch res {
		case data.KeepMine:
			chosen[c.Section+" "+string(c.Theirs)] = true
		case data.TakeTheirs:
			chosen[c.Section+" "+string(c.Mine)] = true
		}
	}
	stats.conflicts.Add(int64(len(asked)))
	if p := h.problems(h.sync.Resolve(choices, day)); len(p) > 0 {
		t.Fatalf("%s: problems %v", h.name, p)
	}
}

// folderEdit makes one random change in store s.
func folderEdit(t *testing.T, rng *rand.Rand, s *data.Store, word string) {
	t.Helper()
	kids, _ := s.Children()
	if len(kids) == 0 {
		return
	}
	kid := kids[rng.IntN(len(kids))]
	notes, _ := s.AppNotes(kid.ID)
	log, _ := s.Concerns(kid.ID)
	contacts, _ := s.Contacts()
	var err error
	op := rng.IntN(20)
	if op >= 14 { // the agreement, item by item
		agreementEdit(t, rng, s, kid, word)
		return
	}
	if op >= 9 { // most edits change what both homes have: conflicts
		op = []int{1, 4, 6, 8, 2}[op-9]
	}
	switch {
	case op == 0:
		_, err = s.AddAppNote(data.AppNote{ChildID: kid.ID, Name: "App " + word})
	case op == 1 && len(notes) > 0:
		n := notes[rng.IntN(len(notes))]
		n.Note = word
		err = s.UpdateAppNote(n)
	case op == 2 && len(notes) > 0:
		err = s.DeleteAppNote(kid.ID, notes[rng.IntN(len(notes))].ID)
	case op == 3:
		_, err = s.AddConcern(data.Concern{ChildID: kid.ID, Date: day, Happened: word})
	case op == 4 && len(log) > 0:
		c := log[rng.IntN(len(log))]
		c.Done = word
		err = s.UpdateConcern(c)
	case op == 5:
		_, err = s.AddContact(data.Contact{Name: "Nain " + word})
	case op == 6 && len(contacts) > 0:
		c := contacts[rng.IntN(len(contacts))]
		c.Notes = word
		err = s.UpdateContact(c)
	case op == 7 && len(contacts) > 0:
		err = s.DeleteContact(contacts[rng.IntN(len(contacts))].ID)
	case op == 8:
		kid.Notes = word
		err = s.UpdateChild(kid)
	}
	if err != nil {
		t.Fatal(err)
	}
}

// alive is every live shared record but the agreement (combined, not
// compared): section, stable id and content, in order.
func alive(t *testing.T, s *data.Store) []string {
	t.Helper()
	f, err := s.ShareFamily(nil)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, r := range f.Records {
		if !r.Deleted && r.Section != "agreement" {
			out = append(out, r.Section+" "+r.UID+" "+string(r.Value))
		}
	}
	slices.Sort(out)
	return out
}

// changedSinceMet is each home's live records (section and content)
// whose version the other home has never had: not as its own version,
// nor as the last version both had, nor made there. Every concern entry
// counts: none may ever be lost.
func changedSinceMet(t *testing.T, a, b *data.Store) []string {
	t.Helper()
	var out []string
	for _, p := range [][2]*data.Store{{a, b}, {b, a}} {
		mine, _ := p[0].Stamps()
		theirs, _ := p[1].Stamps()
		byUID := map[string]data.Stamp{}
		for _, st := range theirs {
			byUID[st.UID] = st
		}
		f, _ := p[0].ShareFamily(nil)
		for _, r := range f.Records {
			if r.Deleted || r.Section == "agreement" {
				continue
			}
			var v data.Version
			for _, st := range mine {
				if st.UID == r.UID {
					v = st.Version()
				}
			}
			other, ok := byUID[r.UID]
			seen := v.Device == p[1].DeviceID() ||
				ok && (sameVersion(other.Version(), v) || other.Met != nil && sameVersion(*other.Met, v))
			if r.Section == "concerns" || !seen {
				out = append(out, r.Section+" "+string(r.Value))
			}
		}
	}
	return out
}

func sameVersion(a, b data.Version) bool {
	return a.Changed.Equal(b.Changed) && a.Device == b.Device && a.Deleted == b.Deleted
}

func differ(a, b []string) string {
	in := map[string]int{}
	for _, s := range a {
		in[s] |= 1
	}
	for _, s := range b {
		in[s] |= 2
	}
	var out []string
	for s, w := range in {
		if w != 3 {
			out = append(out, fmt.Sprintf("only in %c: %s", " AB"[w], s))
		}
	}
	return strings.Join(out, "\n")
}

// stats counts what the property test went through (atomic: other
// tests that settle two homes run in parallel).
var stats struct{ conflicts, merged atomic.Int64 }

// agreementEdit adds, rewords or deletes a rule, changes a child's limit
// or switches a place in store s.
func agreementEdit(t *testing.T, rng *rand.Rand, s *data.Store, kid data.Child, word string) {
	t.Helper()
	a, err := s.Agreement()
	if err != nil {
		t.Fatal(err)
	}
	switch op := rng.IntN(5); {
	case op == 0 || len(a.Rules) == 0:
		if len(a.Rules) < data.MaxItems {
			_, err = s.AddItem(data.ListRules, "Rule "+word)
		}
	case op == 1:
		err = s.UpdateItem(data.ListRules, a.Rules[rng.IntN(len(a.Rules))].ID, "Reworded "+word)
	case op == 2:
		err = s.DeleteItem(data.ListRules, a.Rules[rng.IntN(len(a.Rules))].ID)
	case op == 3:
		err = s.SetLimit(kid.ID, rng.IntN(7), data.Minutes(15*rng.IntN(9)))
	default:
		place := data.BuiltinPlaces[rng.IntN(len(data.BuiltinPlaces))]
		err = s.SetPlace(place, !a.HasPlace(place))
	}
	if err != nil {
		t.Fatal(err)
	}
}

// agreementView is what a family reads of the agreement: its rules (in
// no order), places and each child's limits by name.
func agreementView(t *testing.T, s *data.Store, differs ...map[string]bool) string {
	t.Helper()
	a, err := s.Agreement()
	if err != nil {
		t.Fatal(err)
	}
	said := func(text string) bool { // (kept in one home, removed in the other: said)
		return slices.ContainsFunc(differs, func(d map[string]bool) bool { return d["item:"+text] })
	}
	var rules []string
	for _, r := range a.Rules {
		if !said(r.Text) {
			rules = append(rules, r.Text)
		}
	}
	a.Places = slices.DeleteFunc(a.Places, said)
	a.Windows = slices.DeleteFunc(a.Windows, func(w data.Window) bool { return said(w.Label) })
	slices.Sort(rules)
	kids, _ := s.Children()
	limits := map[string]data.Week{}
	for _, k := range kids {
		limits[k.Name] = a.WeekFor(k.ID)
	}
	return fmt.Sprint(rules, a.Places, limits, windowsView(a))
}
