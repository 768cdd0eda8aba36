package sharing

import (
	"os"
	"path/filepath"
	"slices"
	"testing"
	"time"

	"family-online-safety/data"
	"family-online-safety/data/datatest"
)

// copyHome is one copy of a data folder: where it is, on which machine.
type copyHome struct {
	dir, machine string
	store        *data.Store
	sync         *Syncer
}

// copyDataFolder copies the data file of from into a new folder.
func copyDataFolder(t *testing.T, from string) string {
	t.Helper()
	raw, err := os.ReadFile(filepath.Join(from, data.FileName))
	if err != nil {
		t.Fatal(err)
	}
	to := filepath.Join(t.TempDir(), "copy")
	if err := os.MkdirAll(to, 0o700); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(to, data.FileName), raw, 0o600); err != nil {
		t.Fatal(err)
	}
	return to
}

// A data folder copied to a second folder on the same computer, and to a
// second computer, takes a new device id in each copy when it is opened
// there: the three copies write three files in the shared folder and
// exchange their changes. Opened again in its own folder on its own
// computer, a file keeps its id.
func TestCopiesOfOneDataFolderExchangeChanges(t *testing.T) {
	t.Parallel()
	clock := day
	now := func() time.Time { return clock }
	open := func(h *copyHome) {
		o := datatest.Options(t, now)
		o.Machine = h.machine
		s, err := data.Open(h.dir, o)
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { _ = s.Close() })
		h.store = s
	}
	first := &copyHome{dir: t.TempDir(), machine: "first computer"}
	open(first)
	kid, _ := first.store.AddChild(data.Child{Name: "Seren", BirthYear: 2016, BirthMonth: 3})
	if _, err := first.store.AddAppNote(data.AppNote{ChildID: kid.ID, Name: "Roblox"}); err != nil {
		t.Fatal(err)
	}
	id := first.store.DeviceID()
	if err := first.store.Close(); err != nil {
		t.Fatal(err)
	}
	sameMachine := &copyHome{dir: copyDataFolder(t, first.dir), machine: "first computer"}
	otherMachine := &copyHome{dir: copyDataFolder(t, first.dir), machine: "second computer"}
	homes := []*copyHome{first, sameMachine, otherMachine}
	ids := map[string]bool{}
	for _, h := range homes {
		open(h)
		ids[h.store.DeviceID()] = true
	}
	if first.store.DeviceID() != id || len(ids) != 3 {
		t.Fatalf("device ids %v (first %s): each copy must take its own, the first keep its id", ids, id)
	}

	shared := t.TempDir()
	step := func() {
		for range 3 {
			clock = clock.Add(time.Second)
			for _, h := range homes {
				if r := h.sync.Step(clock); len(r.Problems) > 0 || r.Waiting != nil {
					t.Fatalf("%s: problems %v, waiting %v", h.dir, r.Problems, r.Waiting)
				}
			}
		}
	}
	for _, h := range homes {
		h.sync = NewSyncer(h.store, shared, pass, "0.1.0").WithDebounce(0)
	}
	step()
	clock = clock.Add(time.Minute)
	notes, _ := first.store.AppNotes(kid.ID)
	notes[0].Note = "Only with friends from school"
	if err := first.store.UpdateAppNote(notes[0]); err != nil {
		t.Fatal(err)
	}
	if _, err := sameMachine.store.AddContact(data.Contact{Name: "Taid"}); err != nil {
		t.Fatal(err)
	}
	if _, err := otherMachine.store.AddChild(data.Child{Name: "Idris", BirthYear: 2019, BirthMonth: 7}); err != nil {
		t.Fatal(err)
	}
	step()
	for _, h := range homes {
		if got, _ := h.store.AppNotes(kid.ID); len(got) != 1 || got[0].Note != "Only with friends from school" {
			t.Errorf("%s did not take the first copy's note: %+v", h.machine, got)
		}
		if got, _ := h.store.Contacts(); len(got) != 1 || got[0].Name != "Taid" {
			t.Errorf("%s did not take the same-machine copy's contact: %+v", h.machine, got)
		}
		if got, _ := h.store.Children(); len(got) != 2 {
			t.Errorf("%s did not take the other machine's child: %+v", h.machine, got)
		}
	}
	files, _ := filepath.Glob(filepath.Join(shared, FolderFileName("*")))
	var want []string
	for _, h := range homes {
		want = append(want, filepath.Join(shared, FolderFileName(h.store.DeviceID())))
	}
	slices.Sort(files)
	slices.Sort(want)
	if !slices.Equal(files, want) {
		t.Fatalf("files in the shared folder %v, want one per copy %v", files, want)
	}

	if err := first.store.Close(); err != nil {
		t.Fatal(err)
	}
	open(first)
	if first.store.DeviceID() != id {
		t.Fatalf("reopened in its own folder, the file took a new device id %s (was %s)", first.store.DeviceID(), id)
	}
}
