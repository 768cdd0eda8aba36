package agreement_test

import (
	"testing"

	"fyne.io/fyne/v2/widget"

	"family-online-safety/data"
	"family-online-safety/screens/agreement"
	"family-online-safety/screens/screentest"
)

// A child chosen by keyboard in Screen time's Child drop-down builds the
// section again for that child, and the keyboard stays on the drop-down
// (it was lost: the next Tab went back to the side menu). Chosen with
// the pointer, nothing takes the focus.
func TestChoosingAChildByKeyKeepsTheFocusOnTheDropDown(t *testing.T) {
	h := screentest.New(t, screentest.At(tuesday), screentest.Size(900, 800))
	for _, k := range []data.Child{{Name: "Leo", BirthYear: 2012, BirthMonth: 9},
		{Name: "Mia", BirthYear: 2016, BirthMonth: 4}, {Name: "Nia", BirthYear: 2020, BirthMonth: 1}} {
		if _, err := h.Store.AddChild(k); err != nil {
			t.Fatal(err)
		}
	}
	h.Show(agreement.New(h.Env(), h.Store, h.Store).View())
	pick := func() *widget.Select {
		for _, s := range screentest.Find[*widget.Select](h.Win.Canvas().Content()) {
			if len(s.Options) == 3 {
				return s
			}
		}
		t.Fatal("no child picker")
		return nil
	}
	c := h.Win.Canvas()
	c.Focus(pick())
	pick().SetSelected("Nia") // as Right or Down, Enter on the focused drop-down
	now := pick()
	if now.Selected != "Nia" {
		t.Fatalf("the drop-down shows %q, want Nia", now.Selected)
	}
	if c.Focused() != now {
		t.Fatalf("the focus is on %T %v after choosing by key, want the new Child drop-down", c.Focused(), c.Focused())
	}
	c.Unfocus()
	pick().SetSelected("Mia") // as with the pointer: nothing had the focus
	if f := c.Focused(); f != nil {
		t.Fatalf("choosing with the pointer put the focus on %T", f)
	}
}
