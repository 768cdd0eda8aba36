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
// scroll area (a list, a sideways row of buttons, a text field's own
// text scroller) inside another that is scrolled so that it passes under
// the other's edge still takes the pointer there, over whatever is drawn
// in its place. So in Conversation starters a click on the "What we
// talked about" tab pressed the Favourite button of a starter scrolled
// up under the tab bar, and on the agreement a click on the "Device-free"
// tab, with the pointer moved by 3 px while pressed (a drag to Fyne),
// went into Monday's hours field scrolled under the tab bar: the tab did
// not change and the 7 typed next became Monday's limit. On every screen
// and tab at 800×600, and on a starter's details, each scroll area is
// scrolled to its end and to its start; then no scroll area may stick
// out of the one round it, except a text field's, and a drag begun
// where a field's sticks out must put the focus in no field.
func TestNoScrollAreaSticksOutOfAnother(t *testing.T) {
	h := newHarness(t)
	if err := h.app.StartDemo(); err != nil {
		t.Fatal(err)
	}
	h.win.Resize(fyne.NewSize(800, 600))
	fields := 0
	for _, item := range Screens() {
		h.app.Show(item.ID)
		for _, tab := range tabsOf(h) {
			if tab != "" {
				screentest.SelectTab(t, h.app.sh.content, tab)
			}
			fields += checkScrollsInside(t, h, fmt.Sprintf("%s %s", item.ID, tab))
		}
	}
	h.app.Show(screens.StartersID)
	screentest.Find[*widgets.List](h.app.sh.content)[0].Select(0)
	fields += checkScrollsInside(t, h, "a starter's details")
	if fields == 0 {
		t.Error("no text field was ever scrolled out from under a tab bar: the check tried nothing")
	}
}

// checkScrollsInside scrolls each scroll area of the window to its end,
// then to its start, and fails on any scroll area that sticks out of
// the one round it, or, for a text field's, takes a drag there. It
// returns how many places where a field sticks out it tried.
func checkScrollsInside(t *testing.T, h *harness, where string) int {
	t.Helper()
	tried := 0
	for _, end := range []fyne.Position{{X: 1e6, Y: 1e6}, {}} {
		scrolls := screentest.Find[*container.Scroll](h.content())
		for _, s := range scrolls {
			s.ScrollToOffset(end)
		}
		for _, out := range scrollsOutside(h.content(), nil) {
			if !out.field {
				t.Errorf("%s: a scroll area showing %q sticks out of the one round it, and takes clicks there",
					where, firstTexts(out.inner.Content))
				continue
			}
			for _, p := range outsidePoints(h, out) {
				tried++
				if bad := dragTakenAt(h, p); bad != "" {
					t.Errorf("%s: a drag begun at %v, where a field is scrolled out of sight, %s", where, p, bad)
				}
			}
		}
	}
	return tried
}

// stickOut is a scroll area that sticks out of the one round it.
type stickOut struct {
	inner, outer *container.Scroll
	field        bool // inner is a text field's own text scroller
}

// scrollsOutside lists each scroll area under o that sticks out of the
// innermost shown scroll area round it (outer, or nil).
func scrollsOutside(o fyne.CanvasObject, outer *container.Scroll) []stickOut {
	if o == nil || !o.Visible() {
		return nil
	}
	var out []stickOut
	if s, ok := o.(*container.Scroll); ok {
		if outer != nil && !inside(s, outer) {
			field := fmt.Sprintf("%T", s.Content) == "*widget.entryContent"
			out = append(out, stickOut{inner: s, outer: outer, field: field})
		}
		outer = s
	}
	for _, c := range partsForWalk(o) {
		out = append(out, scrollsOutside(c, outer)...)
	}
	return out
}

// outsidePoints are the middles of the strips of out.inner above, below,
// left and right of out.outer, within the window.
func outsidePoints(h *harness, out stickOut) []fyne.Position {
	d := fyne.CurrentApp().Driver()
	ip, op := d.AbsolutePositionForObject(out.inner), d.AbsolutePositionForObject(out.outer)
	is, os, win := out.inner.Size(), out.outer.Size(), h.win.Canvas().Size()
	left, right := max(ip.X, 0), min(ip.X+is.Width, win.Width)
	top, bottom := max(ip.Y, 0), min(ip.Y+is.Height, win.Height)
	var pts []fyne.Position
	add := func(x0, x1, y0, y1 float32) {
		if x1-x0 >= 2 && y1-y0 >= 2 {
			pts = append(pts, fyne.NewPos((x0+x1)/2, (y0+y1)/2))
		}
	}
	add(left, right, top, min(bottom, op.Y))
	add(left, right, max(top, op.Y+os.Height), bottom)
	add(left, min(right, op.X), top, bottom)
	add(max(left, op.X+os.Width), right, top, bottom)
	return pts
}

// dragTakenAt presses at p and drags from there far down (so that no
// click is made of it), as the real window's input hook does: a press
// that reached no field (the test driver presses none) and after which
// the app holds the pointer still is no drag. It says what went wrong:
// a field took the focus.
func dragTakenAt(h *harness, p fyne.Position) string {
	c := h.win.Canvas()
	c.Unfocus()
	h.app.fields.NewPress()
	if h.app.HoldsPointer(p) {
		return ""
	}
	test.Drag(c, p, 0, 1e4)
	if f := c.Focused(); f != nil {
		c.Unfocus()
		return fmt.Sprintf("put the focus in a field (%T) that is not shown there", f)
	}
	return ""
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
