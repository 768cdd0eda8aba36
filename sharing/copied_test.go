package sharing

import (
	"os"
	"path/filepath"
	"testing"
	"time"

	"family-online-safety/data"
	"family-online-safety/data/datatest"
)

// A data folder copied to a second computer takes a new device id when
// it is opened there, so the two copies write two files in the shared
// folder and exchange their changes; opened again on the first computer,
// a file keeps its id.
func TestTwoCopiesOfOneDataFolderExchangeChanges(t *testing.T) {
	t.Parallel()
	clock := day
	now := func() time.Time { return clock }
	opts := func(machine string) data.Options {
		o := datatest.Options(t, now)
		o.Machine = machine
		return o
	}
	dirA, dirB, shared := t.TempDir(), t.TempDir(), t.TempDir()
	a, err := data.Open(dirA, opts("first computer"))
	if err != nil {
		t.Fatal(err)
	}
	kid, _ := a.AddChild(data.Child{Name: "Seren", BirthYear: 2016, BirthMonth: 3})
	if _, err := a.AddAppNote(data.AppNote{ChildID: kid.ID, Name: "Roblox"}); err != nil {
		t.Fatal(err)
	}
	first := a.DeviceID()
	if err := a.Close(); err != nil {
		t.Fatal(err)
	}
	raw, err := os.ReadFile(filepath.Join(dirA, data.FileName))
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dirB, data.FileName), raw, 0o600); err != nil {
		t.Fatal(err)
	}
	a, err = data.Open(dirA, opts("first computer"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = a.Close() })
	b, err := data.Open(dirB, opts("second computer"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = b.Close() })
	if a.DeviceID() != first || b.DeviceID() == first {
		t.Fatalf("device ids %s and %s (first %s): the copy must take a new one, the first keep its own", a.DeviceID(), b.DeviceID(), first)
	}

	sa := NewSyncer(a, shared, pass, "0.1.0").WithDebounce(0)
	sb := NewSyncer(b, shared, pass, "0.1.0").WithDebounce(0)
	step := func() {
		for range 3 {
			clock = clock.Add(time.Second)
			for _, s := range []*Syncer{sa, sb} {
				if r := s.Step(clock); len(r.Problems) > 0 || r.Waiting != nil {
					t.Fatalf("problems %v, waiting %v", r.Problems, r.Waiting)
				}
			}
		}
	}
	step()
	clock = clock.Add(time.Minute)
	notes, _ := a.AppNotes(kid.ID)
	notes[0].Note = "Only with friends from school"
	if err := a.UpdateAppNote(notes[0]); err != nil {
		t.Fatal(err)
	}
	if _, err := b.AddContact(data.Contact{Name: "Taid"}); err != nil {
		t.Fatal(err)
	}
	step()
	if got, _ := b.AppNotes(kid.ID); len(got) != 1 || got[0].Note != "Only with friends from school" {
		t.Fatalf("the copy did not take the first computer's note: %+v", got)
	}
	if got, _ := a.Contacts(); len(got) != 1 || got[0].Name != "Taid" {
		t.Fatalf("the first computer did not take the copy's contact: %+v", got)
	}
}
