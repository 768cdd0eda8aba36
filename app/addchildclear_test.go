package app

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"family-online-safety/data"
	"family-online-safety/screens"
	"family-online-safety/screens/screentest"
)

// In the folded Children & apps (a narrow window, or 200% text), the
// blue "Add child" beside the Child drop-down ends clear of the page's
// scroll bar, not under it, in English, Welsh and Polish.
func TestFoldedAddChildClearsTheScrollBar(t *testing.T) {
	for _, lang := range raceSubset(t, []string{"en", "cy", "pl"}) {
		for _, c := range []struct {
			text int
			size fyne.Size
		}{{100, fyne.NewSize(560, 340)}, {200, fyne.NewSize(1280, 800)}} {
			h := demoIn(lang)(t)
			h.app.later = func(f func()) { f() }
			h.app.SetDisplay(data.Display{TextSize: c.text})
			h.win.Resize(c.size)
			h.app.Show(screens.ChildrenID)
			h.win.Content().Refresh()
			var add fyne.CanvasObject
			for _, b := range screentest.Find[*widget.Button](h.app.sh.content) {
				if b.Text == h.app.tr.T("children.add") && b.Visible() && shownIn(h.win.Content(), b) {
					add = b
				}
			}
			if add == nil {
				t.Fatalf("%s %v: no Add child shown", lang, c.size)
			}
			d := fyne.CurrentApp().Driver()
			end := d.AbsolutePositionForObject(add).X + add.Size().Width
			edge := d.AbsolutePositionForObject(h.app.sh.scroll).X + h.app.sh.scroll.Size().Width - theme.ScrollBarSize()
			if end > edge+0.5 {
				t.Errorf("%s %d%% %v: Add child ends at %.0f, under the scroll bar from %.0f", lang, c.text, c.size, end, edge)
			}
		}
	}
}
