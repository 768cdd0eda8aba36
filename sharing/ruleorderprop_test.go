package sharing

import (
	"encoding/json"
	"errors"
	"fmt"
	"math/rand/v2"
	"os"
	"slices"
	"strconv"
	"testing"
	"time"

	"family-online-safety/data"
	"family-online-safety/data/datatest"
)

// orderProp is a property test of the house rules in two homes on one
// shared folder (three children): each home adds, rewords, deletes and
// moves rules at random, the homes take each other's files at random
// points and answer every question at random. After a final settle (both
// step until nothing changes) both hold the same rules in the same order,
// unless they say they differ (each kept its own); no rule is ever twice,
// no old wording comes back, and no deleted rule comes back without a
// question about it.
type orderProp struct {
	t       *testing.T
	rng     *rand.Rand
	homes   []*home
	clock   time.Time
	words   int
	retired map[string]bool   // wordings reworded away: back only after a question
	deleted map[string]bool   // deleted in a home: back only after a question
	asked   map[string]bool   // wordings shown in a question
	order   map[string]bool   // homes that say the rules' order differs (or, by "home section", a record)
	was     map[string]string // a child's line reworded: its old wording, by the new
}

func TestRulesEndInOneOrderInBothHomes(t *testing.T) {
	t.Parallel()
	seeds, steps := envInt("ORDER_SEEDS", 8), envInt("ORDER_STEPS", 40) // (make soak: 200 of 60)
	for seed := range uint64(seeds) {
		t.Run(fmt.Sprint(seed), func(t *testing.T) {
			t.Parallel()
			p := &orderProp{t: t, rng: rand.New(rand.NewPCG(seed, 23)), clock: day,
				retired: map[string]bool{}, deleted: map[string]bool{}, asked: map[string]bool{}, order: map[string]bool{}}
			dir := t.TempDir()
			now := func() time.Time { return p.clock }
			p.homes = []*home{newHome(t, "A", dir, now), newHome(t, "B", dir, now)}
			threeChildren(t, p.homes[0].store)
			for range 4 {
				p.edit(p.homes[0], 0)
			}
			p.settle()
			for range steps {
				h := p.homes[p.rng.IntN(2)]
				if p.rng.IntN(3) == 0 {
					p.step(h)
				} else {
					p.edit(h, p.rng.IntN(4))
				}
			}
			p.settle()
			p.check()
		})
	}
}

func envInt(name string, otherwise int) int {
	if n, err := strconv.Atoi(os.Getenv(name)); err == nil && n > 0 {
		return n
	}
	return otherwise
}

func (p *orderProp) tick() time.Time {
	p.clock = p.clock.Add(time.Minute)
	return p.clock
}

// edit makes one change in h: 0 add, 1 reword, 2 delete, 3 move.
func (p *orderProp) edit(h *home, op int) {
	p.t.Helper()
	p.tick()
	a, err := h.store.Agreement()
	datatest.Must(p.t, err)
	p.words++
	word := fmt.Sprintf("%s rule %d", h.name, p.words)
	if op == 0 || len(a.Rules) == 0 {
		if len(a.Rules) < 12 {
			_, err := h.store.AddItem(data.ListRules, word)
			datatest.Must(p.t, err)
		}
		return
	}
	it := a.Rules[p.rng.IntN(len(a.Rules))]
	switch op {
	case 1:
		p.t.Logf("%s rewords %q as %q", h.name, it.Text, word)
		p.retired[it.Text] = true
		datatest.Must(p.t, h.store.UpdateItem(data.ListRules, it.ID, word))
	case 2:
		p.t.Logf("%s deletes %q", h.name, it.Text)
		p.deleted[it.Text] = true
		datatest.Must(p.t, h.store.DeleteItem(data.ListRules, it.ID))
	default:
		datatest.Must(p.t, h.store.MoveItem(data.ListRules, it.ID, []int{-1, 1}[p.rng.IntN(2)]))
	}
}

// step takes in the other home's file in h, answering at random; it
// reports whether anything happened.
func (p *orderProp) step(h *home) bool {
	p.t.Helper()
	r := h.sync.Step(p.tick())
	if len(r.Merged) > 0 || r.Waiting != nil || r.Wrote {
		p.t.Logf("%s takes in (merged %d, wrote %v, waiting %v); holds %q %q", h.name, len(r.Merged), r.Wrote, r.Waiting != nil, houseRules(p.t, h.store), leoWords(p.t, h))
	}
	busy := r.Wrote || len(r.Merged) > 0 || r.Waiting != nil
	p.note(h, r)
	if r.Waiting != nil {
		p.note(h, h.sync.Resolve(p.choose(r.Waiting.Summary), p.tick()))
	}
	return busy
}

