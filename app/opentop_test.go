package app

import (
	"testing"

	"fyne.io/fyne/v2"

	"family-online-safety/screens"
)

// A screen opened from another shows its top, wherever the other was
// scrolled to: on a 1280×800 screen at scale 2, Conversation starters
// scrolled to its end, then Children & apps opened with its title and
// tabs above the window's edge. The same screen shown again in place
// (changes came in) keeps its scroll.
func TestAScreenOpensAtItsTop(t *testing.T) {
	h := newHarness(t)
	h.app.later = func(f func()) { f() }
	if err := h.app.StartDemo(); err != nil {
		t.Fatal(err)
	}
	h.win.Resize(fyne.NewSize(640, 400))
	tried := 0
	for _, from := range []screens.ID{screens.StartersID, screens.AgreementID, screens.HelpID} {
		for _, to := range []screens.ID{screens.ChildrenID, screens.AgreementID, screens.HomeID} {
			if to == from {
				continue
			}
			h.app.Show(from)
			h.win.Content().Refresh()
			scroll := screenView(h)
			scroll.ScrollToBottom()
			if scroll.Offset.Y == 0 {
				continue // fits
			}
			tried++
			h.app.Show(to)
			h.win.Content().Refresh()
			if off := screenView(h).Offset; off.Y != 0 {
				t.Errorf("%s opened from %s scrolled %v down", to, from, off.Y)
			}
		}
	}
	if tried == 0 {
		t.Fatal("no screen scrolls at 640×400: the check tried nothing")
	}
	h.app.Show(screens.StartersID)
	h.win.Content().Refresh()
	screenView(h).ScrollToBottom()
	at := screenView(h).Offset
	h.app.Show(screens.StartersID)
	if got := screenView(h).Offset; got != at || at.Y == 0 {
		t.Errorf("Conversation starters shown again in place moved its scroll from %v to %v", at, got)
	}
}
