package children_test

import (
	"testing"
	"time"

	"fyne.io/fyne/v2/test"

	"family-online-safety/screens/screentest"
)

// Saving an empty new child says both problems at once, the name and the
// birth date, and each goes as soon as it is mended.
func TestSaveChildSaysEveryProblemAtOnce(t *testing.T) {
	h := newChildrenHarness(t, screentest.At(time.Date(2026, 11, 23, 10, 0, 0, 0, time.UTC)))
	h.Tap("Add child")
	h.Tap("Save child")
	name, born := "Name or nickname: ", "Please choose the month and year"
	h.Shows(name)
	h.Shows(born)
	test.Type(h.Entry("For example: Sam"), "Leo")
	if screentest.HasText(h.Root(), name) {
		t.Error("the name's problem stayed after a name was typed")
	}
	h.Shows(born)
	screentest.Choose(t, h.Root(), "Month", "April")
	screentest.Choose(t, h.Root(), "Year", "2017")
	if screentest.HasText(h.Root(), born) {
		t.Error("the birth date's problem stayed after it was chosen")
	}
	if kids, _ := h.Store.Children(); len(kids) != 0 {
		t.Fatalf("saved before Save: %+v", kids)
	}
}
