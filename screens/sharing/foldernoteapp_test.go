package sharing_test

import (
	"strings"
	"testing"
	"time"

	"family-online-safety/data"
	"family-online-safety/data/datatest"
	"family-online-safety/screens/screentest"
	"family-online-safety/sharing"
)

// An app note for a catalogue app (Roblox, kept by its id) changed in
// both homes: each side of the question names the app, so a carer with
// several apps per child can tell which it is.
func TestANoteChangedInBothHomesNamesItsApp(t *testing.T) {
	dir := t.TempDir()
	h, f := startSyncing(t, dir, screentest.Child("Leo", 2017, 4), screentest.Child("Ava", 2021, 1),
		screentest.Prepare(func(s *data.Store) {
			kids, err := s.Children()
			must(t, err)
			_, err = s.AddAppNote(data.AppNote{ChildID: kids[0].ID, AppID: "roblox", Decision: data.DecisionNotYet})
			must(t, err)
		}))
	at := func(m time.Duration) time.Time { return folderDay.Add(m * time.Minute) }
	other := datatest.Open(t, datatest.At(at(1)))
	theirs := sharing.NewSyncer(other, dir, folderPass, "0.1.0").WithDebounce(0)
	h.SetNow(at(1))
	f.Tick()
	theirs.Step(at(2))
	decide := func(s *data.Store, d data.Decision) {
		kids, err := s.Children()
		must(t, err)
		for _, k := range kids {
			notes, _ := s.AppNotes(k.ID)
			for _, n := range notes {
				n.Decision = d
				must(t, s.UpdateAppNote(n))
			}
		}
	}
	decide(h.Store, data.DecisionAllowed)
	decide(other, data.DecisionNotAllowed)
	theirs.Step(at(3))
	h.SetNow(at(4))
	f.Tick()
	if !f.Pending() {
		t.Fatal("the note changed in both homes does not ask")
	}
	f.AskNow()
	named := 0
	for _, s := range screentest.Texts(h.Overlay()) {
		if strings.HasPrefix(s, "Roblox\n") {
			named++
		}
	}
	if named != 2 {
		t.Fatalf("the app is named on %d sides, want both: %q", named, screentest.Texts(h.Overlay()))
	}
}
