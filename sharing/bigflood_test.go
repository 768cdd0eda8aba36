package sharing

import (
	"testing"
	"time"

	"family-online-safety/data"
	"family-online-safety/data/datatest"
)

// A file of 19,500 new contacts, under the cap of 20,000 a kind, taken
// with a yes: the home keeps at most HomeCaps of them, and taking it in
// (with the look at where the homes differ after) costs seconds, not the
// minute and more it cost when each of the file's contacts was compared
// with every contact read again from the store.
func TestABigFloodTakenInCostsSecondsAndFillsTheHomeToItsCap(t *testing.T) {
	if testing.Short() {
		t.Skip("a 5 MB file")
	}
	clock := day
	now := func() time.Time { return clock }
	dir := t.TempDir()
	a := datatest.Open(t, now)
	threeChildren(t, a)
	mine := NewSyncer(a, dir, pass, "0.1.0")
	mine.Step(clock)
	h := datatest.Open(t, now)
	hs := NewSyncer(h, dir, pass, "0.1.0")
	hs.Step(clock)
	clock = clock.Add(time.Minute)
	hs.Step(clock)
	forgeContacts(t, h, dir, 19500, clock)
	clock = clock.Add(time.Minute)
	r := mine.Step(clock)
	if r.Waiting == nil {
		t.Fatal("19,500 new contacts came in without a question")
	}
	choices := map[string]data.Resolution{}
	for _, c := range r.Waiting.Summary.Asks {
		choices[c.UID] = data.TakeTheirs
	}
	began := time.Now()
	mine.Resolve(choices, clock)
	if took := time.Since(began); took > 20*time.Second {
		t.Errorf("taking the file in took %v", took)
	}
	cs, err := a.Contacts()
	datatest.Must(t, err)
	if len(cs) != data.HomeCaps["contacts"] {
		t.Errorf("%d contacts, want the cap, %d", len(cs), data.HomeCaps["contacts"])
	}
}
