package sharing

import (
	"testing"
	"time"

	"family-online-safety/data"
)

// "Not now" on a question holds while the other home only takes in this
// home's other edits and seals its file again (its file changes, the
// question does not); it comes back when the other home changes that
// record again.
func TestNotNowHoldsUntilTheOtherHomeChangesThatRecordAgain(t *testing.T) {
	t.Parallel()
	clock := day
	now := func() time.Time { return clock }
	tick := func() time.Time { clock = clock.Add(3 * time.Second); return clock }
	dir := t.TempDir()
	a, b := newHome(t, "A", dir, now), newHome(t, "B", dir, now)
	if _, err := a.store.AddContact(data.Contact{Name: "Ms Grant", Phone: "01632 960111"}); err != nil {
		t.Fatal(err)
	}
	for range 3 {
		a.sync.Step(tick())
		b.sync.Step(tick())
	}
	phone := func(s *data.Store, p string) {
		list, _ := s.Contacts()
		list[0].Phone = p
		if err := s.UpdateContact(list[0]); err != nil {
			t.Fatal(err)
		}
	}
	phone(b.store, "01632 960222") // a phone changed elsewhere asks first
	b.sync.Step(tick())
	r := a.sync.Step(tick())
	if r.Waiting == nil || r.Waiting.PutOff() {
		t.Fatalf("no question: %+v", r.Waiting)
	}
	a.sync.Later()
	// A edits something else; B takes it in and seals its file again.
	if _, err := a.store.AddContact(data.Contact{Name: "Nain", Phone: "01632 960333"}); err != nil {
		t.Fatal(err)
	}
	for range 4 {
		a.sync.Step(tick())
		b.sync.Step(tick())
	}
	if list, _ := b.store.Contacts(); len(list) != 2 {
		t.Fatalf("B did not take in A's new contact: %+v", list)
	}
	if r = a.sync.Step(tick()); r.Waiting == nil || !r.Waiting.PutOff() {
		t.Fatalf("the question put off came back after B sealed again: %+v", r.Waiting)
	}
	phone(b.store, "01632 960444")
	b.sync.Step(tick())
	if r = a.sync.Step(tick()); r.Waiting == nil || r.Waiting.PutOff() {
		t.Fatalf("B changed the phone again, no question: %+v", r.Waiting)
	}
}
