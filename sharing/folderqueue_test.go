package sharing

import (
	"testing"
	"time"

	"family-online-safety/data"
	"family-online-safety/data/datatest"
)

// Two other homes' files each need a yes. The first is put off ("Not
// now"); the second is then asked about, not left unread; put off too,
// both are listed as waiting, and a thousand polls open neither again
// (each opening costs a full scrypt) until one changes.
func TestFilesThatWaitAreQueuedAndNotOpenedAgain(t *testing.T) {
	t.Parallel()
	clock := day
	now := func() time.Time { return clock }
	dir := t.TempDir()
	mine := datatest.Open(t, now)
	if _, err := mine.AddContact(data.Contact{Name: "Nain", Phone: "01234 567890"}); err != nil {
		t.Fatal(err)
	}
	me := NewSyncer(mine, dir, pass, "0.1.0").WithDebounce(0)
	me.Step(clock)
	var others []*Syncer
	var stores []*data.Store
	for range 2 {
		s := datatest.Open(t, now)
		others = append(others, NewSyncer(s, dir, pass, "0.1.0").WithDebounce(0))
		stores = append(stores, s)
		others[len(others)-1].Step(clock)
	}
	tick := func() Report {
		clock = clock.Add(3 * time.Second)
		return me.Step(clock)
	}
	tick() // this computer meets both and seals what they have
	// Each home removes Nain: a removal asks first.
	for i, s := range stores {
		list, _ := s.Contacts()
		if err := s.DeleteContact(list[0].ID); err != nil {
			t.Fatal(err)
		}
		clock = clock.Add(time.Second)
		others[i].Step(clock)
	}
	r := tick()
	if r.Waiting == nil || r.Waiting.PutOff() {
		t.Fatalf("no question for the first file: %+v", r)
	}
	first := r.Waiting.Name
	me.Later()
	r = tick()
	if r.Waiting == nil || r.Waiting.Name == first || r.Waiting.PutOff() {
		t.Fatalf("the second file is not asked about after the first was put off: %+v", r.Waiting)
	}
	me.Later()
	opened := me.Opened()
	for range 1000 {
		r = tick()
	}
	if n := me.Opened() - opened; n != 0 {
		t.Fatalf("%d files opened again in 1000 polls while they waited", n)
	}
	if r.Waiting == nil || len(r.Queued) != 1 || r.Queued[0].Name != first {
		t.Fatalf("waiting %v, queued %v: want both files listed", r.Waiting, r.Queued)
	}
	if w := me.Ask(first); w == nil || len(w.Summary.Asks) != 1 {
		t.Fatalf("asking about the first file again: %+v", w)
	}
	me.Resolve(map[string]data.Resolution{}, clock)
	if list, _ := mine.Contacts(); len(list) != 0 {
		t.Fatalf("contacts %+v after the yes", list)
	}
	// The other file asked the same: answered, it asks nothing more.
	if r = me.Report(Report{}); r.Waiting != nil || len(r.Queued) != 0 {
		t.Fatalf("after the answer: waiting %v, queued %v", r.Waiting, r.Queued)
	}
}
