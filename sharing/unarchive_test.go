package sharing

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"
	"time"

	"family-online-safety/data"
	"family-online-safety/data/datatest"
)

// unarchiver writes what the tester left: home A's own file, from a
// third home of its own (named as it names itself, so not in doubt),
// with Ava current again, a newer time, and "seen" set to A's version.
func unarchiver(t *testing.T, h *placementHomes, dir string) {
	t.Helper()
	raw, err := os.ReadFile(filepath.Join(dir, FolderFileName(h.a.DeviceID())))
	datatest.Must(t, err)
	f, err := Read(bytes.NewReader(raw), pass, h.a.ShareCost())
	datatest.Must(t, err)
	const dev = "cccccccccccccccc"
	fam := f.Family
	fam.Device = dev
	at := h.clock.Add(30 * time.Second)
	for i, r := range fam.Records {
		var kid data.Child
		if r.Section == "children" && json.Unmarshal(r.Value, &kid) == nil && kid.Name == "Ava" {
			if !kid.Archived {
				t.Fatal("Ava is not archived in A's own file")
			}
			kid.Archived = false
			mine := r.Version()
			r.Value, _ = json.Marshal(kid)
			r.Changed, r.Device, r.Seen = at, dev, &mine
			fam.Records[i] = r
		}
	}
	var out bytes.Buffer
	datatest.Must(t, Export(&out, fam, pass, "0.1.0", at, h.a.ShareCost()))
	datatest.Must(t, os.WriteFile(filepath.Join(dir, FolderFileName(dev)), out.Bytes(), 0o600))
}

// Ava is archived in both homes (B said yes). A file bringing her back
// is asked about in each home ("Bring Ava back" / "Keep Ava archived"),
// kept archived by default; taken, she is current and the summary says
// she was brought back.
func TestAnArchivedChildBroughtBackFromOutsideIsAsked(t *testing.T) {
	t.Parallel()
	for _, take := range []bool{false, true} {
		h := newPlacementHomes(t)
		dir := h.homes[0].Dir()
		ava := h.ava(h.a)
		ava.Archived = true
		datatest.Must(t, h.a.UpdateChild(ava))
		h.answer = [2]data.Resolution{data.KeepMine, data.TakeTheirs} // B archives her too
		h.rounds(4)
		if !h.ava(h.b).Archived {
			t.Fatal("B did not archive Ava")
		}
		unarchiver(t, h, dir)
		for i, s := range h.homes {
			r := s.Step(h.clock.Add(time.Minute))
			if r.Waiting == nil {
				t.Fatalf("take %v: home %d brought Ava back without a question", take, i)
			}
			choices := map[string]data.Resolution{}
			var asked bool
			for _, c := range r.Waiting.Summary.Asks {
				if c.Section == "children" && c.ChildName == "Ava" && c.Unarchives {
					asked = true
					choices[c.UID] = map[bool]data.Resolution{false: data.KeepMine, true: data.TakeTheirs}[take]
				}
			}
			if !asked {
				t.Fatalf("home %d: no question bringing Ava back: %+v", i, r.Waiting.Summary.Asks)
			}
			r = s.Resolve(choices, h.clock.Add(time.Minute))
			store := []*data.Store{h.a, h.b}[i]
			if h.ava(store).Archived == take {
				t.Errorf("take %v: home %d has Ava archived %v", take, i, h.ava(store).Archived)
			}
			if take && (len(r.Merged) == 0 || !broughtBack(r.Merged[0])) {
				t.Errorf("home %d: the summary does not say Ava was brought back: %+v", i, r.Merged)
			}
		}
	}
}

func broughtBack(s Summary) bool {
	for _, l := range s.Lines {
		if l.ChildName == "Ava" && l.Section == "children" && l.Unarchived == 1 && l.Changed == 0 {
			return true
		}
	}
	return false
}
