package sharing

import (
	"slices"
	"testing"
	"time"

	"family-online-safety/data"
	"family-online-safety/data/datatest"
)

// wordsHomes are two homes on one shared folder with three children
// (Maya 14, Leo 9, Ava 5); Leo has three lines of his own words, his
// sisters one each, in both homes.
func wordsHomes(t *testing.T) (a, b *home, tick func() time.Time) {
	t.Helper()
	clock := day
	now := func() time.Time { return clock }
	tick = func() time.Time { clock = clock.Add(time.Minute); return clock }
	a, b = wordsHomesOn(t, now, tick)
	return a, b, tick
}

// wordsHomesOn is wordsHomes on the clock now, moved on by tick.
func wordsHomesOn(t *testing.T, now, tick func() time.Time) (a, b *home) {
	t.Helper()
	dir := t.TempDir()
	a, b = newHome(t, "A", dir, now), newHome(t, "B", dir, now)
	for _, k := range threeChildren(t, a.store) {
		lines := map[string][]string{"Maya": {"Drawing on Procreate"}, "Ava": {"Watching Bluey"},
			"Leo": {"Minecraft with my cousin", "Football videos", "Chatting with Sam"}}[k.Name]
		for _, line := range lines {
			datatest.Must(t, a.store.AddChildWord(k.ID, data.WordsEnjoy, line))
		}
	}
	for range 3 {
		a.sync.Step(tick())
		b.sync.Step(tick())
	}
	return a, b
}

// kidWords is each child's "what I enjoy" lines in h, by name.
func kidWords(t *testing.T, h *home) map[string][]string {
	t.Helper()
	kids, err := h.store.Children()
	datatest.Must(t, err)
	out := map[string][]string{}
	for _, k := range kids {
		w, err := h.store.ChildWords(k.ID)
		datatest.Must(t, err)
		out[k.Name] = w.Enjoy
	}
	return out
}

// leo is Leo's id in h.
func leo(t *testing.T, h *home) data.ID {
	t.Helper()
	kids, err := h.store.Children()
	datatest.Must(t, err)
	for _, k := range kids {
		if k.Name == "Leo" {
			return k.ID
		}
	}
	t.Fatal("no Leo")
	return 0
}

// mustHoldWords fails unless both homes hold Leo's lines want, and his
// sisters their own one line each.
func mustHoldWords(t *testing.T, want []string, homes ...*home) {
	t.Helper()
	for _, h := range homes {
		got := kidWords(t, h)
		if !slices.Equal(got["Leo"], want) || !slices.Equal(got["Maya"], []string{"Drawing on Procreate"}) ||
			!slices.Equal(got["Ava"], []string{"Watching Bluey"}) {
			t.Fatalf("%s holds %q, want Leo's %q and his sisters' own", h.name, got, want)
		}
	}
}

// A line reworded in one home replaces the old line in the other, asking
// nothing, while the other home adds a line of its own at the same time:
// both homes end with the new wording alone, and the added line.
func TestALineRewordedInOneHomeReplacesTheOldOne(t *testing.T) {
	t.Parallel()
	a, b, tick := wordsHomes(t)
	datatest.Must(t, a.store.UpdateChildWord(leo(t, a), data.WordsEnjoy, 1, "Football and rugby videos"))
	datatest.Must(t, b.store.AddChildWord(leo(t, b), data.WordsEnjoy, "Lego videos"))
	stepBoth(t, 4, tick, a, b)
	mustHoldWords(t, []string{"Minecraft with my cousin", "Football and rugby videos", "Chatting with Sam", "Lego videos"}, a, b)
}

// lineQuestions are the line questions waiting in r: reworded in both
// homes (conflicts) and removed there (removals).
func lineQuestions(r Report) (conflicts, removals []data.ItemConflict) {
	if r.Waiting == nil {
		return nil, nil
	}
	for _, c := range r.Waiting.Summary.Conflicts {
		conflicts = append(conflicts, c.Items...)
	}
	for _, c := range r.Waiting.Summary.Asks {
		removals = append(removals, c.Removals...)
	}
	return conflicts, removals
}

// A line reworded differently in both homes: one question, with both
// wordings; the wording chosen stands in both homes, nothing beside it.
func TestALineRewordedInBothHomesShowsBothWordings(t *testing.T) {
	t.Parallel()
	for _, res := range []data.Resolution{data.KeepMine, data.TakeTheirs} {
		a, b, tick := wordsHomes(t)
		datatest.Must(t, a.store.UpdateChildWord(leo(t, a), data.WordsEnjoy, 0, "Minecraft with Jay"))
		datatest.Must(t, b.store.UpdateChildWord(leo(t, b), data.WordsEnjoy, 0, "Minecraft on Saturdays"))
		b.sync.Step(tick())
		r := a.sync.Step(tick())
		conflicts, removals := lineQuestions(r)
		if len(conflicts) != 1 || len(removals) != 0 || conflicts[0].Mine != "Minecraft with Jay" ||
			conflicts[0].Theirs != "Minecraft on Saturdays" || conflicts[0].Words != data.WordsEnjoy {
			t.Fatalf("A is asked %+v and %+v, want one question with both wordings", conflicts, removals)
		}
		a.sync.Resolve(map[string]data.Resolution{conflicts[0].Key: res}, tick())
		stepBoth(t, 4, tick, a, b)
		kept := map[data.Resolution]string{data.KeepMine: "Minecraft with Jay", data.TakeTheirs: "Minecraft on Saturdays"}[res]
		mustHoldWords(t, []string{kept, "Football videos", "Chatting with Sam"}, a, b)
	}
}

// A line reworded here and deleted there: asked here as a removal, kept
// by default; the reworded line stays, once, and the other home is asked
// in turn whether to take it back.
func TestALineRewordedHereAndDeletedThereIsAskedAsARemoval(t *testing.T) {
	t.Parallel()
	a, b, tick := wordsHomes(t)
	datatest.Must(t, a.store.UpdateChildWord(leo(t, a), data.WordsEnjoy, 2, "Chatting with Sam and Ali"))
	datatest.Must(t, b.store.DeleteChildWord(leo(t, b), data.WordsEnjoy, 2))
	datatest.Must(t, b.store.UpdateChildWord(leo(t, b), data.WordsEnjoy, 0, "Minecraft with Jay"))
	b.sync.Step(tick())
	r := a.sync.Step(tick())
	conflicts, removals := lineQuestions(r)
	if len(conflicts) != 0 || len(removals) != 1 || removals[0].Mine != "Chatting with Sam and Ali" {
		t.Fatalf("A is asked %+v and %+v, want the removal of the reworded line", conflicts, removals)
	}
	a.sync.Resolve(map[string]data.Resolution{removals[0].Key: data.KeepMine}, tick())
	a.sync.Step(tick())
	mustHoldWords(t, []string{"Minecraft with Jay", "Football videos", "Chatting with Sam and Ali"}, a)
	r = b.sync.Step(tick())
	if r.Waiting == nil {
		t.Fatal("B is not asked whether to take the line back")
	}
	b.sync.Resolve(yesTo(r.Waiting.Summary, data.TakeTheirs), tick())
	stepBoth(t, 3, tick, a, b)
	mustHoldWords(t, []string{"Minecraft with Jay", "Football videos", "Chatting with Sam and Ali"}, a, b)
}
