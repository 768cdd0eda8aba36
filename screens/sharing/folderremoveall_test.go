package sharing_test

import (
	"fmt"
	"testing"
	"time"

	"fyne.io/fyne/v2/test"

	"family-online-safety/data"
	"family-online-safety/data/datatest"
	"family-online-safety/screens/screentest"
	"family-online-safety/sharing"
)

// The other home cleans up six contacts. Here each is asked about (keep
// by default), and one button answers them all: "Remove them all here
// too" removes the six, and nothing else.
func TestManyRemovalsCanBeAnsweredAtOnce(t *testing.T) {
	dir := t.TempDir()
	h, f := startSyncing(t, dir, screentest.Child("Maya", 2012, 4), screentest.Child("Ava", 2021, 1),
		screentest.Prepare(func(s *data.Store) {
			for i := range 6 {
				_, err := s.AddContact(data.Contact{Name: fmt.Sprintf("Junk %d", i), Phone: "01632 960000"})
				must(t, err)
			}
			_, err := s.AddContact(data.Contact{Name: "Nain", Phone: "01632 960111"})
			must(t, err)
		}))
	at := func(m time.Duration) time.Time { return folderDay.Add(m * time.Minute) }
	other := datatest.Open(t, datatest.At(at(1)))
	theirs := sharing.NewSyncer(other, dir, folderPass, "0.1.0").WithDebounce(0)
	h.SetNow(at(1))
	f.Tick()
	theirs.Step(at(2))
	cs, err := other.Contacts()
	must(t, err)
	for _, c := range cs {
		if c.Name != "Nain" {
			must(t, other.DeleteContact(c.ID))
		}
	}
	theirs.Step(at(3))
	h.SetNow(at(4))
	f.Tick()
	if !f.Pending() {
		t.Fatal("the removals did not wait")
	}
	f.AskNow()
	test.Tap(screentest.Button(t, h.Overlay(), h.Tr.T("folder.asks.remove_all")))
	test.Tap(screentest.Button(t, h.Overlay(), h.Tr.T("folder.asks.use")))
	if cs, _ := h.Store.Contacts(); len(cs) != 1 || cs[0].Name != "Nain" {
		t.Fatalf("contacts here %+v, want only Nain", cs)
	}
}
