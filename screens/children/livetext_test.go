package children_test

import (
	"testing"
	"time"

	"fyne.io/fyne/v2"

	"family-online-safety/screens/screentest"
	"family-online-safety/screens/widgets"
)

// Renaming a child: the store keeps the saved name while the field is
// empty (a refused value), takes the new one after a pause, and an
// emptied field gets the name back on leaving.
func TestAChildsNameIsNeverSavedHalfOrEmpty(t *testing.T) {
	h := newChildrenHarness(t, screentest.At(time.Date(2026, 11, 23, 10, 0, 0, 0, time.UTC)),
		addChild("Leo", 2017, 4), screentest.WaitForPause())
	var name *widgets.Entry
	for _, e := range screentest.Find[*widgets.Entry](h.Root()) {
		if e.Text == "Leo" {
			name = e
		}
	}
	if name == nil {
		t.Fatal("no name field holding Leo")
	}
	stored := func() string {
		kids, _ := h.Store.Children()
		return kids[0].Name
	}
	h.Win.Canvas().Focus(name)
	name.TypedKey(&fyne.KeyEvent{Name: fyne.KeyEnd})
	for range 3 {
		name.TypedKey(&fyne.KeyEvent{Name: fyne.KeyBackspace})
		if stored() != "Leo" {
			t.Fatalf("while deleting, the store holds %q", stored())
		}
	}
	h.Pause()
	h.Shows("Please give a name")
	if stored() != "Leo" {
		t.Fatalf("an empty name was saved: %q", stored())
	}
	h.Press(name, "Leon", func(typed string) {
		if stored() != "Leo" {
			t.Fatalf("after typing %q the store holds %q before any pause", typed, stored())
		}
	})
	h.Pause()
	if stored() != "Leon" {
		t.Fatalf("after a pause: %q", stored())
	}
	name.SetText("")
	h.Leave()
	if name.Text != "Leon" || stored() != "Leon" {
		t.Fatalf("after leaving an emptied name: field %q, store %q", name.Text, stored())
	}
}
