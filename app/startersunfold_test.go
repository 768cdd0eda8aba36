package app

import (
	"fmt"
	"testing"

	"fyne.io/fyne/v2"

	"family-online-safety/data"
	"family-online-safety/screens"
	"family-online-safety/screens/screentest"
	"family-online-safety/screens/widgets"
)

// Conversation starters keeps its list of starters, whose titles wrap,
// beside its two tabs wherever the tabs' names fit beside a list of
// some width, the list giving up room to them: at 800×600, on a
// 1280×800 screen at twice the scale (640×400) and at 200% text, in
// English, Welsh and Polish. (In Welsh the longer tab names folded the
// list into a one-line drop-down whose starters were cut with "…".)
func TestStartersKeepTheirListWhereTheTabsFitBesideIt(t *testing.T) {
	cases := []struct {
		text int
		size fyne.Size
	}{{100, fyne.NewSize(800, 600)}, {100, fyne.NewSize(640, 400)}, {200, fyne.NewSize(1280, 800)}}
	for _, lang := range []string{"en", "cy", "pl"} {
		for _, c := range raceSubset(t, cases) {
			where := fmt.Sprintf("%s %d%% %v", lang, c.text, c.size)
			h := newHarness(t)
			h.app.later = func(f func()) { f() }
			h.app.SetLanguage(lang)
			if err := h.app.StartDemo(); err != nil {
				t.Fatal(err)
			}
			h.app.SetDisplay(data.Display{TextSize: c.text})
			h.win.Resize(c.size)
			h.app.Show(screens.StartersID)
			h.win.Content().Refresh()
			list := screentest.Find[*widgets.List](h.app.sh.content)[0]
			if !shownIn(h.win.Content(), list) {
				t.Errorf("%s: the starters' list folded into a drop-down", where)
				continue
			}
			tabs := screentest.Find[*widgets.Tabs](h.app.sh.content)[0]
			if hidden := screentest.HiddenTabs(tabs); len(hidden) > 0 {
				t.Errorf("%s: tabs %q are in the \"…\" menu", where, hidden)
			}
		}
	}
}
