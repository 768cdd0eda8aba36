package sharing

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"
	"time"

	"family-online-safety/data"
	"family-online-safety/data/datatest"
)

// forgeContacts writes s's family with n made-up contacts added into s's
// file in dir, as a hostile home that joined the family would.
func forgeContacts(t *testing.T, s *data.Store, dir string, n int, at time.Time) {
	t.Helper()
	f, err := s.ShareFamily(nil)
	datatest.Must(t, err)
	for i := range n {
		f.Records = append(f.Records, data.SharedRecord{Section: "contacts",
			Stamp: data.Stamp{UID: fmt.Sprintf("%08x%024x", i, n), Changed: at, Device: s.DeviceID()},
			Value: fmt.Appendf(nil, `{"name":"Junk %d","phone":"01632 960000"}`, i)})
	}
	out, err := os.Create(filepath.Join(dir, FolderFileName(s.DeviceID())))
	datatest.Must(t, err)
	defer func() { _ = out.Close() }()
	datatest.Must(t, Export(out, f, pass, "0.1.0", at, s.ShareCost()))
}

// Three files in one shared folder: the real other home adds one
// contact, two hostile homes add thousands. Each hostile file's flood is
// one question ("adds 4,900 contacts"), taken only on a yes; refused,
// none comes in, and the real home's contact is still taken in. Both
// real homes end with the same family.
func TestAFloodOfNewRecordsWaitsForAYesAndTheRealHomeStillComesIn(t *testing.T) {
	t.Parallel()
	clock := day
	now := func() time.Time { return clock }
	dir := t.TempDir()
	a, b := datatest.Open(t, now), datatest.Open(t, now)
	threeChildren(t, a)
	homes := []*Syncer{NewSyncer(a, dir, pass, "0.1.0"), NewSyncer(b, dir, pass, "0.1.0")}
	floods := map[int]bool{}
	rounds := func(n int, answer data.Resolution) {
		for range n {
			clock = clock.Add(time.Minute)
			for _, s := range homes {
				r := s.Step(clock)
				for r.Waiting != nil {
					choices := map[string]data.Resolution{}
					for _, c := range r.Waiting.Summary.Asks {
						if c.Bulk > 0 {
							floods[c.Bulk] = true
						}
						choices[c.UID] = answer
					}
					r = s.Resolve(choices, clock)
				}
			}
		}
	}
	rounds(3, data.KeepMine)
	for i, n := range []int{4900, 6000} {
		h := datatest.Open(t, now)
		hs := NewSyncer(h, dir, pass, "0.1.0")
		hs.Step(clock)
		clock = clock.Add(time.Minute)
		hs.Step(clock) // joined the family
		forgeContacts(t, h, dir, n+i, clock)
	}
	_, err := a.AddContact(data.Contact{Name: "Ms Grant", Phone: "07700 900500"})
	datatest.Must(t, err)
	rounds(4, data.KeepMine) // "Do not take them" (the default)
	if !floods[4900] || !floods[6001] {
		t.Errorf("floods asked about: %v, want 4900 and 6001", floods)
	}
	for _, s := range []*data.Store{a, b} {
		cs, err := s.Contacts()
		datatest.Must(t, err)
		if len(cs) != 1 || cs[0].Name != "Ms Grant" {
			t.Errorf("%d contacts, want only Ms Grant: %+v", len(cs), cs[:min(len(cs), 3)])
		}
	}
	if fa, fb := alive(t, a), alive(t, b); fmt.Sprint(fa) != fmt.Sprint(fb) {
		t.Errorf("the homes differ:\n%s", differ(fa, fb))
	}
}
