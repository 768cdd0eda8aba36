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
