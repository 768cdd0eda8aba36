package agreement_test

import (
	"testing"

	"fyne.io/fyne/v2/widget"

	"family-online-safety/data"
	"family-online-safety/screens/agreement"
	"family-online-safety/screens/screentest"
)

// The agreement screen, built again after changes came in from the other
// home, stays on the child the carer chose (not the first child) and on
// the same tab.
func TestScreenTimeStaysOnTheChosenChildWhenBuiltAgain(t *testing.T) {
	h := screentest.New(t, screentest.At(tuesday), screentest.Size(900, 800))
	for _, k := range []data.Child{{Name: "Leo", BirthYear: 2012, BirthMonth: 9},
		{Name: "Mia", BirthYear: 2016, BirthMonth: 4}, {Name: "Nia", BirthYear: 2020, BirthMonth: 1}} {
		if _, err := h.Store.AddChild(k); err != nil {
			t.Fatal(err)
		}
	}
	var child data.ID
	tab := -1
	build := func() {
		h.Show(agreement.New(h.Env(), h.Store, h.Store).At(child, tab).OnPlace(func(c data.ID, s int) {
			child, tab = c, s
		}).View())
	}
	picked := func() string {
		for _, s := range screentest.Find[*widget.Select](h.Win.Canvas().Content()) {
			if len(s.Options) == 3 {
				return s.Selected
			}
		}
		t.Fatal("no child picker")
		return ""
	}
	build()
	if got := picked(); got != "Leo" {
		t.Fatalf("opens on %q, want the first child", got)
	}
	for _, s := range screentest.Find[*widget.Select](h.Win.Canvas().Content()) {
		if len(s.Options) == 3 {
			s.SetSelected("Mia")
		}
	}
	build() // as after a conflict is answered or "Show the changes"
	if got := picked(); got != "Mia" {
		t.Fatalf("built again on %q, want Mia", got)
	}
	if tab != 0 {
		t.Fatalf("tab %d, want Screen time's", tab)
	}
}
