package sharing_test

import (
	"testing"
	"time"

	"fyne.io/fyne/v2/test"

	"family-online-safety/data"
	"family-online-safety/data/datatest"
	"family-online-safety/screens/screentest"
	"family-online-safety/sharing"
)

// The other home removes a contact; this home keeps it ("Keep it here",
// the default). Nothing came in, so the app is not told that changes
// came in (its header would say so).
func TestARefusalIsNotToldAsChangesTakenIn(t *testing.T) {
	dir := t.TempDir()
	h, f := startSyncing(t, dir, screentest.Child("Maya", 2012, 4), screentest.Child("Ava", 2021, 1),
		screentest.Prepare(func(s *data.Store) {
			_, err := s.AddContact(data.Contact{Name: "Nain", Phone: "01632 960111"})
			must(t, err)
		}))
	told := 0
	f.OnChanged(func() { told++ })
	at := func(m time.Duration) time.Time { return folderDay.Add(m * time.Minute) }
	other := datatest.Open(t, datatest.At(at(1)))
	theirs := sharing.NewSyncer(other, dir, folderPass, "0.1.0").WithDebounce(0)
	h.SetNow(at(1))
	f.Tick()
	theirs.Step(at(2))
	cs, err := other.Contacts()
	must(t, err)
	if len(cs) != 1 {
		t.Fatalf("the other home holds %d contacts", len(cs))
	}
	must(t, other.DeleteContact(cs[0].ID))
	theirs.Step(at(3))
	told = 0
	h.SetNow(at(4))
	f.Tick()
	if !f.Pending() {
		t.Fatal("the removal did not wait")
	}
	f.AskNow()
	test.Tap(screentest.Button(t, h.Overlay(), h.Tr.T("folder.asks.use")))
	if told != 0 {
		t.Fatalf("told %d times that changes came in, after refusing the only one", told)
	}
	if cs, _ := h.Store.Contacts(); len(cs) != 1 {
		t.Fatal("the contact went")
	}
}
