package sharing

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"family-online-safety/data"
	"family-online-safety/data/datatest"
)

// dripContacts writes s's family with the first n of a hostile home's
// made-up contacts (the same ones each time, n growing) into s's file.
func dripContacts(t *testing.T, s *data.Store, dir string, n int, at time.Time) {
	t.Helper()
	f, err := s.ShareFamily(nil)
	datatest.Must(t, err)
	for i := range n {
		f.Records = append(f.Records, data.SharedRecord{Section: "contacts",
			Stamp: data.Stamp{UID: fmt.Sprintf("d1%030x", i), Changed: at.Add(-time.Duration(n-i) * time.Second), Device: s.DeviceID()},
			Value: fmt.Appendf(nil, `{"name":"Drip %d","phone":"01632 960000"}`, i)})
	}
	out, err := os.Create(filepath.Join(dir, FolderFileName(s.DeviceID())))
	datatest.Must(t, err)
	defer func() { _ = out.Close() }()
	datatest.Must(t, Export(out, f, pass, "0.1.0", at, s.ShareCost()))
}

// A hostile file in the shared folder is rewritten again and again, 19
// more contacts each time, below the number one file may add at once.
// The day's new contacts from outside are counted across rewrites and
// files: once they would pass that number, the rest wait for a yes as
// one question; refused, none of them comes in, and the real other
// home's new contact still does. Neither home fills up unasked.
func TestAFloodDrippedInAFewAtATimeStillWaitsForAYes(t *testing.T) {
	t.Parallel()
	clock := day
	now := func() time.Time { return clock }
	dir := t.TempDir()
	a, b := datatest.Open(t, now), datatest.Open(t, now)
	threeChildren(t, a)
	homes := []*Syncer{NewSyncer(a, dir, pass, "0.1.0").WithDebounce(0), NewSyncer(b, dir, pass, "0.1.0").WithDebounce(0)}
	asked := 0
	round := func() {
		clock = clock.Add(time.Minute)
		for _, s := range homes {
			r := s.Step(clock)
			for r.Waiting != nil {
				choices := map[string]data.Resolution{}
				for _, c := range r.Waiting.Summary.Asks {
					if c.Bulk > 0 {
						asked++
					}
					choices[c.UID] = data.KeepMine // "Do not take them"
				}
				r = s.Resolve(choices, clock)
			}
		}
	}
	for range 3 {
		round()
	}
	h := datatest.Open(t, now)
	hs := NewSyncer(h, dir, pass, "0.1.0")
	hs.Step(clock)
	for n := 19; n <= 19*8; n += 19 {
		clock = clock.Add(6 * time.Second)
		dripContacts(t, h, dir, n, clock)
		round()
	}
	_, err := a.AddContact(data.Contact{Name: "Dr Jones GP", Phone: "01632 960111"})
	datatest.Must(t, err)
	for range 3 {
		round()
	}
	if asked == 0 {
		t.Fatal("the dripped contacts never asked")
	}
	for _, s := range []*data.Store{a, b} {
		cs, err := s.Contacts()
		datatest.Must(t, err)
		var drip int
		var gp bool
		for _, c := range cs {
			drip += map[bool]int{true: 1}[strings.HasPrefix(c.Name, "Drip")]
			gp = gp || c.Name == "Dr Jones GP"
		}
		if drip > data.BulkAdds["contacts"] || !gp {
			t.Errorf("%d dripped contacts taken in unasked (at most %d), the real home's: %v", drip, data.BulkAdds["contacts"], gp)
		}
	}
	if fa, fb := alive(t, a), alive(t, b); fmt.Sprint(fa) != fmt.Sprint(fb) {
		t.Errorf("the homes differ:\n%s", differ(fa, fb))
	}
}
