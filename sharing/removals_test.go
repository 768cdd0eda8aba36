package sharing

import (
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"family-online-safety/data"
)

// removable is one shared kind, as the removal test drives it: add one
// in home A, find its words in a home ("" when it is not there), reword
// it and remove it in home B. remove nil: the app has no way to remove
// one (a dismissed review prompt), so B's file is forged to remove it,
// as a hostile home could. never: a file never removes one (a concern
// entry), so nothing asks and it stays.
type removable struct {
	name   string
	add    func(t *testing.T, s *data.Store, kid data.Child)
	find   func(t *testing.T, s *data.Store) string
	reword func(t *testing.T, s *data.Store)
	remove func(t *testing.T, s *data.Store)
	never  bool
}

// Every shared kind the store has is covered (a test below checks the
// list against data.Sections).
func TestEveryRemovalFromTheOtherHomeWaitsForAYes(t *testing.T) {
	t.Parallel()
	for _, k := range removables() {
		for _, yes := range []bool{true, false} {
			name := k.name + map[bool]string{true: "/yes", false: "/kept"}[yes]
			t.Run(name, func(t *testing.T) {
				t.Parallel()
				removalWaits(t, k, yes)
			})
		}
	}
}

func TestTheRemovalTestCoversEverySharedKind(t *testing.T) {
	t.Parallel()
	covered := map[string]bool{}
	for _, k := range removables() {
		section, _, _ := strings.Cut(k.name, ":")
		covered[section] = true
	}
	for _, s := range data.Sections {
		if !covered[s] {
			t.Errorf("no removal case for the shared kind %q", s)
		}
	}
}

// removalWaits: one item of kind k, shared by homes A and B through a
// folder, reworded in B (taken in A without a question), then removed
// in B: A keeps it, with "needs your yes" waiting, through "Not now";
// answered yes, it goes (after a backup kept a month); answered keep,
// it stays, is not asked about again, and B gets it back; removed in B
// once more, it is asked about again, and a yes removes it in both.
func removalWaits(t *testing.T, k removable, yes bool) {
	clock := day
	now := func() time.Time { return clock }
	tick := func() time.Time { clock = clock.Add(time.Minute); return clock }
	dir := t.TempDir()
	a, b := newHome(t, "A", dir, now), newHome(t, "B", dir, now)
	var leo data.Child
	for _, c := range []data.Child{{Name: "Amira", BirthYear: 2019, BirthMonth: 2},
		{Name: "Leo", BirthYear: 2014, BirthMonth: 6}, {Name: "Sam", BirthYear: 2010, BirthMonth: 9}} {
		kid, err := a.store.AddChild(c)
		if err != nil {
			t.Fatal(err)
		}
		if c.Name == "Leo" {
			leo = kid
		}
	}
	k.add(t, a.store, leo)
	rng := rand.New(rand.NewPCG(1, 2))
	settle(t, rng, now, []*home{a, b}, nil)
	was := k.find(t, a.store)
	if was == "" || k.find(t, b.store) != was {
		t.Fatalf("after meeting: A %q, B %q", was, k.find(t, b.store))
	}
	if k.reword != nil {
		tick()
		k.reword(t, b.store)
		b.sync.Step(tick())
		if r := a.sync.Step(tick()); r.Waiting != nil {
			t.Fatalf("a rewording asks: %+v", r.Waiting.Summary.Asks)
		}
		if got := k.find(t, a.store); got == was || got != k.find(t, b.store) {
			t.Fatalf("reworded in B: A holds %q, B %q", got, k.find(t, b.store))
		}
		settle(t, rng, now, []*home{a, b}, nil)
		was = k.find(t, a.store)
	}
	tick()
	if k.remove != nil {
		k.remove(t, b.store)
		b.sync.Step(tick())
	} else {
		forgeRemoval(t, b.store, dir, k.name, tick())
	}
	r := a.sync.Step(tick())
	if k.never {
		if r.Waiting != nil || k.find(t, a.store) != was {
			t.Fatalf("never removed: waiting %v, A holds %q, want %q", r.Waiting != nil, k.find(t, a.store), was)
		}
		return
	}
	if r.Waiting == nil || len(r.Waiting.Summary.Asks) == 0 {
		t.Fatalf("the removal does not wait for a yes: %+v", r)
	}
	if got := k.find(t, a.store); got != was {
		t.Fatalf("removed before the yes: A holds %q", got)
	}
	a.sync.Later() // "Not now"
	a.sync.Step(tick())
	if got := k.find(t, a.store); got != was {
		t.Fatalf("removed after Not now: A holds %q", got)
	}
	w := a.sync.Ask(r.Waiting.Name)
	if w == nil {
		t.Fatal("the file no longer waits after Not now")
	}
	answer := map[bool]data.Resolution{true: data.TakeTheirs, false: data.KeepMine}[yes]
	a.sync.Resolve(yesTo(w.Summary, answer), tick())
	if got := k.find(t, a.store); yes && got != "" || !yes && got != was {
		t.Fatalf("answered %v: A holds %q", yes, got)
	}
	if n := removalBackups(t, a.store); yes != (n == 1) {
		t.Fatalf("answered %v: %d backups kept a month", yes, n)
	}
	if yes {
		return
	}
	for range 3 {
		b.sync.Step(tick())
		if r := a.sync.Step(tick()); r.Waiting != nil {
			t.Fatalf("asked again after keeping it: %+v", r.Waiting.Summary.Asks)
		}
	}
	if got := k.find(t, b.store); got != was {
		t.Fatalf("kept in A, B holds %q, want it back", got)
	}
	if k.remove == nil {
		return
	}
	// B removes it again: a new removal, asked about again (not kept
	// silently by the earlier answer, nor undone in B by it).
	k.remove(t, b.store)
	b.sync.Step(tick())
	r = a.sync.Step(tick())
	if r.Waiting == nil || k.find(t, a.store) != was {
		t.Fatalf("removed again in B: waiting %v, A holds %q", r.Waiting != nil, k.find(t, a.store))
	}
	a.sync.Resolve(yesTo(r.Waiting.Summary, data.TakeTheirs), tick())
	settle(t, rng, now, []*home{a, b}, nil)
	if ga, gb := k.find(t, a.store), k.find(t, b.store); ga != "" || gb != "" {
		t.Fatalf("removed again and answered yes: A holds %q, B %q", ga, gb)
	}
}

