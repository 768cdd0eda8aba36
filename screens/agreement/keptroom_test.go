package agreement_test

import (
	"fmt"
	"testing"
	"time"

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

// On a signed agreement, deleting a rule brings the two-line "changed
// since it was signed" banner and the Undo bar at once; neither moves
// the tabs, at the usual window and at 800×600. Undo takes the agreement
// back to the signed version: the banner goes.
func TestBannerAndUndoBarOnASignedAgreementMoveNothing(t *testing.T) {
	for _, size := range []fyne.Size{fyne.NewSize(1100, 720), fyne.NewSize(800, 600)} {
		t.Run(fmt.Sprint(size), func(t *testing.T) {
			h := newAgreementScreen(t, map[string]int{"Amira": 14, "Leo": 9, "Maisie": 4})
			for _, r := range []string{"First rule", "Second rule", "Third rule"} {
				if _, err := h.Store.AddItem(data.ListRules, r); err != nil {
					t.Fatal(err)
				}
			}
			if err := h.Store.Sign("Dad", tuesday.Add(-time.Hour)); err != nil {
				t.Fatal(err)
			}
			h.Win.Resize(size)
			h.reopen()
			h.Tab("Rules")
			tabs := screentest.Find[*widgets.Tabs](h.Root())[0]
			where := func() fyne.Position {
				h.Win.Content().Refresh()
				return fyne.CurrentApp().Driver().AbsolutePositionForObject(tabs)
			}
			before := where()
			var deletes []*widgets.TipButton
			for _, b := range screentest.Find[*widgets.TipButton](h.Root()) {
				if b.Icon != nil && b.Icon.Name() == theme.DeleteIcon().Name() {
					deletes = append(deletes, b)
				}
			}
			test.Tap(deletes[2])
			h.Shows("Deleted: “Third rule”.")
			h.Shows(h.Tr.T("agreement.banner.changed"))
			if after := where(); after != before {
				t.Fatalf("the tabs moved from %v to %v with the banner and the Undo bar", before, after)
			}
			h.Tap("Undo")
			h.showsNot("Deleted:")
			h.showsNot(h.Tr.T("agreement.banner.changed"))
			if after := where(); after != before {
				t.Fatalf("the tabs moved from %v to %v after Undo", before, after)
			}
		})
	}
}
