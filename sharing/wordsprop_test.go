package sharing

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"testing"
	"time"

	"family-online-safety/data"
	"family-online-safety/data/datatest"
)

// A property test of a child's own words in two homes on one shared
// folder (three children): each home adds, rewords and deletes Leo's
// lines at random, the homes take each other's files at random points and
// answer every question at random. After a final settle both hold the
// same lines in the same order, unless they say they differ; no line is
// ever twice, no old wording stands beside its new one, nothing deleted
// or reworded comes back without a question, and nothing lands on Leo's
// sisters.
func TestAChildsWordsEndTheSameInBothHomes(t *testing.T) {
	t.Parallel()
	seeds, steps := envInt("ORDER_SEEDS", 8), envInt("ORDER_STEPS", 40) // (make soak: 200 of 60)
	for seed := range uint64(seeds) {
		t.Run(fmt.Sprint(seed), func(t *testing.T) {
			t.Parallel()
			p := &orderProp{t: t, rng: rand.New(rand.NewPCG(seed, 9)), clock: day,
				retired: map[string]bool{}, deleted: map[string]bool{}, asked: map[string]bool{}, order: map[string]bool{},
				was: map[string]string{}}
			a, b := wordsHomesOn(t, func() time.Time { return p.clock }, p.tick)
			p.homes = []*home{a, b}
			for range steps {
				h := p.homes[p.rng.IntN(2)]
				if p.rng.IntN(3) == 0 {
					p.step(h)
				} else {
					p.editWords(h, p.rng.IntN(3))
				}
			}
			p.settle()
			p.checkWords()
		})
	}
}

// editWords makes one change to Leo's lines in h: 0 add, 1 reword, 2 delete.
func (p *orderProp) editWords(h *home, op int) {
	p.t.Helper()
	p.tick()
	id := leo(p.t, h)
	w, err := h.store.ChildWords(id)
	datatest.Must(p.t, err)
	p.words++
	word := fmt.Sprintf("%s line %d", h.name, p.words)
	if op == 0 || len(w.Enjoy) == 0 {
		if len(w.Enjoy) < data.MaxChildWords {
			p.t.Logf("%s adds %q", h.name, word)
			datatest.Must(p.t, h.store.AddChildWord(id, data.WordsEnjoy, word))
		}
		return
	}
	i := p.rng.IntN(len(w.Enjoy))
	if op == 1 {
		p.t.Logf("%s rewords %q as %q", h.name, w.Enjoy[i], word)
		p.retired[w.Enjoy[i]] = true
		p.was[word] = w.Enjoy[i]
		datatest.Must(p.t, h.store.UpdateChildWord(id, data.WordsEnjoy, i, word))
		return
	}
	p.t.Logf("%s deletes %q", h.name, w.Enjoy[i])
	p.deleted[w.Enjoy[i]] = true
	datatest.Must(p.t, h.store.DeleteChildWord(id, data.WordsEnjoy, i))
}

// checkWords holds the test's properties after the final settle.
func (p *orderProp) checkWords() {
	p.t.Helper()
	var held [2][]string
	for i, h := range p.homes {
		got := kidWords(p.t, h)
		if !slices.Equal(got["Maya"], []string{"Drawing on Procreate"}) || !slices.Equal(got["Ava"], []string{"Watching Bluey"}) {
			p.t.Fatalf("%s: Leo's sisters hold %q", h.name, got)
		}
		held[i] = got["Leo"]
		for j, line := range held[i] {
			switch {
			case slices.Contains(held[i][:j], line):
				p.t.Fatalf("%s holds %q twice: %q", h.name, line, held[i])
			case (p.retired[line] || p.deleted[line]) && !p.asked[line]:
				p.t.Fatalf("%s holds %q again, with no question: %q", h.name, line, held[i])
			case slices.Contains(held[i], p.was[line]):
				p.t.Fatalf("%s holds %q beside its old wording %q: %q", h.name, line, p.was[line], held[i])
			}
		}
	}
	a, b := held[0], held[1]
	if p.order["A child_words"] || p.order["B child_words"] { // said to differ
		return
	}
	for _, line := range slices.Concat(a, b) { // kept in one home, removed in the other: asked
		if !(slices.Contains(a, line) && slices.Contains(b, line)) && !p.asked[line] {
			p.t.Fatalf("%q is in one home only, unasked: A %q, B %q", line, a, b)
		}
	}
	if !sameOrder(a, b) {
		p.t.Fatalf("the homes hold Leo's lines in different orders: A %q, B %q", a, b)
	}
}

// sameOrder reports whether a and b put the lines both hold in one order.
func sameOrder(a, b []string) bool {
	in := func(x, y []string) []string {
		return slices.DeleteFunc(slices.Clone(x), func(s string) bool { return !slices.Contains(y, s) })
	}
	return slices.Equal(in(a, b), in(b, a))
}
