package help

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"family-online-safety/content"
	"family-online-safety/data"
	"family-online-safety/screens/screentest"
)

// Deleting one of two contacts shows its Undo in the heading's row, so
// the list below does not move down under the pointer (the next Delete
// would land on another row), and the contact left stays where it was.
func TestTheUndoLineMovesNoContact(t *testing.T) {
	h := newHelpHarness(t, content.RegionUK)
	for _, c := range []data.Contact{{Name: "Ms Grant", Role: data.RoleSchool, Phone: "01632 960111"},
		{Name: "Nain", Role: data.RoleOther, Phone: "01632 960222"}} {
		if _, err := h.Store.AddContact(c); err != nil {
			t.Fatal(err)
		}
	}
	h.show()
	area := h.who().mineArea
	where := func() fyne.Position {
		size := h.Win.Content().Size()
		h.Win.Content().Resize(size.AddWidthHeight(1, 1))
		h.Win.Content().Resize(size)
		return fyne.CurrentApp().Driver().AbsolutePositionForObject(area)
	}
	before := where()
	test.Tap(screentest.Button(t, area, "Delete"))
	screentest.MustHaveText(t, h.help.undo, "“Ms Grant” was deleted.")
	if after := where(); after != before {
		t.Fatalf("the Undo line moved the contacts from %v to %v", before, after)
	}
}
