package data

import (
	"fmt"
	"maps"
	"math/rand/v2"
	"slices"
	"testing"
	"time"

	"family-online-safety/content"
)

// childModel is what one child should have, kind by kind, kept in plain
// maps beside the store.
type childModel struct {
	words       map[WordsList][]string
	notes       map[ID]string // app note id: its note text
	concerns    map[ID]string // concern id: what happened
	discussions map[ID]string // discussion id: its note
	changes     map[ID]string // today-only change id: its reason
	prompts     map[ReviewPrompt]bool
	week        Week
}

func newChildModel() *childModel {
	return &childModel{words: map[WordsList][]string{}, notes: map[ID]string{},
		concerns: map[ID]string{}, discussions: map[ID]string{}, changes: map[ID]string{},
		prompts: map[ReviewPrompt]bool{}}
}

// scopedWorld is the store and the model of three children driven together.
type scopedWorld struct {
	t     *testing.T
	s     *Store
	rng   *rand.Rand
	now   time.Time
	kids  []ID
	model map[ID]*childModel
	n     int // a counter that makes every text unique
}

// Every record that belongs to a child is kept under and read by that
// child: random adds, edits and deletes of every child-scoped kind across
// three siblings of different ages, and after every step each child has
// exactly what the model says: nothing on a sibling, no stale copy beside
// an edit, nothing deleted coming back.
func TestChildScopedRecordsStayOnTheirChildThroughRandomEdits(t *testing.T) {
	t.Parallel()
	for seed := range uint64(3) {
		t.Run(fmt.Sprint(seed), func(t *testing.T) {
			t.Parallel()
			w := newScopedWorld(t, seed, "")
			for i := range 240 {
				w.step()
				w.check(i)
			}
		})
	}
}

// newScopedWorld is a store with three children of different ages, behind
// pass when it is not "", and an empty model, driven by seed.
func newScopedWorld(t *testing.T, seed uint64, pass string) *scopedWorld {
	t.Helper()
	now := time.Date(2026, 12, 7, 10, 0, 0, 0, time.Local)
	w := &scopedWorld{t: t, s: openTemp(t, at(now)), rng: rand.New(rand.NewPCG(seed, 23)),
		now: now, model: map[ID]*childModel{}}
	if pass != "" {
		w.must(w.s.SetPassphrase(pass))
	}
	for _, kid := range []Child{{Name: "Amira", BirthYear: 2019, BirthMonth: 3},
		{Name: "Leo", BirthYear: 2014, BirthMonth: 9}, {Name: "Sam", BirthYear: 2010, BirthMonth: 1}} {
		c, err := w.s.AddChild(kid)
		if err != nil {
			t.Fatal(err)
		}
		w.kids = append(w.kids, c.ID)
		w.model[c.ID] = newChildModel()
	}
	return w
}

// step is one random add, edit or delete of a random kind for a random
// child.
func (w *scopedWorld) step() {
	steps := []func(ID){w.stepWords, w.stepNote, w.stepConcern, w.stepDiscussion,
		w.stepChange, w.stepPrompt, w.stepLimit}
	kid := w.kids[w.rng.IntN(len(w.kids))]
	steps[w.rng.IntN(len(steps))](kid)
}

func (w *scopedWorld) text(kind string) string {
	w.n++
	return fmt.Sprintf("%s %d", kind, w.n)
}

func (w *scopedWorld) must(err error) {
	w.t.Helper()
	if err != nil {
		w.t.Fatal(err)
	}
}

func (w *scopedWorld) stepWords(kid ID) {
	l := AllWordsLists[w.rng.IntN(len(AllWordsLists))]
	m := w.model[kid]
	list := m.words[l]
	switch op := w.rng.IntN(3); {
	case op == 0 && len(list) < MaxChildWords || len(list) == 0:
		text := w.text("said")
		w.must(w.s.AddChildWord(kid, l, text))
		m.words[l] = append(list, text)
	case op == 1:
		i, text := w.rng.IntN(len(list)), w.text("reworded")
		w.must(w.s.UpdateChildWord(kid, l, i, text))
		list[i] = text
	default:
		i := w.rng.IntN(len(list))
		w.must(w.s.DeleteChildWord(kid, l, i))
		m.words[l] = slices.Delete(list, i, i+1)
		if len(m.words[l]) == 0 {
			delete(m.words, l)
		}
	}
}

// pick is one of the ids of a child's records of one kind, or 0.
func (w *scopedWorld) pick(ids map[ID]string) ID {
	keys := slices.Sorted(maps.Keys(ids))
	if len(keys) == 0 {
		return 0
	}
	return keys[w.rng.IntN(len(keys))]
}

func (w *scopedWorld) stepNote(kid ID) {
	m := w.model[kid]
	id := w.pick(m.notes)
	switch op := w.rng.IntN(3); {
	case op == 0 || id == 0:
		text := w.text("app")
		n, err := w.s.AddAppNote(AppNote{ChildID: kid, Name: text, Note: text})
		w.must(err)
		m.notes[n.ID] = text
	case op == 1:
		n, err := w.s.AppNote(kid, id)
		w.must(err)
		n.Note = w.text("note")
		w.must(w.s.UpdateAppNote(n))
		m.notes[id] = n.Note
	default:
		w.must(w.s.DeleteAppNote(kid, id))
		delete(m.notes, id)
	}
}

