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
		for _, a := range []answerB{removedInBoth, keptThenBack, keptInOneOnly} {
			t.Run(k.name+"/"+string(a), func(t *testing.T) {
				t.Parallel()
				removalWaits(t, k, a)
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

// answerB is how the homes answer a removal made in B.
type answerB string

const (
	removedInBoth answerB = "yes"          // A takes the removal
	keptThenBack  answerB = "kept-back"    // A keeps it; B, asked in turn, takes it back
	keptInOneOnly answerB = "kept-removed" // A keeps it; B, asked in turn, keeps it removed
)

// removalWaits: one item of kind k, shared by homes A and B through a
// folder, reworded in B (taken in A without a question), then removed
// in B: A keeps it, with "needs your yes" waiting, through "Not now";
// answered yes, it goes (after a backup kept a month); answered keep,
// it stays and is not asked about again, and B is asked in turn,
// starting on keeping it removed: nothing comes back there silently.
// Taken back in B and removed there once more, it is asked about again
// in A, and a yes removes it in both. Kept removed in B, the homes
// differ on it: both say so, and neither is asked again.
func removalWaits(t *testing.T, k removable, ans answerB) {
	yes := ans == removedInBoth
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
	if askedBackInB(t, k, a, b, tick, ans) {
		return
	}
	if got := k.find(t, b.store); got != was {
		t.Fatalf("kept in A and taken back in B, B holds %q, want it back", got)
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

// askedBackInB: A kept what B removed. B is asked in turn (nothing comes
// back silently), starting on keeping it removed, and answers ans. Kept
// removed, the homes differ on it, say so, and are asked nothing more
// (true). Neither home is asked again.
func askedBackInB(t *testing.T, k removable, a, b *home, tick func() time.Time, ans answerB) bool {
	t.Helper()
	if k.remove == nil { // (B's file was forged: B never removed it)
		return false
	}
	a.sync.Step(tick()) // A's file, with what it kept
	r := b.sync.Step(tick())
	if r.Waiting == nil || len(r.Waiting.Summary.Asks) == 0 {
		t.Fatalf("kept in A, B takes it back without a question (B holds %q)", k.find(t, b.store))
	}
	if got := k.find(t, b.store); got != "" {
		t.Fatalf("back in B before its yes: %q", got)
	}
	res := map[answerB]data.Resolution{keptThenBack: data.TakeTheirs, keptInOneOnly: data.KeepMine}[ans]
	b.sync.Resolve(yesTo(r.Waiting.Summary, res), tick())
	for range 3 {
		for _, h := range []*home{a, b} {
			if r := h.sync.Step(tick()); r.Waiting != nil {
				t.Fatalf("%s asked again after both answered: %+v", h.name, r.Waiting.Summary.Asks)
			} else if ans == keptInOneOnly && len(h.problems(r)) > 0 {
				t.Fatalf("%s: %v", h.name, h.problems(r))
			}
		}
	}
	if ans != keptInOneOnly {
		return false
	}
	if got := k.find(t, b.store); got != "" || k.find(t, a.store) == "" {
		t.Fatalf("kept in A, kept removed in B: A holds %q, B %q", k.find(t, a.store), got)
	}
	for _, h := range []*home{a, b} {
		if len(h.differs) == 0 {
			t.Errorf("%s does not say the homes differ on it", h.name)
		}
	}
	return true
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
