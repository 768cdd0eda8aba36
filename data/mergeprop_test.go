package data

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"time"

	"family-online-safety/content"
)

// A property of the merge rules, before the shared-folder sync is built on
// them: two homes make random edits, deletions and conflicting changes,
// then exchange files (the defaults answer every conflict). Both must end
// with the same records, every version either home changed since they
// last met must still be there (but a child's details, where the later
// change wins), and no concern entry is ever lost.
func TestTwoHomesEndTheSameAndLoseNoEdit(t *testing.T) {
	t.Parallel()
	for seed := range uint64(raceRounds(t, 20)) {
		t.Run(fmt.Sprint(seed), func(t *testing.T) {
			rng := rand.New(rand.NewPCG(seed, 14))
			a, b, _ := twoHomes(t)
			clock := shareDay.Add(4 * time.Hour)
			for round := range 6 {
				for _, h := range []*Store{a, b} {
					for range rng.IntN(4) {
						clock = clock.Add(time.Minute)
						h.SetClock(at(clock))
						randomEdit(t, rng, h, fmt.Sprintf("r%d-%d", round, rng.IntN(1e6)))
					}
				}
				mustSurvive := changedSinceMet(t, a, b)
				exchange(t, a, b)
				fa, fb := alive(t, a), alive(t, b)
				if fmt.Sprint(fa) != fmt.Sprint(fb) {
					t.Fatalf("round %d: the homes differ:\n%s", round, diff(fa, fb))
				}
				values := map[string]bool{}
				for _, v := range fa {
					parts := strings.SplitN(v, " ", 3)
					values[parts[0]+" "+parts[2]] = true
				}
				for _, v := range mustSurvive {
					if !values[v] {
						t.Fatalf("round %d: lost %s", round, v)
					}
				}
			}
		})
	}
}

// randomEdit makes one random change in home h.
func randomEdit(t *testing.T, rng *rand.Rand, h *Store, word string) {
	t.Helper()
	kids, _ := h.Children()
	kid := kids[rng.IntN(len(kids))]
	notes, _ := h.AppNotes(kid.ID)
	log, _ := h.Concerns(kid.ID)
	contacts, _ := h.Contacts()
	var err error
	if rng.IntN(3) == 0 {
		starterEdit(t, rng, h, kid, word)
		return
	}
	switch op := rng.IntN(8); {
	case op == 0:
		_, err = h.AddAppNote(AppNote{ChildID: kid.ID, Name: "App " + word})
	case op == 1 && len(notes) > 0:
		n := notes[rng.IntN(len(notes))]
		n.Note = word
		err = h.UpdateAppNote(n)
	case op == 2 && len(notes) > 0:
		err = h.DeleteAppNote(kid.ID, notes[rng.IntN(len(notes))].ID)
	case op == 3:
		_, err = h.AddConcern(Concern{ChildID: kid.ID, Date: shareDay, Happened: word})
	case op == 4 && len(log) > 0:
		c := log[rng.IntN(len(log))]
		c.Done = word
		err = h.UpdateConcern(c)
	case op == 5 && len(contacts) > 0:
		c := contacts[rng.IntN(len(contacts))]
		c.Notes = word
		err = h.UpdateContact(c)
	case op == 6 && len(contacts) > 0:
		err = h.DeleteContact(contacts[rng.IntN(len(contacts))].ID)
	case op == 7:
		kid.Notes = word
		err = h.UpdateChild(kid)
	}
	if err != nil {
		t.Fatal(err)
	}
}

// exchange: B takes A's file, A takes B's, B takes A's again.
func exchange(t *testing.T, a, b *Store) {
	t.Helper()
	for _, p := range [][2]*Store{{b, a}, {a, b}, {b, a}} {
		f, err := p[1].ShareFamily(nil)
		if err != nil {
			t.Fatal(err)
		}
		if err := p[1].MarkSealed(f); err != nil { // as sealing it into a file does
			t.Fatal(err)
		}
		if _, err := p[0].ApplyShared(viaFile(t, f), ImportMerge, nil); err != nil {
			t.Fatal(err)
		}
	}
}

// alive is every live shared record but the agreement: section, stable id
// and content, in order.
func alive(t *testing.T, s *Store) []string {
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

// changedSinceMet is the live list records and concern entries of one
// home that the other has never had (not as its version, nor as the last
// version both had, nor made itself), as alive lists them but for the stable id (a version
// kept beside gets a new one).
func changedSinceMet(t *testing.T, a, b *Store) []string {
	t.Helper()
	var out []string
	for _, p := range [][2]*Store{{a, b}, {b, a}} {
		mine, _ := p[0].Stamps()
		theirs, _ := p[1].Stamps()
		f, _ := p[0].ShareFamily(nil)
		for _, r := range f.Records {
			if r.Deleted || !listSections[r.Section] {
				continue
			}
			v := mine[keyOfUID(mine, r.UID)].Version()
			other, ok := theirs[keyOfUID(theirs, r.UID)]
			seen := v.Device == p[1].DeviceID() || // its own version
				ok && (other.Version().same(v) || other.Met != nil && other.Met.same(v))
			if r.Section == "concerns" || !seen {
				out = append(out, r.Section+" "+string(r.Value))
			}
		}
	}
	return out
}

func keyOfUID(stamps map[StampedKey]Stamp, uid string) StampedKey {
	for k, st := range stamps {
		if st.UID == uid {
			return k
		}
	}
	return StampedKey{}
}

func diff(a, b []string) string {
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

// starterEdit makes one random change to the own starters, their marks
// and the talks about them, which name each other by id.
func starterEdit(t *testing.T, rng *rand.Rand, h *Store, kid Child, word string) {
	t.Helper()
	own, _ := h.OwnStarters()
	var err error
	switch op := rng.IntN(5); {
	case op == 0 || len(own) == 0:
		_, err = h.AddOwnStarter(OwnStarter{Question: "Ask " + word + "?", Bands: []content.Band{content.Band8to10}, Topic: content.TopicGames})
	case op == 1:
		o := own[rng.IntN(len(own))]
		o.Tip = word
		err = h.UpdateOwnStarter(o)
	case op == 2:
		o := own[rng.IntN(len(own))]
		_, err = h.MarkDiscussed(Discussion{ChildID: kid.ID, StarterID: o.StarterID(), Date: shareDay.Format(DateLayout), Note: word})
	case op == 3:
		err = h.SetFavourite(own[rng.IntN(len(own))].StarterID(), rng.IntN(2) == 0)
	case op == 4:
		err = h.DeleteOwnStarter(own[rng.IntN(len(own))].ID)
	}
	if err != nil {
		t.Fatal(err)
	}
}
