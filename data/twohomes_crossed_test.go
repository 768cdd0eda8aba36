package data

import (
	"maps"
	"slices"
	"strings"
	"testing"
)

// Both homes changed Mia's Monday limit (45 min here, 3 h there), took
// each other's file at the same time and each answered "take the
// file's": the homes swapped values. The crossed answers must settle,
// the same way in both homes, without asking again.
func TestCrossedAnswersSettleWithoutAskingAgain(t *testing.T) {
	t.Parallel()
	for _, answers := range [][2]Resolution{{TakeTheirs, TakeTheirs}, {KeepMine, KeepMine}, {TakeTheirs, KeepMine}} {
		m := &twoHomeModel{t: t, clock: shareDay}
		a := openTemp(t, m.tick)
		mia, err := a.AddChild(Child{Name: "Mia", BirthYear: 2016, BirthMonth: 4})
		if err != nil {
			t.Fatal(err)
		}
		if _, err := a.AddChild(Child{Name: "Leo", BirthYear: 2012, BirthMonth: 9}); err != nil {
			t.Fatal(err)
		}
		b := openTemp(t, m.tick)
		if _, err := b.ApplyShared(sealedFile(t, a), ImportNewFamily, nil); err != nil {
			t.Fatal(err)
		}
		if _, err := a.ApplyShared(sealedFile(t, b), ImportMerge, nil); err != nil {
			t.Fatal(err)
		}
		kidB, _ := b.Children()
		mustOK(t, a.SetLimit(mia.ID, 0, Minutes(45)))
		for _, k := range kidB {
			if k.Name == "Mia" {
				mustOK(t, b.SetLimit(k.ID, 0, Minutes(180)))
			}
		}
		homes := [2]*Store{a, b}
		files := [2]SharedFamily{sealedFile(t, a), sealedFile(t, b)}
		for h, s := range homes {
			plan, err := s.PlanShared(files[1-h], ImportMerge)
			mustOK(t, err)
			_, keys := conflictKeys(t, plan)
			if len(keys) != 1 {
				t.Fatalf("home %d asks about %v, want the one limit", h, keys)
			}
			choices := map[string]Resolution{}
			for _, k := range keys {
				choices[k] = answers[h]
			}
			_, err = s.ApplyShared(files[1-h], ImportMerge, choices)
			mustOK(t, err)
		}
		for round := range 4 {
			h := round % 2
			f := sealedFile(t, homes[1-h])
			plan, err := homes[h].PlanShared(f, ImportMerge)
			mustOK(t, err)
			if got, _ := conflictKeys(t, plan); len(got) != 0 {
				t.Fatalf("answers %v: home %d asked again about %v", answers, h, got)
			}
			_, err = homes[h].ApplyShared(f, ImportMerge, nil)
			mustOK(t, err)
		}
		va, vb := observeHome(t, a), observeHome(t, b)
		if !maps.Equal(va, vb) {
			t.Fatalf("answers %v: the homes differ:\n%v\n%v", answers, va, vb)
		}
	}
}

func mustOK(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

// The same rule added in both homes on their own (case and spaces aside)
// ends as one rule in both, the same one; a rule with other words stays.
func TestTheSameRuleAddedInBothHomesIsKeptOnce(t *testing.T) {
	t.Parallel()
	m := &twoHomeModel{t: t, clock: shareDay}
	a, b := openTemp(t, m.tick), openTemp(t, m.tick)
	_, err := a.AddChild(Child{Name: "Mia", BirthYear: 2016, BirthMonth: 4})
	mustOK(t, err)
	_, err = b.ApplyShared(sealedFile(t, a), ImportNewFamily, nil)
	mustOK(t, err)
	_, err = a.AddItem(ListRules, "Phones charge downstairs")
	mustOK(t, err)
	_, err = a.AddItem(ListPromises, "We talk before buying a game")
	mustOK(t, err)
	_, err = b.AddItem(ListRules, "  phones  charge downstairs ")
	mustOK(t, err)
	_, err = b.AddItem(ListRules, "No phones at dinner")
	mustOK(t, err)
	fa, fb := sealedFile(t, a), sealedFile(t, b)
	_, err = a.ApplyShared(fb, ImportMerge, nil)
	mustOK(t, err)
	_, err = b.ApplyShared(fa, ImportMerge, nil)
	mustOK(t, err)
	for range 2 {
		_, err = a.ApplyShared(sealedFile(t, b), ImportMerge, nil)
		mustOK(t, err)
		_, err = b.ApplyShared(sealedFile(t, a), ImportMerge, nil)
		mustOK(t, err)
	}
	for _, s := range []*Store{a, b} {
		ag, err := s.Agreement()
		mustOK(t, err)
		var texts []string
		for _, it := range ag.Rules {
			texts = append(texts, strings.ToLower(strings.Join(strings.Fields(it.Text), " ")))
		}
		slices.Sort(texts)
		if !slices.Equal(texts, []string{"no phones at dinner", "phones charge downstairs"}) || len(ag.Promises) != 1 {
			t.Fatalf("rules %q, promises %d", texts, len(ag.Promises))
		}
	}
	if va, vb := observeHome(t, a), observeHome(t, b); !maps.Equal(va, vb) {
		t.Fatalf("the homes differ:\n%v\n%v", va, vb)
	}
}

// The backup kept a month before a removal is made when something is
// removed, not when the only removal in the file is refused.
func TestARefusedRemovalMakesNoRemovalBackup(t *testing.T) {
	t.Parallel()
	m := &twoHomeModel{t: t, clock: shareDay}
	a, b := openTemp(t, m.tick), openTemp(t, m.tick)
	_, err := a.AddChild(Child{Name: "Mia", BirthYear: 2016, BirthMonth: 4})
	mustOK(t, err)
	_, err = a.AddContact(Contact{Name: "Dr Rees", Phone: "01234 567890"})
	mustOK(t, err)
	_, err = b.ApplyShared(sealedFile(t, a), ImportNewFamily, nil)
	mustOK(t, err)
	_, err = a.ApplyShared(sealedFile(t, b), ImportMerge, nil)
	mustOK(t, err)
	cs, err := b.Contacts()
	mustOK(t, err)
	mustOK(t, b.DeleteContact(cs[0].ID))
	removals := func() int {
		all, err := a.Backups()
		mustOK(t, err)
		n := 0
		for _, k := range all {
			if k.Kind == BackupBeforeRemoval {
				n++
			}
		}
		return n
	}
	f := sealedFile(t, b)
	plan, err := a.PlanShared(f, ImportMerge)
	mustOK(t, err)
	choices := map[string]Resolution{}
	for _, c := range plan {
		if c.Kind == Removed {
			choices[c.UID] = KeepMine
		}
	}
	if len(choices) != 1 {
		t.Fatalf("plan %+v: want the contact's removal", plan)
	}
	_, err = a.ApplyShared(f, ImportMerge, choices)
	mustOK(t, err)
	if n := removals(); n != 0 {
		t.Fatalf("%d removal backups after refusing the removal", n)
	}
	if cs, _ := a.Contacts(); len(cs) != 1 {
		t.Fatal("the refused removal went in")
	}
}
