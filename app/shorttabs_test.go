package app

import (
	"fmt"
	"testing"

	"fyne.io/fyne/v2"

	"family-online-safety/screens/screentest"
	"family-online-safety/screens/widgets"
)

// In a short window (a 1280×800 screen at scale 2, the smallest window)
// every tab bar with its content is nearly as tall as the screen's
// scroll area (80% of it or more), so scrolled to it, the tab fills the
// strip under the header (the agreement's tabs had a 40 px
// sliver of their content, read one line at a time). On every screen and
// tab, in English, Welsh and Polish (under -race English at 640×400 on
// the first screen: make unit runs them all without it).
func TestTabsFillAShortScreen(t *testing.T) {
	type place struct {
		lang string
		size fyne.Size
	}
	var places []place
	for _, lang := range []string{"en", "cy", "pl"} {
		for _, size := range []fyne.Size{fyne.NewSize(640, 400), TinyWindow} {
			places = append(places, place{lang, size})
		}
	}
	for _, p := range raceSubset(t, places) {
		h := newHarness(t)
		h.app.later = func(f func()) { f() }
		h.app.SetLanguage(p.lang)
		h.win.Resize(p.size)
		if err := h.app.StartDemo(); err != nil {
			t.Fatal(err)
		}
		for _, item := range raceSubset(t, Screens()) {
			h.app.Show(item.ID)
			for _, tab := range tabsOf(h) {
				if tab != "" {
					screentest.SelectTab(t, h.app.sh.content, tab)
				}
				if bad := shortTabs(h); bad != "" {
					t.Errorf("%s %v: %s %s: %s", p.lang, p.size, item.ID, tab, bad)
				}
			}
		}
	}
}

// shortTabs says which shown tab bar is shorter than the screen's area.
func shortTabs(h *harness) string {
	h.win.Content().Refresh()
	view := screenView(h)
	if view == nil {
		return ""
	}
	for _, tabs := range screentest.Find[*widgets.Tabs](h.app.sh.content) {
		if tabs.Visible() && tabs.Size().Height < 0.8*view.Size().Height {
			return fmt.Sprintf("the tab bar %q… and its content are %.0f tall in a screen area of %.0f",
				tabs.Items[0].Text, tabs.Size().Height, view.Size().Height)
		}
	}
	return ""
}
