package sharing_test

import (
	"fmt"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"family-online-safety/data"
	"family-online-safety/screens/screentest"
)

// Save file… with no passphrase says why where it is seen: the dialog
// scrolls to the problem, below a long list of contacts.
func TestAnExportProblemIsScrolledIntoView(t *testing.T) {
	h, a := home(t, "en")
	for i := range 8 {
		if _, err := h.Store.AddContact(data.Contact{Name: fmt.Sprintf("Contact %d", i+1), Phone: "01234 567890"}); err != nil {
			t.Fatal(err)
		}
	}
	h.Win.Resize(fyne.NewSize(800, 500))
	a.h.Show(a.ui.Card())
	h.Tap(h.Tr.T("sharing.export.button"))
	a.tap("sharing.export.save")
	want := h.Tr.T("privacy.pass.short", map[string]any{"Min": 8})
	a.shows("privacy.pass.short", map[string]any{"Min": 8})
	scrolls := screentest.Find[*container.Scroll](h.Overlay())
	if len(scrolls) == 0 {
		t.Fatal("the export dialog does not scroll")
	}
	s := scrolls[0]
	var problem *widget.Label
	for _, l := range screentest.Find[*widget.Label](s.Content) {
		if l.Text == want {
			problem = l
		}
	}
	if problem == nil {
		t.Fatal("no problem label")
	}
	d := fyne.CurrentApp().Driver()
	top, at := d.AbsolutePositionForObject(s).Y, d.AbsolutePositionForObject(problem).Y
	if at < top || at+problem.Size().Height > top+s.Size().Height {
		t.Fatalf("the problem is at %.0f, outside the visible %.0f to %.0f", at, top, top+s.Size().Height)
	}
}
