package app

import (
	"fmt"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"family-online-safety/screens"
	"family-online-safety/screens/screentest"
	"family-online-safety/screens/widgets"
)

// Fyne clips what a click can reach to the innermost scroll area only: a
// scroll area (a list, a sideways row of buttons) inside another that is
// scrolled so that it passes under the other's edge still takes clicks
// there, over whatever is drawn in its place. So in Conversation
// starters a click on the "What we talked about" tab pressed the
// Favourite button of a starter scrolled up under the tab bar. On every
// screen and tab at 800×600, and on a starter's details, each scroll
// area is scrolled to its end and to its start, and no scroll area in it
// may then stick out of it.
func TestNoScrollAreaSticksOutOfAnother(t *testing.T) {
	h := newHarness(t)
	if err := h.app.StartDemo(); err != nil {
		t.Fatal(err)
	}
	h.win.Resize(fyne.NewSize(800, 600))
	for _, item := range Screens() {
		h.app.Show(item.ID)
		for _, tab := range tabsOf(h) {
			if tab != "" {
				screentest.SelectTab(t, h.app.sh.content, tab)
			}
			checkScrollsInside(t, h, fmt.Sprintf("%s %s", item.ID, tab))
		}
	}
	h.app.Show(screens.StartersID)
	screentest.Find[*widgets.List](h.app.sh.content)[0].Select(0)
	checkScrollsInside(t, h, "a starter's details")
}

// checkScrollsInside scrolls each scroll area of the window to its end,
// then to its start, and fails on any scroll area that sticks out of
// the one round it.
func checkScrollsInside(t *testing.T, h *harness, where string) {
	t.Helper()
	for _, end := range []fyne.Position{{X: 1e6, Y: 1e6}, {}} {
		scrolls := screentest.Find[*container.Scroll](h.content())
		for _, s := range scrolls {
			s.ScrollToOffset(end)
		}
		for _, bad := range scrollsOutside(h.content(), nil) {
			t.Errorf("%s: %s", where, bad)
		}
	}
}

// scrollsOutside names each scroll area under o that sticks out of the
// innermost shown scroll area round it (outer, or nil).
func scrollsOutside(o fyne.CanvasObject, outer *container.Scroll) []string {
	if o == nil || !o.Visible() {
		return nil
	}
	var out []string
	if s, ok := o.(*container.Scroll); ok {
		if outer != nil && !inside(s, outer) {
			out = append(out, fmt.Sprintf("a scroll area showing %q sticks out of the one round it, and takes clicks there",
				firstTexts(s.Content)))
		}
		outer = s
	}
	switch o.(type) {
	case *widget.Entry, *widgets.Entry:
		return out // its own text scroller: a click there lands in a field (not yet mended)
	}
	for _, c := range partsForWalk(o) {
		out = append(out, scrollsOutside(c, outer)...)
	}
	return out
}

// inside reports whether a lies within b, to the nearest pixel.
func inside(a, b fyne.CanvasObject) bool {
	d := fyne.CurrentApp().Driver()
	pa, pb := d.AbsolutePositionForObject(a), d.AbsolutePositionForObject(b)
	sa, sb := a.Size(), b.Size()
	return pa.X >= pb.X-1 && pa.Y >= pb.Y-1 && pa.X+sa.Width <= pb.X+sb.Width+1 && pa.Y+sa.Height <= pb.Y+sb.Height+1
}

// partsForWalk is what screentest.Walk goes into.
func partsForWalk(o fyne.CanvasObject) []fyne.CanvasObject {
	switch o := o.(type) {
	case *fyne.Container:
		return o.Objects
	case *container.Scroll:
		return []fyne.CanvasObject{o.Content}
	case *container.Split:
		return []fyne.CanvasObject{o.Leading, o.Trailing}
	case *widget.Card:
		return []fyne.CanvasObject{o.Content}
	case fyne.Widget:
		return test.WidgetRenderer(o).Objects()
	}
	return nil
}

// firstTexts is the first few texts under o.
func firstTexts(o fyne.CanvasObject) []string {
	texts := screentest.Texts(o)
	return texts[:min(3, len(texts))]
}

// A message that appears after a click ("Copied", "Noted", an Undo bar)
// moves no button on the screen: its room was kept.
func TestAMessageMovesNoButton(t *testing.T) {
	h := newHarness(t)
	if err := h.app.StartDemo(); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		screen screens.ID
		tab    string
		button string
		says   string
	}{
		{screens.HomeID, "", "Copy", "Copied"},
		{screens.HomeID, "", "We talked about it", "Noted"},
		{screens.ChildrenID, "Concerns", "Copy to clipboard", "Copied"},
	} {
		h.app.Show(c.screen)
		if c.tab != "" {
			screentest.SelectTab(t, h.app.sh.content, c.tab)
		}
		before := buttonPlaces(h)
		test.Tap(screentest.Button(t, h.content(), c.button))
		screentest.MustHaveText(t, h.content(), c.says)
		after := buttonPlaces(h)
		for b, at := range before {
			if now, ok := after[b]; ok && now != at {
				t.Errorf("%s: %q moved from %v to %v when %q appeared", c.screen, b.Text, at, now, c.says)
			}
		}
	}
}

// buttonPlaces is where each shown button of the window is.
func buttonPlaces(h *harness) map[*widget.Button]fyne.Position {
	h.win.Content().Refresh()
	out := map[*widget.Button]fyne.Position{}
	d := fyne.CurrentApp().Driver()
	for _, b := range screentest.Find[*widget.Button](h.content()) {
		if b.Visible() {
			out[b] = d.AbsolutePositionForObject(b)
		}
	}
	return out
}
