package agreement_test

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"

	"family-online-safety/data"
	"family-online-safety/screens/screentest"
	"family-online-safety/screens/widgets"
)

// The Undo bar after a delete, and its going again, move nothing: the
// tab bar and the rules under it stay where they were, so the next
// click lands on what was under the pointer.
func TestTheUndoBarMovesNothing(t *testing.T) {
	h := newAgreementScreen(t, nil)
	for _, r := range []string{"First rule", "Second rule"} {
		if _, err := h.Store.AddItem(data.ListRules, r); err != nil {
			t.Fatal(err)
		}
	}
	h.reopen()
	h.Tab("Rules")
	tabs := screentest.Find[*widgets.Tabs](h.Root())[0]
	where := func() fyne.Position {
		h.Win.Content().Refresh()
		return fyne.CurrentApp().Driver().AbsolutePositionForObject(tabs)
	}
	before := where()
	for _, b := range screentest.Find[*widgets.TipButton](h.Root()) {
		if b.Icon != nil && b.Icon.Name() == theme.DeleteIcon().Name() {
			test.Tap(b)
			break
		}
	}
	h.Shows("Deleted: “First rule”.")
	if after := where(); after != before {
		t.Fatalf("the tabs moved from %v to %v when the Undo bar appeared", before, after)
	}
	h.Tap("Undo")
	h.showsNot("Deleted:")
	if after := where(); after != before {
		t.Fatalf("the tabs moved from %v to %v when the Undo bar went", before, after)
	}
}
