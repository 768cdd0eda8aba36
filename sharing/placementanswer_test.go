package sharing

import (
	"testing"
	"time"

	"family-online-safety/data"
	"family-online-safety/data/datatest"
)

// The placement question settles, as a carer answers it: A places Ava
// (5) with a social worker; B keeps its own; A, asked back, would keep
// its own again, and so on. Each home is asked at most once, both end
// with the same Ava, and a home that said "keep this computer's" is not
// asked again.
func TestAPlacementKeptInOneHomeEndsTheSameInBoth(t *testing.T) {
	t.Parallel()
	clock := day
	now := func() time.Time { return clock }
	dir := t.TempDir()
	a, b := datatest.Open(t, now), datatest.Open(t, now)
	kids := threeChildren(t, a)
	homes := []*Syncer{NewSyncer(a, dir, pass, "0.1.0"), NewSyncer(b, dir, pass, "0.1.0")}
	asked := [2]int{}
	rounds := func(n int) {
		for range n {
			clock = clock.Add(time.Minute)
			for i, h := range homes {
				r := h.Step(clock)
				if r.Waiting == nil {
					continue
				}
				asked[i]++
				choices := map[string]data.Resolution{} // "Keep this computer's" for each
				for _, c := range r.Waiting.Summary.Asks {
					choices[c.UID] = data.KeepMine
				}
				for _, c := range r.Waiting.Summary.Conflicts {
					choices[c.UID] = data.KeepMine
				}
				h.Resolve(choices, clock)
			}
		}
	}
	rounds(3)
	asked = [2]int{}
	ava := kids[2]
	ava.Placed = true
	ava.Placement = data.Placement{SocialWorker: "Sam Reid", SocialWorkerPhone: "01632 960555"}
	datatest.Must(t, a.UpdateChild(ava))
	rounds(12)
	if asked[0] > 1 || asked[1] > 1 {
		t.Errorf("asked %d times in A and %d in B, want at most once each", asked[0], asked[1])
	}
	avaIn := func(s *data.Store) data.Child {
		kids, err := s.Children()
		datatest.Must(t, err)
		for _, k := range kids {
			if k.Name == "Ava" {
				return k
			}
		}
		t.Fatal("no Ava")
		return data.Child{}
	}
	inA, inB := avaIn(a), avaIn(b)
	if inA.Placed != inB.Placed || inA.Placement != inB.Placement {
		t.Errorf("the homes ended with different Avas:\nA %+v\nB %+v", inA, inB)
	}
}
