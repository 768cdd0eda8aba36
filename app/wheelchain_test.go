package app

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"

	"family-online-safety/screens"
	"family-online-safety/screens/screentest"
	"family-online-safety/screens/widgets"
)

// wheel turns the wheel by dy steps (up positive) at pos as the real
// window does: the app's hook first, then, if it did not take the turn,
// Fyne's own (the innermost scroll area under the pointer).
func (h *harness) wheel(pos fyne.Position, dy float32) {
	if !h.app.WheelAt(pos, dy) {
		test.Scroll(h.win.Canvas(), pos, 0, dy*widgets.WheelStep())
	}
}

// shownMiddleOf is the window's point at the middle of o, or, when that
// is out of the page's view, the nearest point just inside the view.
func shownMiddleOf(h *harness, o fyne.CanvasObject) fyne.Position {
	d := fyne.CurrentApp().Driver()
	at := d.AbsolutePositionForObject(o).Add(fyne.NewPos(o.Size().Width/2, o.Size().Height/2))
	view := d.AbsolutePositionForObject(h.app.sh.scroll)
	at.Y = max(view.Y+10, min(at.Y, view.Y+h.app.sh.scroll.Size().Height-10))
	return at
}

// wheelsThrough turns the wheel 60 steps down at pos, then 60 up, and
// says whether the page reached its end and came back to its top, and
// whether inner did too (a list's rows or a starter's text inside it).
func wheelsThrough(t *testing.T, h *harness, what string, pos fyne.Position, inner *container.Scroll) {
	t.Helper()
	page := h.app.sh.scroll
	if !widgets.CanScroll(page, -1) {
		t.Fatalf("%s: the page has nothing out of sight: the check tries nothing", what)
	}
	for range 60 {
		h.wheel(pos, -1)
	}
	if widgets.CanScroll(page, -1) || widgets.CanScroll(inner, -1) {
		t.Errorf("%s: 60 wheel steps down over the %s left the page at %.0f of %.0f and the %s at %.0f of %.0f",
			what, what, page.Offset.Y, page.Content.Size().Height-page.Size().Height,
			what, inner.Offset.Y, inner.Content.Size().Height-inner.Size().Height)
	}
	for range 60 {
		h.wheel(pos, 1)
	}
	if page.Offset.Y > 0.5 {
		t.Errorf("%s: 60 wheel steps up left the page %.0f px down", what, page.Offset.Y)
	}
}

// The wheel over a list inside the page scrolls the list, and once the
// list is at its end (or when all its rows show), the page: on a
// 1280×800 screen at twice the scale (640×390 in the window's units)
// the page stopped with Amira's last app below the window's edge.
func TestTheWheelOverAListAtItsEndScrollsThePage(t *testing.T) {
	h := appsTab(t, "en", 100, fyne.NewSize(640, 390))
	var apps *widgets.List
	for _, l := range screentest.Find[*widgets.List](h.app.sh.content) {
		if l.Length() == 3 { // the demo's eldest has three apps
			apps = l
		}
	}
	if apps == nil {
		t.Fatal("no list of three apps")
	}
	wheelsThrough(t, h, "app list", shownMiddleOf(h, apps), apps.Scroller())
}

// The wheel over a starter's text at 560×340 scrolls the text, then the
// page round it (it was kept in a strip a line or two tall).
func TestTheWheelOverAStartersTextAtItsEndScrollsThePage(t *testing.T) {
	h := newHarness(t)
	h.app.later = func(f func()) { f() }
	if err := h.app.StartDemo(); err != nil {
		t.Fatal(err)
	}
	h.win.Resize(fyne.NewSize(560, 340))
	h.app.Show(screens.StartersID)
	list := screentest.Find[*widgets.List](h.app.sh.content)[0]
	list.Select(0)
	h.win.Content().Refresh()
	var text *container.Scroll
	for _, s := range screentest.Find[*container.Scroll](h.app.sh.content) {
		if s != list.Scroller() && s.Visible() && widgets.CanScroll(s, -1) {
			text = s
		}
	}
	if text == nil {
		t.Fatal("no starter's text that scrolls at 560×340")
	}
	wheelsThrough(t, h, "starter's text", shownMiddleOf(h, text), text)
}
