package app

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"

	"family-online-safety/data"
	"family-online-safety/screens/screentest"
)

// Every screen fits a small laptop: at normal text size in 800×600, at
// 150% text in 1280×800. The window never has to grow (its content asks
// for no more than it has), and each screen fits its width, so nothing
// is reached by scrolling sideways; the header stays on top.
func TestEveryScreenFitsTheWindow(t *testing.T) {
	cases := []struct {
		text int
		size fyne.Size
	}{{100, fyne.NewSize(800, 600)}, {150, fyne.NewSize(1280, 800)}}
	for _, c := range cases {
		h := newHarness(t)
		h.win.Resize(c.size)
		if err := h.app.StartDemo(); err != nil {
			t.Fatal(err)
		}
		h.app.SetDisplay(data.Display{TextSize: c.text})
		h.win.Resize(c.size)
		for _, item := range Screens() {
			h.app.Show(item.ID)
			h.win.Content().Refresh()
			if min := h.win.Content().MinSize(); min.Width > c.size.Width || min.Height > c.size.Height {
				t.Errorf("%d%%: %s asks for %v, more than the %v window", c.text, item.ID, min, c.size)
			}
			var view *container.Scroll
			for _, s := range screentest.Find[*container.Scroll](h.content()) {
				if s.Content == h.app.sh.content {
					view = s
				}
			}
			if view == nil {
				t.Fatal("the screen is not in its scroll area")
			}
			if need, has := h.app.sh.content.MinSize().Width, view.Size().Width; need > has {
				t.Errorf("%d%%: %s needs %.0f px across, has %.0f", c.text, item.ID, need, has)
			}
			exit := h.app.sh.exit
			pos := fyne.CurrentApp().Driver().AbsolutePositionForObject(exit)
			if pos.X+exit.Size().Width > c.size.Width || pos.Y < 0 {
				t.Errorf("%d%%: on %s Quick exit is at %v, off the window", c.text, item.ID, pos)
			}
		}
	}
}
