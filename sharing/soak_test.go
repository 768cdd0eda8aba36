package sharing

import (
	"cmp"
	"errors"
	"fmt"
	"maps"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"family-online-safety/data"
	"family-online-safety/data/datatest"
)

// The two-home soak: two homes, each a process of its own, on one shared
// folder. Each round one home (in a random order) starts, takes in the
// other's file, answers any question at random (each removal too: kept
// or let go), makes random edits, rewordings and deletions across every
// shared kind and three children,
// writes its file and closes; now and then it is killed part way. At the
// end both homes settle and must hold the same family, with nothing on
// the wrong child and no record twice. SOAK_ROUNDS sets the rounds
// (make soak: 1000); the default is a short run for make test.
func TestSoakTwoHomesInTwoProcesses(t *testing.T) {
	if os.Getenv("SOAK_HOME") != "" {
		soakHome(t)
		return
	}
	rounds := 8
	if n, err := strconv.Atoi(os.Getenv("SOAK_ROUNDS")); err == nil {
		rounds = n
	}
	root := t.TempDir()
	shared, homes := filepath.Join(root, "shared"), []string{filepath.Join(root, "A"), filepath.Join(root, "B")}
	if err := os.Mkdir(shared, 0o700); err != nil {
		t.Fatal(err)
	}
	soakFamily(t, homes[0])
	rng := rand.New(rand.NewPCG(uint64(rounds), 3))
	clock, kills := day, 0
	for round := range rounds {
		for _, i := range rng.Perm(2) {
			clock = clock.Add(time.Minute)
			kill := rng.IntN(8) == 0
			if kill {
				kills++
			}
			soakRun(t, homes[i], shared, clock, rng.Uint64(), kill, false)
		}
		if round%100 == 99 {
			t.Logf("round %d, %d kills", round+1, kills)
		}
	}
	for i := range 20 { // settle: no edits, the default answers
		clock = clock.Add(time.Minute)
		if out := soakRun(t, homes[i%2], shared, clock, 0, false, true); strings.Contains(out, "QUIET") && i > 3 {
			if out2 := soakRun(t, homes[(i+1)%2], shared, clock.Add(time.Second), 0, false, true); strings.Contains(out2, "QUIET") {
				soakCheck(t, homes, differing(out+out2))
				t.Logf("%d rounds, %d kills: both homes hold the same family", rounds, kills)
				return
			}
		}
	}
	t.Fatal("the homes never settled")
}

// soakRun runs one home's process and returns what it printed.
func soakRun(t *testing.T, dir, shared string, now time.Time, seed uint64, kill, settle bool) string {
	t.Helper()
	cmd := exec.Command(os.Args[0], "-test.run=^TestSoakTwoHomesInTwoProcesses$")
	cmd.Env = append(os.Environ(), "SOAK_HOME="+dir, "SOAK_SHARED="+shared,
		"SOAK_CLOCK="+strconv.FormatInt(now.Unix(), 10), "SOAK_SEED="+strconv.FormatUint(seed, 10),
		"SOAK_SETTLE="+strconv.FormatBool(settle),
		// A race-built home would wait a second as it exits (the race
		// detector's default): 20 seconds idle in a short run.
		"GORACE="+strings.TrimSpace(os.Getenv("GORACE")+" atexit_sleep_ms=0"))
	var out strings.Builder
	cmd.Stdout, cmd.Stderr = &out, &out
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	if kill {
		time.AfterFunc(time.Duration(rand.IntN(150))*time.Millisecond, func() { _ = cmd.Process.Kill() })
	}
	if err := cmd.Wait(); err != nil && !kill {
		t.Fatalf("home %s: %v\n%s", filepath.Base(dir), err, out.String())
	}
	return out.String()
}

