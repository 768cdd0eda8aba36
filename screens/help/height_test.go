package help

import (
	"fmt"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"

	"family-online-safety/content"
	"family-online-safety/data"
	"family-online-safety/screens/screentest"
)

// "Who to call" gives the whole height under its tabs to the family's
// contacts and the helplines, in one scroll: neither is boxed into a part
// of it, however many contacts there are.
func TestWhoToCallUsesTheWholeHeight(t *testing.T) {
	h := newHelpHarness(t, content.RegionUK)
	for i := range 12 {
		if _, err := h.Store.AddContact(data.Contact{Name: fmt.Sprint("Teacher ", i+1), Role: data.RoleSchool, Phone: "01632 960123"}); err != nil {
			t.Fatal(err)
		}
	}
	h.show()
	who := h.who().builtin
	screentest.MustHaveText(t, who.Content, "Teacher 12")
	screentest.MustHaveText(t, who.Content, "Childline")
	if inner := screentest.Find[*container.Scroll](who.Content); len(inner) > 0 {
		t.Fatalf("%d scroll areas inside Who to call share its height", len(inner))
	}
	// From just under the tab bar to the bottom of the tabs' area.
	d := fyne.CurrentApp().Driver()
	tabs, top := h.help.tabs, d.AbsolutePositionForObject(h.help.tabs).Y
	bar := h.help.tabs.MinSize().Height - tabs.Items[helpTabWho].Content.MinSize().Height
	whoTop := d.AbsolutePositionForObject(who).Y
	if gap := whoTop - top; gap > bar+2*theme.Padding() {
		t.Errorf("Who to call starts %v under the tabs' top, their bar is %v high", gap, bar)
	}
	if gap := top + tabs.Size().Height - (whoTop + who.Size().Height); gap > 2*theme.Padding() {
		t.Errorf("Who to call stops %v short of the bottom", gap)
	}
}
