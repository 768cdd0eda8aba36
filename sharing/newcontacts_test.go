package sharing

import (
	"testing"
	"time"

	"family-online-safety/data"
	"family-online-safety/data/datatest"
)

// What a file adds is named: each new contact taken in without a
// question is in the summary with its phone; a look-alike of a contact
// here is asked about on its own, not listed with them.
func TestTheContactsAFileAddsAreNamed(t *testing.T) {
	t.Parallel()
	h := newPlacementHomes(t)
	_, err := h.a.AddContact(data.Contact{Name: "Mrs Hughes, Greenfield School", Phone: "01632 960111"})
	datatest.Must(t, err)
	h.rounds(3)
	for _, c := range []data.Contact{{Name: "Mr Stranger", Phone: "07700 900123"},
		{Name: "mrs hughes, Greenfield School", Phone: "07700 900667"}} {
		_, err := h.b.AddContact(c)
		datatest.Must(t, err)
	}
	for range 2 { // noticed, then written after the pause
		h.clock = h.clock.Add(time.Minute)
		h.homes[1].Step(h.clock)
	}
	r := h.homes[0].Step(h.clock)
	if r.Waiting == nil {
		t.Fatal("the look-alike is not asked about")
	}
	got := r.Waiting.Summary.NewContacts
	if len(got) != 1 || got[0].Name != "Mr Stranger" || got[0].Phone != "07700 900123" {
		t.Errorf("the summary names %+v, want Mr Stranger alone", got)
	}
	r = h.homes[0].Resolve(map[string]data.Resolution{}, h.clock) // (the look-alike taken)
	if len(r.Merged) != 1 || len(r.Merged[0].NewContacts) != 1 {
		t.Errorf("after the answer the summary names %+v", r.Merged)
	}
}