// soakFamily is the family both homes start from: three children of
// different ages, a note each, a contact and a rule.
func soakFamily(t *testing.T, dir string) {
	t.Helper()
	s, err := data.Open(dir, datatest.Options(t, datatest.At(day)))
	if err != nil {
		t.Fatal(err)
	}
	defer func() { _ = s.Close() }()
	for _, k := range []data.Child{{Name: "Amira", BirthYear: 2019, BirthMonth: 2},
		{Name: "Leo", BirthYear: 2014, BirthMonth: 6}, {Name: "Sam", BirthYear: 2010, BirthMonth: 9}} {
		kid, err := s.AddChild(k)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := s.AddAppNote(data.AppNote{ChildID: kid.ID, Name: k.Name + " Roblox"}); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := s.AddContact(data.Contact{Name: "Nain", Phone: "01234 567890"}); err != nil {
		t.Fatal(err)
	}
	if _, err := s.AddItem(data.ListRules, "Phones charge downstairs"); err != nil {
		t.Fatal(err)
	}
}

// soakHome is one home's process: a round of the soak.
func soakHome(t *testing.T) {
	sec, _ := strconv.ParseInt(os.Getenv("SOAK_CLOCK"), 10, 64)
	clock := time.Unix(sec, 0).UTC()
	seed, _ := strconv.ParseUint(os.Getenv("SOAK_SEED"), 10, 64)
	rng := rand.New(rand.NewPCG(seed, 7))
	s, err := data.Open(os.Getenv("SOAK_HOME"), datatest.Options(t, func() time.Time { return clock }))
	if err != nil {
		t.Fatal(err)
	}
	defer func() { _ = s.Close() }()
	sync := NewSyncer(s, os.Getenv("SOAK_SHARED"), pass, "soak").WithDebounce(0)
	settle := os.Getenv("SOAK_SETTLE") == "true"
	quiet := true
	step := func() {
		r := sync.Step(clock)
		if p := (&home{differs: map[string]bool{}}).problems(r); len(p) > 0 {
			t.Fatalf("problems %v", p)
		}
		for _, err := range r.Problems {
			var d *DiffersError
			if errors.As(err, &d) {
				for _, c := range d.Changes {
					fmt.Println("DIFFERS", c.UID)
					for _, it := range c.Differing { // the agreement's, item by item
						fmt.Println("DIFFERS", "item:"+cmp.Or(it.Place, it.Mine, it.Theirs))
					}
				}
			}
		}
		if r.Waiting != nil {
			choices := map[string]data.Resolution{}
			for _, c := range r.Waiting.Summary.Conflicts {
				if options := ConflictChoices(c); !settle {
					choices[c.UID] = options[rng.IntN(len(options))]
				}
				for _, key := range itemKeys(c) { // the agreement's, one by one
					if !settle {
						choices[key] = []data.Resolution{data.KeepMine, data.TakeTheirs}[rng.IntN(2)]
					}
				}
			}
			if !settle { // a yes or not to each removal (settling: every yes)
				for _, key := range slices.Sorted(maps.Keys(yesTo(r.Waiting.Summary, 0))) {
					choices[key] = []data.Resolution{data.KeepMine, data.TakeTheirs}[rng.IntN(2)]
				}
			}
			for _, c := range r.Waiting.Summary.Asks {
				if c.Bulk > 0 { // the other home's many new records in a busy (simulated) day: taken
					choices[c.UID] = data.TakeTheirs
				}
			}
			sync.Resolve(choices, clock)
		}
		// (a new syncer always writes its file once: not a change)
		quiet = quiet && len(r.Merged) == 0 && r.Waiting == nil
	}
	step()
	if !settle {
		for range 1 + rng.IntN(4) {
			clock = clock.Add(time.Second)
			soakEdit(t, rng, s, fmt.Sprint(rng.IntN(1e6)))
		}
	}
	clock = clock.Add(time.Second)
	step()
	if quiet {
		fmt.Println("QUIET")
	}
}

// itemKeys are the keys of the answers to an agreement conflict's items.
func itemKeys(c data.Change) []string {
	var out []string
	for _, it := range c.Items {
		out = append(out, it.Key)
	}
	for _, l := range c.Limits {
		out = append(out, l.Key)
	}
	return out
}

// soakEdit is one random edit; a child's records name the child, so one
// on the wrong child shows.
func soakEdit(t *testing.T, rng *rand.Rand, s *data.Store, word string) {
	t.Helper()
	kids, _ := s.Children()
	if len(kids) == 0 {
		return
	}
	kid := kids[rng.IntN(len(kids))]
	notes, _ := s.AppNotes(kid.ID)
	var err error
	switch op := rng.IntN(12); {
	case op == 0:
		_, err = s.AddAppNote(data.AppNote{ChildID: kid.ID, Name: kid.Name + " app " + word})
	case op == 1 && len(notes) > 0:
		n := notes[rng.IntN(len(notes))]
		n.Note = kid.Name + " " + word
		err = s.UpdateAppNote(n)
	case op == 2 && len(notes) > 1:
		err = s.DeleteAppNote(kid.ID, notes[rng.IntN(len(notes))].ID)
	case op == 3:
		_, err = s.AddConcern(data.Concern{ChildID: kid.ID, Date: day, Happened: kid.Name + " " + word})
	case op == 4:
		err = s.AddChildWord(kid.ID, data.WordsEnjoy, kid.Name+" "+word)
	case op >= 8:
		err = soakMoreKinds(rng, s, kid, word)
	default:
		agreementEdit(t, rng, s, kid, word)
	}
	if err != nil && !errors.Is(err, data.ErrInvalid) { // a full list, a name taken: refused as typed

		t.Fatal(err)
	}
}

// soakCheck opens both homes: the same family, every child's records on
// that child, nothing twice.
func soakCheck(t *testing.T, homes []string, differs map[string]bool) {
	t.Helper()
	var stores []*data.Store
	for _, dir := range homes {
		s, err := data.Open(dir, datatest.Options(t, datatest.At(day)))
		if err != nil {
			t.Fatal(err)
		}
		defer func() { _ = s.Close() }()
		stores = append(stores, s)
	}
	h := &home{differs: differs} // (where both kept their own, said: they may differ)
	fa, fb := agreeing(t, stores[0], h), agreeing(t, stores[1], h)
	if fmt.Sprint(fa) != fmt.Sprint(fb) {
		t.Fatalf("the homes differ:\n%s", differ(fa, fb))
	}
	if ga, gb := agreementView(t, stores[0], differs), agreementView(t, stores[1], differs); ga != gb {
		t.Fatalf("the agreements differ:\nA %s\nB %s", ga, gb)
	}
	kids, _ := stores[0].Children()
	for _, k := range kids {
		notes, _ := stores[0].AppNotes(k.ID)
		seen := map[string]bool{}
		for _, n := range notes {
			if !strings.HasPrefix(n.Name, k.Name+" ") || n.Note != "" && !strings.HasPrefix(n.Note, k.Name+" ") {
				t.Errorf("%s has a note of another child's: %+v", k.Name, n)
			}
			if key := n.Name + "\x00" + n.Note; seen[key] {
				t.Errorf("%s has the same note twice: %+v", k.Name, n)
			} else {
				seen[key] = true
			}
		}
		log, _ := stores[0].Concerns(k.ID)
		for _, c := range log {
			if !strings.HasPrefix(c.Happened, k.Name+" ") {
				t.Errorf("%s has a concern entry of another child's: %+v", k.Name, c)
			}
		}
		talks, _ := stores[0].Discussions(k.ID)
		for _, d := range talks {
			if !strings.HasPrefix(d.Note, k.Name+" ") {
				t.Errorf("%s has a talk of another child's: %+v", k.Name, d)
			}
		}
		words, _ := stores[0].ChildWords(k.ID)
		for _, w := range words.Enjoy {
			if !strings.HasPrefix(w, k.Name+" ") {
				t.Errorf("%s has another child's words: %q", k.Name, w)
			}
		}
	}
}

// differing are the records a home's output says the homes differ on.
func differing(out string) map[string]bool {
	ds := map[string]bool{}
	for _, line := range strings.Split(out, "\n") {
		if uid, ok := strings.CutPrefix(line, "DIFFERS "); ok {
			ds[strings.TrimSpace(uid)] = true
		}
	}
	return ds
}
