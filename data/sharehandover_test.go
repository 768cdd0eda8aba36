package data

import (
	"fmt"
	"slices"
	"testing"
)

// A handover pack carries one child's records and the house rules, but
// neither the concern log nor the delegated authority unless ticked; on
// the other computer it arrives as a new child, and a second pack merges
// into the same child, keeping the authority typed there.
func TestAHandoverPackMovesOneChildWithoutTheConcernLogUnlessTicked(t *testing.T) {
	t.Parallel()
	a, seren, dylan := sharingFamily(t)
	dylan.Placed = true
	dylan.Placement.DelegatedAuthority = "Day trips yes"
	if err := a.UpdateChild(dylan); err != nil {
		t.Fatal(err)
	}
	pack, err := a.ShareChild(dylan.ID, Handover{})
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range pack.Records {
		if r.Child != "" && r.Child != pack.Pack {
			t.Fatalf("%s of another child in the pack", r.Section)
		}
		if r.Section == "concerns" {
			t.Fatal("the concern log went without being ticked")
		}
	}
	b := openTemp(t, at(shareDay))
	if _, err := b.ApplyShared(viaFile(t, pack), ImportMerge, nil); err != nil {
		t.Fatal(err)
	}
	kids, _ := b.Children()
	if len(kids) != 1 || kids[0].Name != "Dylan" || kids[0].Placement.DelegatedAuthority != "" {
		t.Fatalf("children %+v, want Dylan without the authority", kids)
	}
	if w, _ := b.Agreement(); len(w.Rules) != 1 || w.Limits[kids[0].ID][0].Minutes != 90 {
		t.Fatalf("agreement %+v, want the house rule and Dylan's limits", w)
	}
	kids[0].Placement.DelegatedAuthority = "Typed here"
	if err := b.UpdateChild(kids[0]); err != nil {
		t.Fatal(err)
	}

	pack, err = a.ShareChild(dylan.ID, Handover{Concerns: true})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := b.ApplyShared(viaFile(t, pack), ImportMerge, nil); err != nil {
		t.Fatal(err)
	}
	kids, _ = b.Children()
	if len(kids) != 1 || kids[0].Placement.DelegatedAuthority != "Typed here" {
		t.Fatalf("children %+v, want one Dylan keeping the authority typed here", kids)
	}
	if log, _ := b.Concerns(kids[0].ID); len(log) != 1 {
		t.Fatalf("concern log %+v, want the ticked entry", log)
	}
	_ = seren
}

func TestAHandoverPackWithTheAuthorityTickedCarriesIt(t *testing.T) {
	t.Parallel()
	a, _, dylan := sharingFamily(t)
	dylan.Placed = true
	dylan.Placement.DelegatedAuthority = "Day trips yes"
	if err := a.UpdateChild(dylan); err != nil {
		t.Fatal(err)
	}
	pack, err := a.ShareChild(dylan.ID, Handover{Authority: true})
	if err != nil {
		t.Fatal(err)
	}
	b := openTemp(t, at(shareDay))
	if _, err := b.ApplyShared(viaFile(t, pack), ImportMerge, nil); err != nil {
		t.Fatal(err)
	}
	if kids, _ := b.Children(); len(kids) != 1 || kids[0].Placement.DelegatedAuthority != "Day trips yes" {
		t.Fatalf("children %+v, want the authority", kids)
	}
}

// Combining agreements stops at the caps; the plan names every rule and
// device-free time that will not fit, so nothing is dropped silently.
func TestThePlanNamesWhatWillNotFitInTheAgreement(t *testing.T) {
	t.Parallel()
	a := openTemp(t, at(shareDay))
	b := openTemp(t, at(shareDay))
	for i := range MaxItems {
		if _, err := b.AddItem(ListRules, fmt.Sprintf("Rule here %d", i)); err != nil {
			t.Fatal(err)
		}
	}
	for _, text := range []string{"Rule there 1", "Rule there 2", "Rule here 3"} {
		if _, err := a.AddItem(ListRules, text); err != nil {
			t.Fatal(err)
		}
	}
	f, err := a.ShareFamily(nil)
	if err != nil {
		t.Fatal(err)
	}
	plan, err := b.PlanShared(viaFile(t, f), ImportMerge)
	if err != nil {
		t.Fatal(err)
	}
	var left []string
	for _, c := range plan {
		left = append(left, c.NotFit...)
	}
	slices.Sort(left)
	if !slices.Equal(left, []string{"Rule there 1", "Rule there 2"}) {
		t.Fatalf("not fitting %q, want the two new rules", left)
	}
}

// A concern entry changed in both homes keeps both versions whatever
// answer reaches ApplyShared: an entry is never overwritten.
func TestAConcernInConflictIsNeverOverwrittenEvenWhenAskedTo(t *testing.T) {
	t.Parallel()
	a, b, _ := twoHomes(t)
	for i, s := range []*Store{a, b} {
		kid := byName(t, s, "Seren", "Dylan")[1]
		log, _ := s.Concerns(kid.ID)
		log[0].Done = []string{"told the school", "told the police"}[i]
		if err := s.UpdateConcern(log[0]); err != nil {
			t.Fatal(err)
		}
	}
	plan, f := planOf(t, b, a)
	if len(plan) != 1 || plan[0].Kind != Conflict {
		t.Fatalf("plan %+v, want one conflict", plan)
	}
	if _, err := b.ApplyShared(f, ImportMerge, map[string]Resolution{plan[0].UID: TakeTheirs}); err != nil {
		t.Fatal(err)
	}
	log, _ := b.Concerns(byName(t, b, "Seren", "Dylan")[1].ID)
	if len(log) != 2 || log[0].Done == log[1].Done {
		t.Fatalf("log %+v, want both versions", log)
	}
}

// Limits set differently in the two homes are a conflict that names the
// child and the day and carries both limits.
func TestLimitsChangedInBothHomesNameTheChildAndBothWeeks(t *testing.T) {
	t.Parallel()
	a, b, seren := twoHomes(t)
	if err := a.SetLimit(seren.ID, 0, Limit{Set: true, Minutes: 30}); err != nil {
		t.Fatal(err)
	}
	bs := byName(t, b, "Seren", "Dylan")[0]
	if err := b.SetLimit(bs.ID, 0, Limit{Set: true, Minutes: 120}); err != nil {
		t.Fatal(err)
	}
	plan, _ := planOf(t, b, a)
	if len(plan) != 1 || plan[0].Kind != Conflict || len(plan[0].Limits) != 1 {
		t.Fatalf("plan %+v, want the agreement in conflict over one child's limits", plan)
	}
	l := plan[0].Limits[0]
	if l.ChildName != "Seren" || l.Day != 0 || l.Holiday || l.Mine.Minutes != 120 || l.Theirs.Minutes != 30 {
		t.Fatalf("limits %+v", l)
	}
}
