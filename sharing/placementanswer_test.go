package sharing

import (
	"errors"
	"testing"
	"time"

	"family-online-safety/data"
	"family-online-safety/data/datatest"
)

// placementHomes is two homes on one shared folder with three children;
// each round every home steps, and a question is answered by answer
// (counted per home).
type placementHomes struct {
	t      *testing.T
	clock  time.Time
	a, b   *data.Store
	homes  []*Syncer
	asked  [2]int
	last   [2]Report
	kids   []data.Child
	answer [2]data.Resolution
}

func newPlacementHomes(t *testing.T) *placementHomes {
	h := &placementHomes{t: t, clock: day}
	now := func() time.Time { return h.clock }
	dir := t.TempDir()
	h.a, h.b = datatest.Open(t, now), datatest.Open(t, now)
	h.kids = threeChildren(t, h.a)
	h.homes = []*Syncer{NewSyncer(h.a, dir, pass, "0.1.0"), NewSyncer(h.b, dir, pass, "0.1.0")}
	h.answer = [2]data.Resolution{data.KeepMine, data.KeepMine}
	h.rounds(3)
	// B adds a contact, so A takes in B's file and both note where
	// they met on every record (Ava's first version).
	_, err := h.b.AddContact(data.Contact{Name: "Nain", Phone: "01632 960111"})
	datatest.Must(t, err)
	h.rounds(3)
	h.asked = [2]int{}
	return h
}

func (h *placementHomes) rounds(n int) {
	for range n {
		h.clock = h.clock.Add(time.Minute)
		for i, s := range h.homes {
			r := s.Step(h.clock)
			if r.Waiting != nil {
				h.asked[i]++
				choices := map[string]data.Resolution{}
				for _, c := range r.Waiting.Summary.Asks {
					choices[c.UID] = h.answer[i]
				}
				for _, c := range r.Waiting.Summary.Conflicts {
					choices[c.UID] = h.answer[i]
				}
				r = s.Resolve(choices, h.clock)
			}
			h.last[i] = r
		}
	}
}

func (h *placementHomes) ava(s *data.Store) data.Child {
	kids, err := s.Children()
	datatest.Must(h.t, err)
	for _, k := range kids {
		if k.Name == "Ava" {
			return k
		}
	}
	h.t.Fatal("no Ava")
	return data.Child{}
}

// placeAva places Ava (5) with a social worker in home A, as the tester did.
func (h *placementHomes) placeAva() {
	ava := h.kids[2]
	ava.Placed = true
	ava.Placement = data.Placement{SocialWorker: "Sam Reid", SocialWorkerPhone: "01632 960555"}
	datatest.Must(h.t, h.a.UpdateChild(ava))
}

func differsSaid(r Report) bool {
	for _, err := range r.Problems {
		if errors.Is(err, ErrDiffers) {
			return true
		}
	}
	return false
}

// A places Ava with a social worker; B keeps its own. B's answer never
// travels to A as a silent change: A is asked (and keeps its placement),
// the homes then differ on Ava's placement, both say so, and neither is
// asked again.
func TestAPlacementKeptInBothHomesIsAskedAndThenDiffers(t *testing.T) {
	t.Parallel()
	h := newPlacementHomes(t)
	h.placeAva()
	h.rounds(12)
	if h.asked != [2]int{1, 1} {
		t.Errorf("asked %d times in A and %d in B, want once each", h.asked[0], h.asked[1])
	}
	inA, inB := h.ava(h.a), h.ava(h.b)
	if !inA.Placed || inA.Placement.SocialWorker != "Sam Reid" || inA.Placement.SocialWorkerPhone != "01632 960555" {
		t.Errorf("A lost Ava's placement without saying yes: %+v", inA)
	}
	if inB.Placed || inB.Placement.SocialWorker != "" {
		t.Errorf("B kept its own Ava but has %+v", inB)
	}
	for i, r := range h.last {
		if !differsSaid(r) {
			t.Errorf("home %d does not say the homes differ: %v", i, r.Problems)
		}
	}
	// A changes the placement again: B is asked again.
	ava := h.ava(h.a)
	ava.Placement.SocialWorkerPhone = "01632 960556"
	datatest.Must(t, h.a.UpdateChild(ava))
	h.asked = [2]int{}
	h.rounds(6)
	if h.asked[1] != 1 {
		t.Errorf("B asked %d times after A changed the placement again, want once", h.asked[1])
	}
}

// The reverse: B takes the change; both homes end placed, A never asked.
func TestAPlacementTakenInTheOtherHomeEndsPlacedInBoth(t *testing.T) {
	t.Parallel()
	h := newPlacementHomes(t)
	h.answer[1] = data.TakeTheirs
	h.placeAva()
	h.rounds(8)
	if h.asked != [2]int{0, 1} {
		t.Errorf("asked %d times in A and %d in B, want 0 and 1", h.asked[0], h.asked[1])
	}
	inA, inB := h.ava(h.a), h.ava(h.b)
	if !inA.Placed || !inB.Placed || inA.Placement != inB.Placement {
		t.Errorf("want Ava placed with Sam Reid in both:\nA %+v\nB %+v", inA, inB)
	}
	for i, r := range h.last {
		if differsSaid(r) {
			t.Errorf("home %d says the homes differ though they agree", i)
		}
	}
}

