package sharing

import (
	"testing"
	"time"

	"family-online-safety/data"
	"family-online-safety/data/datatest"
)

// A hostile file in the shared folder adds 4,900 contacts; both real
// homes (three children) refuse the flood. After a restart (the store
// closed and opened again from its folder) the flood is not asked about
// again, nothing of it comes in, no backup is made for it, and the other
// real home's new contact still comes in. Once the hostile file's flood
// changes, the question comes back.
func TestARefusedFloodStaysRefusedAfterARestartUntilItChanges(t *testing.T) {
	t.Parallel()
	clock := day
	now := func() time.Time { return clock }
	dir, homeA := t.TempDir(), t.TempDir()
	a, err := data.Open(homeA, datatest.Options(t, now))
	datatest.Must(t, err)
	b := datatest.Open(t, now)
	threeChildren(t, a)
	homes := []*Syncer{NewSyncer(a, dir, pass, "0.1.0"), NewSyncer(b, dir, pass, "0.1.0")}
	asked := map[*Syncer]int{}
	rounds := func(n int) {
		for range n {
			clock = clock.Add(time.Minute)
			for _, s := range homes {
				r := s.Step(clock)
				for r.Waiting != nil {
					choices := map[string]data.Resolution{}
					for _, c := range r.Waiting.Summary.Asks {
						if c.Bulk > 0 {
							asked[s] = c.Bulk
						}
						choices[c.UID] = data.KeepMine // "Do not take them"
					}
					r = s.Resolve(choices, clock)
				}
			}
		}
	}
	rounds(3)
	h := datatest.Open(t, now)
	hs := NewSyncer(h, dir, pass, "0.1.0")
	hs.Step(clock)
	clock = clock.Add(time.Minute)
	hs.Step(clock)
	forgeContacts(t, h, dir, 4900, clock)
	rounds(2)
	if asked[homes[0]] != 4900 || asked[homes[1]] != 4900 {
		t.Fatalf("the flood was asked about: %v, want 4900 in both homes", asked)
	}

	datatest.Must(t, a.Close())
	a, err = data.Open(homeA, datatest.Options(t, now))
	datatest.Must(t, err)
	t.Cleanup(func() { _ = a.Close() })
	homes[0] = NewSyncer(a, dir, pass, "0.1.0")
	clear(asked)
	backups, err := a.Backups()
	datatest.Must(t, err)
	_, err = b.AddContact(data.Contact{Name: "Ms Grant", Phone: "07700 900500"})
	datatest.Must(t, err)
	rounds(4)
	if n, ok := asked[homes[0]]; ok {
		t.Fatalf("after a restart the refused flood was asked about again (%d)", n)
	}
	cs, err := a.Contacts()
	datatest.Must(t, err)
	if len(cs) != 1 || cs[0].Name != "Ms Grant" {
		t.Fatalf("%d contacts after the restart, want only the other home's Ms Grant", len(cs))
	}
	after, err := a.Backups()
	datatest.Must(t, err)
	if len(after) > len(backups)+1 { // (one, before Ms Grant came in)
		t.Errorf("%d backups made after the restart, want at most 1", len(after)-len(backups))
	}

	clock = clock.Add(time.Minute)
	forgeContacts(t, h, dir, 4901, clock)
	rounds(1)
	if asked[homes[0]] != 4901 {
		t.Fatalf("a changed flood was not asked about (%v)", asked)
	}
}
