package data

import (
	"slices"
	"testing"
	"time"
)

// moveOn sets both homes' clocks to hour h of the sharing day, so each
// edit after it is a new version.
func moveOn(a, b *Store, h int) {
	a.SetClock(at(shareDay.Add(time.Duration(h) * time.Hour)))
	b.SetClock(at(shareDay.Add(time.Duration(h)*time.Hour + time.Minute)))
}

// met makes both homes exchange until they hold the same agreement.
func met(t *testing.T, a, b *Store) {
	t.Helper()
	for _, p := range [][2]*Store{{b, a}, {a, b}, {b, a}} {
		if _, err := p[0].ApplyShared(sealedFile(t, p[1]), ImportMerge, nil); err != nil {
			t.Fatal(err)
		}
	}
}

func ruleTexts(t *testing.T, s *Store) []string {
	t.Helper()
	a, err := s.Agreement()
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, r := range a.Rules {
		out = append(out, r.Text)
	}
	return out
}

func ruleID(t *testing.T, s *Store, text string) ID {
	t.Helper()
	a, _ := s.Agreement()
	for _, r := range a.Rules {
		if r.Text == text {
			return r.ID
		}
	}
	t.Fatalf("no rule %q", text)
	return 0
}

// A rule reworded in one home replaces the old wording in the other; one
// deleted in one home is deleted in the other; through both homes and
// back, nothing doubles or returns.
func TestARuleRewordedOrDeletedInOneHomeIsSoInTheOther(t *testing.T) {
	t.Parallel()
	a, b, _ := twoHomes(t)
	if _, err := a.AddItem(ListRules, "Screens off at nine"); err != nil {
		t.Fatal(err)
	}
	met(t, a, b)
	moveOn(a, b, 5)
	if err := a.UpdateItem(ListRules, ruleID(t, a, "Screens off at nine"), "Screens off at half past eight"); err != nil {
		t.Fatal(err)
	}
	if err := b.DeleteItem(ListRules, ruleID(t, b, "Phones charge downstairs")); err != nil {
		t.Fatal(err)
	}
	moveOn(a, b, 6)
	plan, _ := planOf(t, b, a)
	if len(plan) != 1 || plan[0].Kind != Changed || len(plan[0].Details) != 1 ||
		plan[0].Details[0].What != "reworded" || plan[0].Details[0].Old != "Screens off at nine" {
		t.Fatalf("plan %+v, want the rule named as reworded", plan)
	}
	met(t, a, b)
	for _, s := range []*Store{a, b} {
		if got := ruleTexts(t, s); !slices.Equal(got, []string{"Screens off at half past eight"}) {
			t.Fatalf("rules %q, want only the new wording, the deleted rule gone", got)
		}
	}
}

// Reworded in both homes, or deleted in one and reworded in the other, a
// rule is a conflict showing both. The choice made stands in both homes
// and is not asked again until either home changes the rule again.
func TestARuleChangedInBothHomesIsAConflictAndTheChoiceStands(t *testing.T) {
	t.Parallel()
	a, b, _ := twoHomes(t)
	if _, err := a.AddItem(ListRules, "Tablets in the kitchen"); err != nil {
		t.Fatal(err)
	}
	met(t, a, b)
	moveOn(a, b, 5)
	if err := a.UpdateItem(ListRules, ruleID(t, a, "Tablets in the kitchen"), "Tablets in the kitchen after eight"); err != nil {
		t.Fatal(err)
	}
	if err := b.UpdateItem(ListRules, ruleID(t, b, "Tablets in the kitchen"), "Tablets in the living room"); err != nil {
		t.Fatal(err)
	}
	if err := a.DeleteItem(ListRules, ruleID(t, a, "Phones charge downstairs")); err != nil {
		t.Fatal(err)
	}
	if err := b.UpdateItem(ListRules, ruleID(t, b, "Phones charge downstairs"), "Phones charge on the landing"); err != nil {
		t.Fatal(err)
	}
	plan, f := planOf(t, b, a)
	if len(plan) != 1 || plan[0].Kind != Conflict || len(plan[0].Items) != 2 {
		t.Fatalf("plan %+v, want both rules in conflict", plan)
	}
	var shown []string
	for _, it := range plan[0].Items {
		shown = append(shown, it.Mine+" | "+it.Theirs)
	}
	slices.Sort(shown)
	if want := []string{"Phones charge on the landing | ", "Tablets in the living room | Tablets in the kitchen after eight"}; !slices.Equal(shown, want) {
		t.Fatalf("conflict shows %q, want %q", shown, want)
	}
	moveOn(a, b, 6)
	if _, err := b.ApplyShared(f, ImportMerge, map[string]Resolution{plan[0].UID: KeepMine}); err != nil {
		t.Fatal(err)
	}
	want := []string{"Tablets in the living room", "Phones charge on the landing"}
	for h := range 3 { // home A takes B's choice, and neither asks again
		moveOn(a, b, 7+h)
		met(t, a, b)
	}
	for _, s := range []*Store{a, b} {
		if got := ruleTexts(t, s); !sameSet(got, want) {
			t.Fatalf("rules %q, want B's choice %q in both homes", got, want)
		}
	}
	if again, _ := planOf(t, a, b); len(again) != 0 {
		t.Fatalf("asked again: %+v", again)
	}
	// Changed again in one home, the rule follows that change.
	moveOn(a, b, 10)
	if err := a.UpdateItem(ListRules, ruleID(t, a, "Tablets in the living room"), "Tablets downstairs"); err != nil {
		t.Fatal(err)
	}
	met(t, a, b)
	if got := ruleTexts(t, b); !sameSet(got, []string{"Tablets downstairs", "Phones charge on the landing"}) {
		t.Fatalf("rules %q after a new change in A", got)
	}
}

func sameSet(a, b []string) bool {
	a, b = slices.Clone(a), slices.Clone(b)
	slices.Sort(a)
	slices.Sort(b)
	return slices.Equal(a, b)
}
