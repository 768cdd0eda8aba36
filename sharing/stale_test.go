package sharing

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"
	"time"

	"family-online-safety/data"
	"family-online-safety/data/datatest"
)

// houseRules are the house rules' words in s.
func houseRules(t *testing.T, s *data.Store) []string {
	t.Helper()
	a, err := s.Agreement()
	datatest.Must(t, err)
	var out []string
	for _, r := range a.Rules {
		out = append(out, r.Text)
	}
	return out
}

// A house rule is reworded in both homes at once. B is asked first and
// takes A's wording; A, asked about B's file as it was, answers "take
// the file's" after B's file was written again with A's own wording.
// That answer is about a version gone: it is not applied, the file is
// read again, and both homes end with the same wording, asked nothing
// more (three children, two real stores).
func TestAnAnswerAboutAFileWrittenAgainSinceIsNotAppliedToTheOldOne(t *testing.T) {
	t.Parallel()
	clock := day
	now := func() time.Time { return clock }
	tick := func() time.Time { clock = clock.Add(time.Minute); return clock }
	dir := t.TempDir()
	a, b := newHome(t, "A", dir, now), newHome(t, "B", dir, now)
	threeChildren(t, a.store)
	rule, err := a.store.AddItem(data.ListRules, "Phones charge downstairs at night")
	datatest.Must(t, err)
	for range 3 {
		a.sync.Step(tick())
		b.sync.Step(tick())
	}
	if got := houseRules(t, b.store); len(got) != 1 {
		t.Fatalf("B holds rules %q after meeting", got)
	}
	datatest.Must(t, a.store.UpdateItem(data.ListRules, rule.ID, "Phones charge downstairs from 9pm"))
	ab, err := b.store.Agreement()
	datatest.Must(t, err)
	bRule := ab.Rules[0]
	datatest.Must(t, b.store.UpdateItem(data.ListRules, bRule.ID, "Phones charge in the kitchen at night"))
	a.sync.Step(tick())
	b.sync.Step(tick())
	ra := a.sync.Step(tick()) // A is asked about B's file as it is now
	if ra.Waiting == nil {
		t.Fatal("A is not asked about the rule reworded in both homes")
	}
	rb := b.sync.Step(tick())
	if rb.Waiting == nil {
		t.Fatal("B is not asked about the rule reworded in both homes")
	}
	b.sync.Resolve(all(rb.Waiting.Summary, data.TakeTheirs), tick()) // B takes A's wording
	b.sync.Step(tick())                                              // and writes its file again
	a.sync.Resolve(all(ra.Waiting.Summary, data.TakeTheirs), tick()) // A takes B's old wording
	for range 4 {
		for _, h := range []*home{a, b} {
			if r := h.sync.Step(tick()); r.Waiting != nil {
				t.Fatalf("%s asked again: %+v", h.name, r.Waiting.Summary.Conflicts)
			}
		}
	}
	ga, gb := houseRules(t, a.store), houseRules(t, b.store)
	if fmt.Sprint(ga) != fmt.Sprint(gb) || len(ga) != 1 {
		t.Fatalf("A holds %q, B %q: want the same one rule", ga, gb)
	}
}

// all answers every question of s with res: each conflict and change
// that asks, and each of the agreement's items.
func all(s Summary, res data.Resolution) map[string]data.Resolution {
	out := yesTo(s, res)
	for _, c := range s.Conflicts {
		out[c.UID] = res
		for _, it := range c.Items {
			out[it.Key] = res
		}
	}
	return out
}

// A file read just after it was written, and written again at once with
// the same size (a file system's clock is coarse; a sealed file of the
// same records has the same length), is still seen as written again:
// an answer is never applied to a version gone.
func TestAFileWrittenAgainWithTheSameTimeAndSizeIsSeenAsReplaced(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	name := "family-online-safety-0123456789abcdef.fos"
	path := filepath.Join(dir, name)
	mod := time.Now().Truncate(time.Second)
	write := func(text string) {
		datatest.Must(t, os.WriteFile(path, []byte(text), 0o600))
		datatest.Must(t, os.Chtimes(path, mod, mod))
	}
	write("version one: 01632 960222")
	info, err := os.Stat(path)
	datatest.Must(t, err)
	_, state, err := readFolderFile(path, listed{mod: info.ModTime(), size: info.Size()})
	datatest.Must(t, err)
	s, w := &Syncer{dir: dir}, &Waiting{Name: name, state: state}
	if s.replaced(w) {
		t.Fatal("a file not written again is seen as replaced")
	}
	write("version two: 01632 960444")
	if !s.replaced(w) {
		t.Fatal("a file written again with the same time and size is not seen as replaced")
	}
}
