package app

import (
	"fmt"
	"testing"

	"fyne.io/fyne/v2"

	"family-online-safety/data"
	"family-online-safety/screens"
	"family-online-safety/screens/screentest"
)

// At 200% text a column of text is as wide as a line of the same words
// at 100%: Get help's Who to call in a 1280×800 window uses the width
// (a column capped for 100% squeezed each contact's name over five
// lines, with empty bands at both sides).
func TestColumnsGrowWithTheText(t *testing.T) {
	h := newHarness(t)
	h.app.later = func(f func()) { f() }
	if err := h.app.StartDemo(); err != nil {
		t.Fatal(err)
	}
	h.app.SetDisplay(data.Display{TextSize: 200})
	h.win.Resize(fyne.NewSize(1280, 800))
	h.app.Show(screens.HelpID)
	screentest.SelectTab(t, h.app.sh.content, h.app.tr.T("helpui.tab.who"))
	h.win.Content().Refresh()
	tried := 0
	for _, c := range screentest.Find[*fyne.Container](h.app.sh.content) {
		if fmt.Sprintf("%T", c.Layout) != "widgets.columnLayout" || !c.Visible() || c.Size().Width < 900 {
			continue
		}
		tried++
		if w := c.Objects[0].Size().Width; w < c.Size().Width-1 {
			t.Errorf("a column of text is %.0f wide in %.0f at 200%%", w, c.Size().Width)
		}
	}
	if tried == 0 {
		t.Fatal("no column of text wider than 900 on Who to call: the check tried nothing")
	}
}
