package data

import (
	"fmt"
	"maps"
	"math/rand/v2"
	"os"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"
)

// A model of two homes sharing one plan: every shared item (a rule, a
// promise, a place, a device-free time, each child's limit for one day,
// a contact, an app note) is a key with a value ("" when there is none).
// Each home edits, rewords and deletes at random; then one home takes
// the other's file and answers every conflict at random, the other home
// may change more before it hears back, and the files go back and forth.
// The model says, item by item, what each home must hold and which items
// must be asked about: changed in one home, the change; changed in both
// (or deleted in one and changed in the other), a question; an answer
// stands until either home changes that item again.
type twoHomeModel struct {
	t      *testing.T
	rng    *rand.Rand
	homes  [2]*Store
	vals   [2]map[string]string
	bases  [2]map[string]string    // the value each home last had in common with the other
	answer [2]map[string][2]string // conflicts answered by keeping this home's: {lost, kept}
	clock  time.Time
	words  int
}

// TestTwoHomesMergeEveryItemAsTheModelSays: after every step both homes
// hold what the model says, nothing twice, nothing deleted come back, and
// an answer is not asked again nor undone by the other home's files.
func TestTwoHomesMergeEveryItemAsTheModelSays(t *testing.T) {
	t.Parallel()
	families, rounds := envCount("MODEL_FAMILIES", 6), envCount("MODEL_ROUNDS", 10) // (make soak: 40 of 25)
	for seed := range uint64(families) {
		t.Run(fmt.Sprint(seed), func(t *testing.T) {
			t.Parallel()
			m := newTwoHomeModel(t, seed)
			for range rounds {
				for h := range 2 {
					for range 1 + m.rng.IntN(4) {
						m.edit(h)
					}
				}
				m.exchange(m.rng.IntN(2))
			}
		})
	}
}

func envCount(name string, otherwise int) int {
	if n, err := strconv.Atoi(os.Getenv(name)); err == nil && n > 0 {
		return n
	}
	return otherwise
}

func newTwoHomeModel(t *testing.T, seed uint64) *twoHomeModel {
	m := &twoHomeModel{t: t, rng: rand.New(rand.NewPCG(seed, 23)), clock: shareDay}
	a := openTemp(t, m.tick)
	for _, k := range []Child{{Name: "Alys", BirthYear: 2010, BirthMonth: 3},
		{Name: "Bryn", BirthYear: 2015, BirthMonth: 7}, {Name: "Cari", BirthYear: 2020, BirthMonth: 1}} {
		if _, err := a.AddChild(k); err != nil {
			t.Fatal(err)
		}
	}
	m.homes[0] = a
	m.vals[0] = observeHome(t, a)
	for range 8 {
		m.edit(0)
	}
	m.homes[1] = openTemp(t, m.tick)
	if _, err := m.homes[1].ApplyShared(sealedFile(t, a), ImportNewFamily, nil); err != nil {
		t.Fatal(err)
	}
	m.vals[1] = observeHome(t, m.homes[1])
	m.mustHold(1, m.vals[0], "a new family from the file")
	for h := range 2 {
		m.bases[h], m.answer[h] = maps.Clone(m.vals[0]), map[string][2]string{}
	}
	return m
}

// tick is both homes' clock: a minute later at every look.
func (m *twoHomeModel) tick() time.Time {
	m.clock = m.clock.Add(time.Minute)
	return m.clock
}

func (m *twoHomeModel) word(h int) string {
	m.words++
	return fmt.Sprintf("%c%d", "AB"[h], m.words)
}

