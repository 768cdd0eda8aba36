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

// Every screen, on every tab, fits a small laptop: at normal text size in
// 800×600, at 150% text in 1280×800, and at 200% text in 1280×800 in
// English, Welsh and Polish. The window never has to grow (its
// content asks for no more than it has), each screen fits its width, so
// nothing is reached by scrolling sideways, and the header's Quick exit is
// on the window. Under the race detector only normal text on the first
// screen (raceSubset; TestNavigationReachesEveryScreen builds them all).
func TestEveryScreenFitsTheWindow(t *testing.T) {
	cases := []struct {
		text int
		size fyne.Size
		lang string
	}{{100, fyne.NewSize(800, 600), "en"}, {150, fyne.NewSize(1280, 800), "en"},
		{200, fyne.NewSize(1280, 800), "en"}, {200, fyne.NewSize(1280, 800), "cy"}, {200, fyne.NewSize(1280, 800), "pl"}}
	for _, c := range raceSubset(t, cases) {
		h := newHarness(t)
		h.app.later = func(f func()) { f() }
		h.app.SetLanguage(c.lang)
		h.win.Resize(c.size)
		if err := h.app.StartDemo(); err != nil {
			t.Fatal(err)
		}
		h.app.SetDisplay(data.Display{TextSize: c.text})
		h.win.Resize(c.size)
		for _, item := range raceSubset(t, Screens()) {
			h.app.Show(item.ID)
			for _, tab := range tabsOf(h) {
				if tab != "" {
					screentest.SelectTab(t, h.app.sh.content, tab)
				}
				if problem := fits(h, c.size); problem != "" {
					t.Errorf("%s %d%%: %s %s: %s", c.lang, c.text, item.ID, tab, problem)
				}
			}
		}
	}
}

// tabsOf is every tab of the screen on show (its own and its sections'),
// after "" for the screen as it opens.
func tabsOf(h *harness) []string {
	names := []string{""}
	for _, tabs := range screentest.Find[*widgets.Tabs](h.app.sh.content) {
		for _, item := range tabs.Items {
			names = append(names, item.Text)
		}
	}
	return names
}

// fits says what does not fit in a window of size, or "".
func fits(h *harness, size fyne.Size) string {
	h.win.Content().Refresh()
	if min := h.win.Content().MinSize(); min.Width > size.Width || min.Height > size.Height {
		return fmt.Sprintf("the window would grow to %v", min)
	}
	var view *container.Scroll
	for _, s := range screentest.Find[*container.Scroll](h.content()) {
		if s.Content == h.app.sh.content {
			view = s
		}
	}
	if view == nil {
		return "the screen is not in its scroll area"
	}
	if need, has := h.app.sh.content.MinSize().Width, view.Size().Width; need > has {
		return fmt.Sprintf("it needs %.0f px across, has %.0f", need, has)
	}
	exit := h.app.sh.exit
	pos := fyne.CurrentApp().Driver().AbsolutePositionForObject(exit)
	if pos.X+exit.Size().Width > size.Width || pos.Y < 0 {
		return "Quick exit is off the window"
	}
	return ""
}