// choose answers every question of s at random, noting what was shown.
func (p *orderProp) choose(s Summary) map[string]data.Resolution {
	out := map[string]data.Resolution{}
	for _, c := range slices.Concat(s.Conflicts, s.Asks) {
		out[c.UID] = []data.Resolution{data.KeepMine, data.TakeTheirs}[p.rng.IntN(2)]
		p.askedWhole(c)
		for _, it := range slices.Concat(c.Items, c.Removals) {
			out[it.Key] = []data.Resolution{data.KeepMine, data.TakeTheirs}[p.rng.IntN(2)]
			p.t.Logf("asked (removal %v, back %v): mine %q theirs %q: %v", it.RemovedThere(), it.Back, it.Mine, it.Theirs, out[it.Key])
			if it.Order {
				p.t.Logf("asked about the order: %v", out[it.Key])
			}
			if !it.Order {
				p.asked[it.Mine], p.asked[it.Theirs] = true, true
			}
		}
	}
	return out
}

// note fails on a problem other than the homes differing, and notes
// whether h says the rules' order differs.
func (p *orderProp) note(h *home, r Report) {
	p.t.Helper()
	for name, err := range r.Problems {
		var d *DiffersError
		if !errors.As(err, &d) {
			p.t.Fatalf("%s: %s: %v", h.name, name, err)
		}
		for _, c := range d.Changes {
			p.order[h.name+" "+c.Section] = true
			p.askedWhole(c)
			for _, it := range c.Differing {
				p.order[h.name] = p.order[h.name] || it.Order
				if it.Order {
					p.t.Logf("%s says the order differs", h.name)
				}
				p.asked[it.Mine], p.asked[it.Theirs] = true, true
			}
		}
	}
}

// settle steps both homes until neither writes, takes in or asks.
func (p *orderProp) settle() {
	p.t.Helper()
	clear(p.order)
	quiet := 0
	for range 40 {
		for _, h := range p.homes {
			if p.step(h) {
				quiet = 0
			} else {
				quiet++
			}
		}
		if quiet >= 2*len(p.homes) {
			return
		}
	}
	p.t.Fatal("the homes never settle")
}

// check holds the test's properties after the final settle.
func (p *orderProp) check() {
	p.t.Helper()
	var held [2][]string
	for i, h := range p.homes {
		held[i] = houseRules(p.t, h.store)
		for j, r := range held[i] {
			switch {
			case slices.Contains(held[i][:j], r):
				p.t.Fatalf("%s holds %q twice: %q", h.name, r, held[i])
			case p.retired[r] && !p.asked[r]:
				p.t.Fatalf("%s holds %q again, reworded since with no question: %q", h.name, r, held[i])
			case p.deleted[r] && !p.asked[r]:
				p.t.Fatalf("%s holds %q again, deleted with no question: %q", h.name, r, held[i])
			}
		}
	}
	a, b := held[0], held[1]
	if slices.Equal(a, b) {
		return
	}
	inBoth := func(x, y []string) []string {
		return slices.DeleteFunc(slices.Clone(x), func(r string) bool { return !slices.Contains(y, r) })
	}
	for _, r := range slices.Concat(a, b) { // kept in one home, removed in the other: asked, and said
		if !(slices.Contains(a, r) && slices.Contains(b, r)) && !p.asked[r] {
			p.t.Fatalf("%q is in one home only, unasked: A %q, B %q", r, a, b)
		}
	}
	if x, y := inBoth(a, b), inBoth(b, a); !slices.Equal(x, y) && !(p.order["A"] && p.order["B"]) {
		p.t.Fatalf("the homes hold the rules in different orders, and do not say so: A %q, B %q", a, b)
	}
}

// askedWhole notes every line of a child's words shown whole in a
// question (a record asked about as one: taking it back, say).
func (p *orderProp) askedWhole(c data.Change) {
	if c.Section != "child_words" {
		return
	}
	for _, v := range [][]byte{c.Mine, c.Theirs} {
		var w data.ChildWords
		if json.Unmarshal(v, &w) == nil {
			for _, l := range data.AllWordsLists {
				for _, line := range w.List(l) {
					p.asked[line] = true
				}
			}
		}
	}
}

// leoWords is Leo's lines in h, if he is there.
func leoWords(t *testing.T, h *home) []string {
	return kidWords(t, h)["Leo"]
}