// exchange: home to takes from's file and answers at random; from may
// change more before it hears back; then the files go back and forth
// until both homes hold the same, with no question asked again.
func (m *twoHomeModel) exchange(from int) {
	to := 1 - from
	sent := maps.Clone(m.vals[from])
	f := sealedFile(m.t, m.homes[from])
	m.take(to, from, f, sent, true)
	if plan, err := m.homes[to].PlanShared(f, ImportMerge); err != nil || len(plan) != 0 {
		m.t.Fatalf("the same file again: %+v, %v; want nothing to do", plan, err)
	}
	if m.rng.IntN(2) == 0 { // from changes more before it hears back
		for range 1 + m.rng.IntN(3) {
			m.edit(from)
		}
		m.take(to, from, sealedFile(m.t, m.homes[from]), maps.Clone(m.vals[from]), true)
	}
	m.take(from, to, sealedFile(m.t, m.homes[to]), maps.Clone(m.vals[to]), false)
	m.take(to, from, sealedFile(m.t, m.homes[from]), maps.Clone(m.vals[from]), false)
	m.mustHold(from, m.vals[to], "after the exchange")
}

// take: home h takes a file from home o whose items were sent; conflicts
// are answered at random (asked) or must not come up.
func (m *twoHomeModel) take(h, o int, f SharedFamily, sent map[string]string, asked bool) {
	m.t.Helper()
	want, questions := m.merge(h, o, sent)
	plan, err := m.homes[h].PlanShared(f, ImportMerge)
	if err != nil {
		m.t.Fatal(err)
	}
	got, keys := conflictKeys(m.t, plan)
	if !slices.Equal(got, questions) {
		m.t.Fatalf("home %c asks about %q, want %q\nmine %v\ntheirs %v\nbase %v", "AB"[h], got, questions,
			pick(m.vals[h], got, questions), pick(sent, got, questions), pick(m.bases[h], got, questions))
	}
	if len(questions) > 0 && !asked {
		m.t.Fatalf("home %c asked again about %q", "AB"[h], questions)
	}
	choices := map[string]Resolution{}
	for _, k := range questions {
		res := []Resolution{KeepMine, TakeTheirs}[m.rng.IntN(2)]
		choices[keys[k]] = res
		if res == KeepMine {
			m.answer[h][k] = [2]string{sent[k], m.vals[h][k]}
		} else {
			want[k] = sent[k]
			delete(m.answer[h], k)
		}
		if want[k] == "" {
			delete(want, k)
		}
	}
	if _, err := m.homes[h].ApplyShared(f, ImportMerge, choices); err != nil {
		m.t.Fatal(err)
	}
	if got := observeHome(m.t, m.homes[h]); !maps.Equal(got, want) {
		for k := range joinKeys(got, want) {
			if got[k] != want[k] {
				m.t.Logf("%s: mine %q, theirs %q, bases %q and %q, answers %q and %q", k, m.vals[h][k], sent[k],
					m.bases[h][k], m.bases[o][k], m.answer[h][k], m.answer[o][k])
			}
		}
	}
	m.vals[h] = want
	for k := range joinKeys(joinKeys(want, sent), m.bases[h]) {
		if want[k] == sent[k] {
			m.bases[h][k] = want[k]
		}
	}
	m.mustHold(h, want, "after taking a file")
}

// merge is what home h must hold after taking items sent by home o, and
// the items it must ask about (sorted); a question keeps h's for now.
func (m *twoHomeModel) merge(h, o int, sent map[string]string) (map[string]string, []string) {
	want := map[string]string{}
	var questions []string
	for k := range joinKeys(m.vals[h], sent) {
		mine, theirs := m.vals[h][k], sent[k]
		v := mine
		bases := []string{}
		if b, ok := m.bases[h][k]; ok {
			bases = append(bases, b)
		}
		if b, ok := m.bases[o][k]; ok { // the other home's, sealed here
			bases = append(bases, b)
		}
		mb, tb := slices.Contains(bases, mine), slices.Contains(bases, theirs)
		switch { // an answer stands while neither home changes the item again
		case mine == theirs:
		case len(bases) == 0 && (mine == "" || theirs == ""):
			v = mine + theirs
		case len(bases) > 0 && mb && !tb:
			v = theirs
		case len(bases) > 0 && tb && !mb:
		case m.answer[h][k] == [2]string{theirs, mine}:
		case m.answer[o][k] == [2]string{mine, theirs}:
			v = theirs
		default:
			questions = append(questions, k)
		}
		if v != "" {
			want[k] = v
		}
	}
	slices.Sort(questions)
	return want, questions
}

