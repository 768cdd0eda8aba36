package app

import (
	"fmt"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"

	"family-online-safety/data"
	"family-online-safety/screens/screentest"
	"family-online-safety/screens/widgets"
)

// Every tab bar, on every screen and tab, lies within the window and
// within the screen's scroll area, so no tab is reached by scrolling
// sideways, and shows every tab (none is hidden behind Fyne's "…"): in
// the smallest window the app opens at, and at 200% text
// in a 1280×800 window, and on a 1280×800 screen at twice the scale, in English, Welsh and Polish. Under the race
// detector only the first case and screen (raceSubset).
func TestEveryTabBarFitsTheWindow(t *testing.T) {
	type size struct {
		text int
		win  fyne.Size
	}
	var cases []struct {
		size
		lang string
	}
	// 640×400 is a 1280×800 screen at Fyne's scale 2 (FYNE_SCALE=2).
	for _, s := range []size{{100, TinyWindow}, {200, fyne.NewSize(1280, 800)}, {100, fyne.NewSize(640, 400)}} {
		for _, lang := range []string{"en", "cy", "pl"} {
			cases = append(cases, struct {
				size
				lang string
			}{s, lang})
		}
	}
	for _, c := range raceSubset(t, cases) {
		h := newHarness(t)
		h.app.later = func(f func()) { f() }
		h.app.SetLanguage(c.lang)
		h.win.Resize(c.win)
		if err := h.app.StartDemo(); err != nil {
			t.Fatal(err)
		}
		h.app.SetDisplay(data.Display{TextSize: c.text})
		h.win.Resize(c.win)
		for _, item := range raceSubset(t, Screens()) {
			h.app.Show(item.ID)
			for _, tab := range tabsOf(h) {
				if tab != "" {
					screentest.SelectTab(t, h.app.sh.content, tab)
				}
				for _, bad := range tabBarsOutside(h, c.win) {
					t.Errorf("%s %d%% %v: %s %s: %s", c.lang, c.text, c.win, item.ID, tab, bad)
				}
			}
		}
	}
}

// tabBarsOutside names each shown tab bar of the screen that reaches past
// the window's right edge or the screen's scroll area, and the screen
// itself if it would scroll sideways.
func tabBarsOutside(h *harness, win fyne.Size) []string {
	h.win.Content().Refresh()
	d := fyne.CurrentApp().Driver()
	view := screenView(h)
	right := win.Width
	if view != nil {
		right = min(right, d.AbsolutePositionForObject(view).X+view.Size().Width)
		if need, has := h.app.sh.content.MinSize().Width, view.Size().Width; need > has+1 {
			return []string{fmt.Sprintf("the screen needs %.0f across, its scroll area has %.0f", need, has)}
		}
	}
	var out []string
	for _, tabs := range screentest.Find[*widgets.Tabs](h.app.sh.content) {
		if !tabs.Visible() {
			continue
		}
		at := d.AbsolutePositionForObject(tabs)
		if end := at.X + tabs.Size().Width; end > right+1 {
			out = append(out, fmt.Sprintf("the tab bar %q… ends at %.0f, past %.0f", tabs.Items[0].Text, end, right))
		}
		if hidden := screentest.HiddenTabs(tabs); len(hidden) > 0 {
			out = append(out, fmt.Sprintf("the tab bar %q… hides %q behind \"…\"", tabs.Items[0].Text, hidden))
		}
	}
	return out
}

// screenView is the scroll area the screen on show sits in, or nil.
func screenView(h *harness) *container.Scroll {
	for _, s := range screentest.Find[*container.Scroll](h.content()) {
		if s.Content == h.app.sh.content {
			return s
		}
	}
	return nil
}