func (w *scopedWorld) stepConcern(kid ID) {
	m := w.model[kid]
	id := w.pick(m.concerns)
	switch op := w.rng.IntN(3); {
	case op == 0 || id == 0:
		text := w.text("happened")
		c, err := w.s.AddConcern(Concern{ChildID: kid, Date: w.now, Happened: text})
		w.must(err)
		m.concerns[c.ID] = text
	case op == 1:
		text := w.text("rewritten")
		w.must(w.s.UpdateConcern(Concern{ID: id, ChildID: kid, Date: w.now, Happened: text}))
		m.concerns[id] = text
	default:
		w.must(w.s.DeleteConcern(kid, id))
		delete(m.concerns, id)
	}
}

func (w *scopedWorld) stepDiscussion(kid ID) {
	m := w.model[kid]
	id := w.pick(m.discussions)
	if w.rng.IntN(2) == 0 || id == 0 {
		text := w.text("talked")
		d, err := w.s.MarkDiscussed(Discussion{ChildID: kid, StarterID: "s1",
			Date: w.now.Format(DateLayout), Note: text})
		w.must(err)
		m.discussions[d.ID] = text
		return
	}
	w.must(w.s.DeleteDiscussion(kid, id))
	delete(m.discussions, id)
}

func (w *scopedWorld) stepChange(kid ID) {
	m := w.model[kid]
	id := w.pick(m.changes)
	if w.rng.IntN(2) == 0 || id == 0 {
		// Sometimes one change for two children at once: one record each.
		who := []ID{kid}
		if other := w.kids[w.rng.IntN(len(w.kids))]; other != kid && w.rng.IntN(3) == 0 {
			who = append(who, other)
		}
		text := w.text("because")
		out, err := w.s.AddDayChange(DayChange{Kind: ChangeNone, Day: w.now.AddDate(0, 0, w.rng.IntN(5)),
			Reason: text}, who)
		w.must(err)
		for _, c := range out {
			w.model[c.ChildID].changes[c.ID] = text
		}
		return
	}
	w.must(w.s.DeleteDayChange(kid, id))
	delete(m.changes, id)
}

func (w *scopedWorld) stepPrompt(kid ID) {
	kinds := []content.Turning{content.Turning13, content.Turning16, content.TurningPhone}
	p := PromptKey(kinds[w.rng.IntN(len(kinds))], 2020+w.rng.IntN(8))
	w.must(w.s.DismissPrompt(kid, p.Kind, p.Year))
	w.model[kid].prompts[p] = true
}

func (w *scopedWorld) stepLimit(kid ID) {
	day, l := w.rng.IntN(7), Minutes(15*w.rng.IntN(13))
	w.must(w.s.SetLimit(kid, day, l))
	w.model[kid].week[day] = l
}

// check compares every child's records of every kind with the model.
func (w *scopedWorld) check(step int) {
	w.t.Helper()
	a, err := w.s.Agreement()
	w.must(err)
	for _, kid := range w.kids {
		want, got := w.model[kid], w.read(kid)
		got.week = a.WeekFor(kid)
		if g, m := fmt.Sprint(*got), fmt.Sprint(*want); g != m {
			w.t.Fatalf("step %d, child %d:\nstore %s\nmodel %s", step, kid, g, m)
		}
	}
}

// read is what the store holds for one child, in the model's shape;
// a record that names another child than the one it was read for fails.
func (w *scopedWorld) read(kid ID) *childModel {
	w.t.Helper()
	got := newChildModel()
	words, err := w.s.ChildWords(kid)
	w.must(err)
	for _, l := range AllWordsLists {
		if len(words.List(l)) > 0 {
			got.words[l] = words.List(l)
		}
	}
	notes, err := w.s.AppNotes(kid)
	w.must(err)
	for _, n := range notes {
		w.owned(kid, n.ChildID)
		got.notes[n.ID] = n.Note
	}
	concerns, err := w.s.Concerns(kid)
	w.must(err)
	for _, c := range concerns {
		w.owned(kid, c.ChildID)
		got.concerns[c.ID] = c.Happened
	}
	talks, err := w.s.Discussions(kid)
	w.must(err)
	for _, d := range talks {
		w.owned(kid, d.ChildID)
		got.discussions[d.ID] = d.Note
	}
	changes, err := w.s.DayChanges(kid)
	w.must(err)
	for _, c := range changes {
		w.owned(kid, c.ChildID)
		got.changes[c.ID] = c.Reason
	}
	got.prompts, err = w.s.DismissedPrompts(kid)
	w.must(err)
	return got
}

func (w *scopedWorld) owned(want, got ID) {
	w.t.Helper()
	if got != want {
		w.t.Fatalf("a record read for child %d says it is child %d's", want, got)
	}
}