func joinKeys[V any](a map[string]V, b map[string]string) map[string]bool {
	out := map[string]bool{}
	for k := range a {
		out[k] = true
	}
	for k := range b {
		out[k] = true
	}
	return out
}

func pick(vals map[string]string, keys ...[]string) map[string]string {
	out := map[string]string{}
	for _, ks := range keys {
		for _, k := range ks {
			out[k] = vals[k]
		}
	}
	return out
}

// conflictKeys are the model's keys of the conflicts in plan (sorted),
// each with its key in ApplyShared's choices.
func conflictKeys(t *testing.T, plan []Change) ([]string, map[string]string) {
	t.Helper()
	var out []string
	keys := map[string]string{}
	for _, c := range plan {
		if c.Kind != Conflict {
			continue
		}
		switch c.Section {
		case "agreement":
			for _, it := range c.Items {
				k := strings.TrimPrefix(it.Key, c.UID+"/")
				out, keys[k] = append(out, k), it.Key
			}
			for _, l := range c.Limits {
				k := strings.TrimPrefix(l.Key, c.UID+"/")
				out, keys[k] = append(out, k), l.Key
			}
		case "contacts", "app_notes":
			k := c.Section + ":" + c.UID
			out, keys[k] = append(out, k), c.UID
		default:
			t.Fatalf("a conflict in %s", c.Section)
		}
	}
	slices.Sort(out)
	return out, keys
}

// mustHold fails unless home h holds exactly want.
func (m *twoHomeModel) mustHold(h int, want map[string]string, when string) {
	m.t.Helper()
	got := observeHome(m.t, m.homes[h])
	if maps.Equal(got, want) {
		return
	}
	var diffs []string
	for k := range joinKeys(got, want) {
		if got[k] != want[k] {
			diffs = append(diffs, fmt.Sprintf("%s: holds %q, want %q", k, got[k], want[k]))
		}
	}
	slices.Sort(diffs)
	m.t.Fatalf("home %c %s:\n%s", "AB"[h], when, strings.Join(diffs, "\n"))
}

// observeHome is every shared item home s holds, by the model's keys;
// an item twice fails the test.
func observeHome(t *testing.T, s *Store) map[string]string {
	t.Helper()
	stamps, err := s.Stamps()
	if err != nil {
		t.Fatal(err)
	}
	uid := func(bucket string, key []byte) string { return stamps[StampedKey{bucket, string(key)}].UID }
	out := map[string]string{}
	add := func(k, v string) {
		if _, twice := out[k]; twice {
			t.Fatalf("%s twice", k)
		}
		out[k] = v
	}
	kids, _ := s.Children()
	kid := map[ID]string{}
	for _, c := range kids {
		kid[c.ID] = uid("children", c.ID.key())
		notes, _ := s.AppNotes(c.ID)
		for _, n := range notes {
			add("app_notes:"+uid("app_notes", childKey(c.ID, n.ID)), kid[c.ID]+"|"+n.Name+"|"+n.Conditions)
		}
	}
	contacts, _ := s.Contacts()
	for _, c := range contacts {
		add("contacts:"+uid("contacts", c.ID.key()), c.Name+"|"+c.Notes)
	}
	a, err := s.Agreement()
	if err != nil {
		t.Fatal(err)
	}
	observeAgreement(a, kid, add)
	return out
}

func observeAgreement(a Agreement, kid map[ID]string, add func(k, v string)) {
	for _, l := range []List{ListRules, ListPromises, ListConsequences, ListPlaces} {
		for _, it := range *a.list(l) {
			add("item:"+itemUID(l, it), string(l)+"|"+it.Text)
		}
	}
	for _, p := range a.Places {
		add("place:"+p, "on")
	}
	for _, w := range a.Windows {
		add("window:"+windowUID(w), w.Label)
	}
	for kind, weeks := range map[string]map[ID]Week{"term": a.Limits, "holiday": a.HolidayLimits} {
		for id, w := range weeks {
			for d, l := range w {
				if l.Set {
					add(fmt.Sprintf("day:%s %s %d", kind, kid[id], d), strconv.Itoa(l.Minutes))
				}
			}
		}
	}
}
