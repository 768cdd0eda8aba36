package agreement_test

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"

	"family-online-safety/data"
	"family-online-safety/screens/screentest"
	"family-online-safety/screens/widgets"
)

// A place added with Return at the foot of Device-free keeps the tab
// where it was scrolled to, and the place is there.
func TestAPlaceAddedWithReturnKeepsTheScroll(t *testing.T) {
	h := newAgreementScreen(t, nil)
	h.Tab("Device-free")
	var add *widgets.Entry
	for _, e := range screentest.Find[*widgets.Entry](h.Root()) {
		if e.PlaceHolder == h.Tr.T("agreement.item.placeholder.places") {
			add = e
		}
	}
	if add == nil {
		t.Fatal("no field to add a place")
	}
	page := func() *container.Scroll {
		for _, s := range screentest.Find[*container.Scroll](h.Root()) {
			if s.Visible() && s.Content.MinSize().Height > s.Size().Height {
				return s
			}
		}
		t.Fatal("Device-free does not scroll in this window")
		return nil
	}
	page().ScrollToBottom()
	at := page().Offset
	if at.Y == 0 {
		t.Fatal("not scrolled")
	}
	h.Win.Canvas().Focus(add)
	test.Type(add, "The car")
	add.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	if a, _ := h.Store.Agreement(); len(a.List(data.ListPlaces)) != 1 || a.List(data.ListPlaces)[0].Text != "The car" {
		t.Fatalf("places %+v", a.List(data.ListPlaces))
	}
	if now := page().Offset; now.Y < at.Y-1 {
		t.Fatalf("adding a place scrolled Device-free from %v to %v", at, now)
	}
}