// yesTo answers every question of a summary with res: a record by its
// stable id, each of the agreement's items by its key.
func yesTo(s Summary, res data.Resolution) map[string]data.Resolution {
	out := map[string]data.Resolution{}
	for _, c := range s.Asks {
		out[c.UID] = res
		for _, it := range c.Removals {
			out[it.Key] = res
		}
	}
	return out
}

// forgeRemoval writes B's file with the one record of section (a
// tombstone, later than B's) as a hostile home could.
func forgeRemoval(t *testing.T, s *data.Store, dir, section string, at time.Time) {
	t.Helper()
	f, err := s.ShareFamily(nil)
	if err != nil {
		t.Fatal(err)
	}
	i := slices.IndexFunc(f.Records, func(r data.SharedRecord) bool { return r.Section == section })
	if i < 0 {
		t.Fatalf("no %s record to remove", section)
	}
	f.Records[i].Deleted, f.Records[i].Value, f.Records[i].Changed = true, nil, at
	f.Records[i].Device = s.DeviceID()
	out, err := os.Create(filepath.Join(dir, FolderFileName(s.DeviceID())))
	if err != nil {
		t.Fatal(err)
	}
	defer func() { _ = out.Close() }()
	if err := Export(out, f, pass, "0.1.0", at, s.ShareCost()); err != nil {
		t.Fatal(err)
	}
}

// removalBackups counts the backups kept a month, made before a removal.
func removalBackups(t *testing.T, s *data.Store) int {
	t.Helper()
	all, err := s.Backups()
	mustDo(t, err)
	n := 0
	for _, b := range all {
		if b.Kind == data.BackupBeforeRemoval {
			n++
		}
	}
	return n
}
