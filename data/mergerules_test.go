package data

import (
	"strings"
	"testing"
	"time"
)

// twoHomes is a family on computer a, taken in as a new family on b; both
// clocks then move on an hour.
func twoHomes(t *testing.T) (a, b *Store, seren Child) {
	t.Helper()
	a, seren, _ = sharingFamily(t)
	first, _ := a.ShareFamily(nil)
	b = openTemp(t, at(shareDay.Add(time.Hour)))
	if _, err := b.ApplyShared(viaFile(t, first), ImportNewFamily, nil); err != nil {
		t.Fatal(err)
	}
	a.SetClock(at(shareDay.Add(2 * time.Hour)))
	b.SetClock(at(shareDay.Add(3 * time.Hour)))
	return a, b, seren
}

func planOf(t *testing.T, to, from *Store) ([]Change, SharedFamily) {
	t.Helper()
	f, err := from.ShareFamily(nil)
	if err != nil {
		t.Fatal(err)
	}
	f = viaFile(t, f)
	plan, err := to.PlanShared(f, ImportMerge)
	if err != nil {
		t.Fatal(err)
	}
	return plan, f
}

func TestAChildChangedInBothHomesIsAConflictShowingBoth(t *testing.T) {
	t.Parallel()
	a, b, seren := twoHomes(t)
	seren.Notes = "from home A"
	if err := a.UpdateChild(seren); err != nil {
		t.Fatal(err)
	}
	bs := byName(t, b, "Seren", "Dylan")[0]
	bs.Notes = "from home B"
	if err := b.UpdateChild(bs); err != nil {
		t.Fatal(err)
	}
	plan, f := planOf(t, b, a)
	if len(plan) != 1 || plan[0].Kind != Conflict || plan[0].Default != KeepMine {
		t.Fatalf("plan %+v, want one conflict keeping this computer's by default", plan)
	}
	if !contains(plan[0].Mine, "from home B") || !contains(plan[0].Theirs, "from home A") {
		t.Fatalf("both versions not shown: mine %s theirs %s", plan[0].Mine, plan[0].Theirs)
	}
	if _, err := b.ApplyShared(f, ImportMerge, nil); err != nil {
		t.Fatal(err)
	}
	if got := byName(t, b, "Seren", "Dylan")[0].Notes; got != "from home B" {
		t.Fatalf("by default: %q, want this computer's", got)
	}
	// Once seen, the same file asks nothing again.
	if again, _ := planOf(t, b, a); len(again) != 0 {
		t.Fatalf("the same file again: %+v", again)
	}
	// Choosing the other version takes it.
	a.SetClock(at(shareDay.Add(4 * time.Hour)))
	seren.Notes = "from home A, later"
	if err := a.UpdateChild(seren); err != nil {
		t.Fatal(err)
	}
	plan, f = planOf(t, b, a)
	if len(plan) != 1 || plan[0].Kind != Conflict {
		t.Fatalf("plan %+v, want the conflict again: both changed since they met", plan)
	}
	if _, err := b.ApplyShared(f, ImportMerge, map[string]Resolution{plan[0].UID: TakeTheirs}); err != nil {
		t.Fatal(err)
	}
	if got := byName(t, b, "Seren", "Dylan")[0].Notes; got != "from home A, later" {
		t.Fatalf("chose theirs: %q", got)
	}
}

func contains(b []byte, s string) bool { return strings.Contains(string(b), s) }

func TestAnAppNoteChangedInBothHomesKeepsBothAndSettles(t *testing.T) {
	t.Parallel()
	a, b, seren := twoHomes(t)
	an, _ := a.AppNotes(seren.ID)
	an[0].Note = "A: only at weekends"
	if err := a.UpdateAppNote(an[0]); err != nil {
		t.Fatal(err)
	}
	bseren := byName(t, b, "Seren", "Dylan")[0]
	bn, _ := b.AppNotes(bseren.ID)
	bn[0].Note = "B: not yet"
	if err := b.UpdateAppNote(bn[0]); err != nil {
		t.Fatal(err)
	}
	_, fromA := planOf(t, b, a)
	if _, err := b.ApplyShared(fromA, ImportMerge, nil); err != nil {
		t.Fatal(err)
	}
	_, fromB := planOf(t, a, b)
	if _, err := a.ApplyShared(fromB, ImportMerge, nil); err != nil {
		t.Fatal(err)
	}
	for name, s := range map[string]*Store{"A": a, "B": b} {
		kid := byName(t, s, "Seren", "Dylan")[0]
		notes, _ := s.AppNotes(kid.ID)
		words := map[string]bool{}
		for _, n := range notes {
			words[n.Note] = true
		}
		if len(notes) != 2 || !words["A: only at weekends"] || !words["B: not yet"] {
			t.Errorf("home %s: notes %+v, want both versions", name, notes)
		}
	}
	// Both files again: nothing left to do on either side.
	if plan, _ := planOf(t, b, a); len(plan) != 0 {
		t.Errorf("B from A again: %+v", plan)
	}
	if plan, _ := planOf(t, a, b); len(plan) != 0 {
		t.Errorf("A from B again: %+v", plan)
	}
}

