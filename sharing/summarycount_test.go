package sharing

import (
	"testing"

	"family-online-safety/data"
)

// The summary's counts for the family agreement count its items, as the
// list below them names them, not one "Changed" for the whole agreement.
func TestTheSummaryCountsTheAgreementsItems(t *testing.T) {
	t.Parallel()
	plan := []data.Change{{Kind: data.Changed, Section: "agreement", Details: []data.AgreementDetail{
		{What: "added", List: data.ListRules, New: "No phones at dinner"},
		{What: "reworded", List: data.ListRules, Old: "Bed at 8", New: "Bed at half 8"},
		{What: "removed", List: data.ListPromises, Old: "Ask first"},
		{What: "limit", ChildName: "Mia", OldLimit: data.Minutes(45), NewLimit: data.Minutes(180)},
	}}}
	sum := summarise(File{}, plan)
	if len(sum.Lines) != 1 {
		t.Fatalf("lines %+v", sum.Lines)
	}
	if l := sum.Lines[0]; l.Added != 1 || l.Changed != 2 || l.Removed != 1 {
		t.Fatalf("added %d, changed %d, removed %d; want 1, 2, 1", l.Added, l.Changed, l.Removed)
	}
}

// A rule or device-free time changed here and removed in the other home
// is counted and named as removed, not as changed in both homes; one
// reworded differently in both homes stays a conflict.
func TestTheSummaryNamesARuleRemovedThereAsRemoved(t *testing.T) {
	t.Parallel()
	plan := []data.Change{{Kind: data.Conflict, Section: "agreement", Items: []data.ItemConflict{
		{Key: "a", List: data.ListRules, Mine: "Phones charge in the kitchen"},
		{Key: "b", Window: true, MineTime: &data.Window{Label: "Homework"}},
		{Key: "c", List: data.ListRules, Mine: "Bed at 8", Theirs: "Bed at half 8"},
	}}}
	sum := summarise(File{}, plan)
	if len(sum.Lines) != 1 || sum.Lines[0].Removed != 2 || sum.Lines[0].Conflicts != 1 {
		t.Fatalf("lines %+v, want 2 removed and 1 changed in both homes", sum.Lines)
	}
	removed := 0
	for _, d := range sum.Details {
		if d.What == "removed" {
			removed++
		}
	}
	if removed != 2 {
		t.Fatalf("details %+v, want both removals named as removed", sum.Details)
	}
}