// Ava's placement differs (both homes kept their own). A then writes in
// Ava's notes: B is not asked about the unchanged placement again (it
// kept its own against just that), the notes come in all the same, and
// reach back to A, who is not asked either: a placement
// that differs does not hold the child's other details hostage. The
// placements still differ, said in both, and the homes settle.
func TestANoteForAChildWhosePlacementDiffersStillComesIn(t *testing.T) {
	t.Parallel()
	h := newPlacementHomes(t)
	h.placeAva()
	h.rounds(12)
	ava := h.ava(h.a)
	ava.Notes = "Loves football"
	datatest.Must(t, h.a.UpdateChild(ava))
	h.asked = [2]int{}
	h.rounds(12)
	inA, inB := h.ava(h.a), h.ava(h.b)
	if inA.Notes != "Loves football" || inB.Notes != "Loves football" {
		t.Fatalf("notes: A %q, B %q: want A's in both", inA.Notes, inB.Notes)
	}
	if !inA.Placed || inB.Placed {
		t.Fatalf("placed: A %v, B %v: want each home's own", inA.Placed, inB.Placed)
	}
	if h.asked != [2]int{} {
		t.Errorf("asked %d times in A and %d in B, want never", h.asked[0], h.asked[1])
	}
	h.asked = [2]int{}
	h.rounds(6)
	if h.asked != [2]int{} {
		t.Errorf("still asked after settling: %v", h.asked)
	}
	for i, r := range h.last {
		if !differsSaid(r) {
			t.Errorf("home %d does not say the homes differ: %v", i, r.Problems)
		}
	}
}

// A carer edits Ava's social worker's phone while the other home (or a
// file made to look like it, with a later time) removes Ava. Changed in
// both homes, the removal is never the default: the questions' defaults
// alone (Apply without a choice) keep Ava and her placement here.
func TestAChildRemovedThereWhileEditedHereIsKeptByDefault(t *testing.T) {
	t.Parallel()
	h := newPlacementHomes(t)
	h.placeAva()
	h.answer = [2]data.Resolution{data.TakeTheirs, data.TakeTheirs}
	h.rounds(6) // both placed
	ava := h.ava(h.a)
	ava.Placement.SocialWorkerPhone = "01632 960556"
	datatest.Must(t, h.a.UpdateChild(ava))
	h.clock = h.clock.Add(time.Minute)
	datatest.Must(t, h.b.DeleteChild(h.ava(h.b).ID)) // (the later change)
	h.clock = h.clock.Add(time.Minute)
	h.homes[1].Step(h.clock)
	h.clock = h.clock.Add(time.Minute)
	h.homes[1].Step(h.clock) // B's file, without Ava
	r := h.homes[0].Step(h.clock.Add(time.Second))
	if r.Waiting == nil {
		t.Fatal("A is not asked about Ava, edited here and removed there")
	}
	h.homes[0].Resolve(map[string]data.Resolution{}, h.clock.Add(2*time.Second)) // every default
	if got := h.ava(h.a); !got.Placed || got.Placement.SocialWorkerPhone != "01632 960556" {
		t.Fatalf("Ava after the defaults: %+v", got)
	}
	if n := removalBackups(t, h.a); n != 0 {
		t.Fatalf("%d backups kept a month, with nothing removed", n)
	}
}

// Answered "take the file's", that removal is made after a backup kept a
// month, as any removal from outside.
func TestAChildRemovedThereWhileEditedHereTakenIsBackedUpForAMonth(t *testing.T) {
	t.Parallel()
	h := newPlacementHomes(t)
	ava := h.ava(h.a)
	ava.Notes = "Likes drawing"
	datatest.Must(t, h.a.UpdateChild(ava))
	h.clock = h.clock.Add(time.Minute)
	datatest.Must(t, h.b.DeleteChild(h.ava(h.b).ID))
	for range 2 {
		h.clock = h.clock.Add(time.Minute)
		h.homes[1].Step(h.clock)
	}
	r := h.homes[0].Step(h.clock.Add(time.Second))
	if r.Waiting == nil {
		t.Fatal("A is not asked about Ava, edited here and removed there")
	}
	h.homes[0].Resolve(all(r.Waiting.Summary, data.TakeTheirs), h.clock.Add(2*time.Second))
	kids, err := h.a.Children()
	datatest.Must(t, err)
	if len(kids) != 2 {
		t.Fatalf("%d children after taking the removal, want 2", len(kids))
	}
	if n := removalBackups(t, h.a); n != 1 {
		t.Fatalf("%d backups kept a month before the removal, want 1", n)
	}
}