func TestAConcernEditedInTheOtherHomeIsAddedNotOverwritten(t *testing.T) {
	t.Parallel()
	a, b, _ := twoHomes(t)
	dylan := byName(t, a, "Seren", "Dylan")[1]
	c, _ := a.Concerns(dylan.ID)
	c[0].Done = "told the school"
	if err := a.UpdateConcern(c[0]); err != nil {
		t.Fatal(err)
	}
	_, f := planOf(t, b, a)
	if _, err := b.ApplyShared(f, ImportMerge, nil); err != nil {
		t.Fatal(err)
	}
	bd := byName(t, b, "Seren", "Dylan")[1]
	log, _ := b.Concerns(bd.ID)
	if len(log) != 2 || log[0].Done == log[1].Done {
		t.Fatalf("log %+v, want the entry as it was and as edited", log)
	}
}

func TestADeletionInOneHomeAndAnEditInTheOtherKeepsTheEdit(t *testing.T) {
	t.Parallel()
	a, b, _ := twoHomes(t)
	ac, _ := a.Contacts()
	if err := a.DeleteContact(ac[0].ID); err != nil {
		t.Fatal(err)
	}
	bc, _ := b.Contacts()
	bc[0].Notes = "Tuesdays"
	if err := b.UpdateContact(bc[0]); err != nil {
		t.Fatal(err)
	}
	plan, f := planOf(t, b, a)
	if len(plan) != 1 || plan[0].Kind != Conflict || plan[0].Theirs != nil {
		t.Fatalf("plan %+v, want a conflict with their deletion", plan)
	}
	if _, err := b.ApplyShared(f, ImportMerge, nil); err != nil {
		t.Fatal(err)
	}
	if now, _ := b.Contacts(); len(now) != 1 || now[0].Notes != "Tuesdays" {
		t.Fatalf("contacts %+v, want the edit kept", now)
	}
	// In the other home, the edit brings the contact back.
	_, fromB := planOf(t, a, b)
	if _, err := a.ApplyShared(fromB, ImportMerge, nil); err != nil {
		t.Fatal(err)
	}
	if now, _ := a.Contacts(); len(now) != 1 || now[0].Notes != "Tuesdays" {
		t.Fatalf("home A: contacts %+v, want the edited one back", now)
	}
}

// Both homes changed the agreement, but not the same items: each
// change is taken, by itself, with no conflict, and the plan names each.
func TestTheAgreementMergesItemByItem(t *testing.T) {
	t.Parallel()
	a, b, seren := twoHomes(t)
	if _, err := a.AddItem(ListRules, "No phones at dinner"); err != nil {
		t.Fatal(err)
	}
	if err := a.SetLimit(seren.ID, 1, Limit{Set: true, Minutes: 45}); err != nil {
		t.Fatal(err)
	}
	if _, err := b.AddItem(ListPromises, "We will listen first"); err != nil {
		t.Fatal(err)
	}
	plan, f := planOf(t, b, a)
	if len(plan) != 1 || plan[0].Section != "agreement" || plan[0].Kind != Changed {
		t.Fatalf("plan %+v, want the agreement changed: the homes changed different items", plan)
	}
	if d := plan[0].Details; len(d) != 2 || d[0].What != "added" || d[0].New != "No phones at dinner" ||
		d[1].What != "limit" || d[1].ChildName != "Seren" || d[1].NewLimit.Minutes != 45 {
		t.Fatalf("details %+v, want the rule added and Seren's Tuesday limit", d)
	}
	if _, err := b.ApplyShared(f, ImportMerge, nil); err != nil {
		t.Fatal(err)
	}
	ag, _ := b.Agreement()
	bseren := byName(t, b, "Seren", "Dylan")[0]
	if len(ag.Rules) != 2 || len(ag.Promises) != 1 || ag.Limits[bseren.ID][1].Minutes != 45 {
		t.Fatalf("agreement %+v, want both homes' words and A's new limit", ag)
	}
	if again, _ := planOf(t, b, a); len(again) != 0 {
		t.Fatalf("the same file again: %+v", again)
	}
}

func TestALimitChangedInOneHomeOnlyIsTaken(t *testing.T) {
	t.Parallel()
	a, b, seren := twoHomes(t)
	if err := a.SetLimit(seren.ID, 1, Limit{Set: true, Minutes: 45}); err != nil {
		t.Fatal(err)
	}
	plan, f := planOf(t, b, a)
	if len(plan) != 1 || plan[0].Kind != Changed {
		t.Fatalf("plan %+v, want the agreement changed", plan)
	}
	if _, err := b.ApplyShared(f, ImportMerge, nil); err != nil {
		t.Fatal(err)
	}
	ag, _ := b.Agreement()
	if ag.Limits[byName(t, b, "Seren", "Dylan")[0].ID][1].Minutes != 45 {
		t.Fatalf("limits %+v, want A's new one", ag.Limits)
	}
}

func TestRecordsOfAChildDeletedHereAreNotCountedOrWritten(t *testing.T) {
	t.Parallel()
	a, b, seren := twoHomes(t)
	if err := b.DeleteChild(byName(t, b, "Seren", "Dylan")[0].ID); err != nil {
		t.Fatal(err)
	}
	if _, err := a.AddAppNote(AppNote{ChildID: seren.ID, Name: "Minecraft"}); err != nil {
		t.Fatal(err)
	}
	plan, f := planOf(t, b, a)
	if len(plan) != 0 {
		t.Fatalf("plan %+v, want nothing: Seren was deleted here", plan)
	}
	if _, err := b.ApplyShared(f, ImportMerge, nil); err != nil {
		t.Fatal(err)
	}
	if kids, _ := b.Children(); len(kids) != 1 {
		t.Fatalf("children %+v", kids)
	}
}
