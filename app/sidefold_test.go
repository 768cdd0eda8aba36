package app

import (
	"fmt"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"family-online-safety/data"
	"family-online-safety/screens"
	"family-online-safety/screens/children"
	"family-online-safety/screens/screentest"
	"family-online-safety/screens/widgets"
)

// In a narrow window the children list and the starters list fold into
// a drop-down above their tabs, which then show every tab; wide, the
// list is back beside them. The drop-down and the list stay in step
// both ways: a child or starter chosen in either is the one on show,
// across the changes of width, on the same tab. Folded, no scroll area
// sticks out of another (the children fold at 800×600 too; at 560×340
// the screen itself scrolls, as every screen does there).
func TestListsFoldIntoADropDownInANarrowWindow(t *testing.T) {
	wide := fyne.NewSize(1100, 720)
	for _, narrow := range []fyne.Size{TinyWindow, fyne.NewSize(800, 600)} {
		for _, c := range []struct {
			screen screens.ID
			row    int // chosen in the list
			pick   int // then chosen in the drop-down: a row of the list
			tab    int
			text   int // per cent
		}{{screens.ChildrenID, 1, 2, children.TabConcerns, 100}, {screens.StartersID, 6, 3, 1, 150}} {
			if c.screen == screens.StartersID && narrow != TinyWindow {
				continue // both tabs fit beside the list
			}
			where := fmt.Sprintf("%s at %v, %d%%", c.screen, narrow, c.text)
			h := newHarness(t)
			h.app.later = func(f func()) { f() }
			h.win.Resize(wide)
			if err := h.app.StartDemo(); err != nil {
				t.Fatal(err)
			}
			if c.text != 100 { // the starters' list narrows for its tabs, and folds only at larger text
				h.app.SetDisplay(data.Display{TextSize: c.text})
			}
			h.app.Show(c.screen)
			list := screentest.Find[*widgets.List](h.app.sh.content)[0]
			pick := screentest.Find[*widgets.ShortPick](h.app.sh.content)[0]
			tabs := func() *widgets.Tabs { return screentest.Find[*widgets.Tabs](h.app.sh.content)[0] }
			chosen, picked := list.OnSelected, -1
			list.OnSelected = func(i int) { picked = i; chosen(i) }
			list.Select(c.row)
			tabs().SelectIndex(c.tab)
			if shownIn(h.win.Content(), pick) || !shownIn(h.win.Content(), list) {
				t.Fatalf("%s: wide, the drop-down shows or the list does not", where)
			}
			h.win.Resize(narrow)
			h.win.Content().Refresh()
			if !shownIn(h.win.Content(), pick) || shownIn(h.win.Content(), list) {
				t.Fatalf("%s: narrow, the list shows or the drop-down does not", where)
			}
			if pick.SelectedIndex() != c.row || tabs().SelectedIndex() != c.tab {
				t.Errorf("%s: the drop-down shows %d (want %d), tab %d (want %d)", where, pick.SelectedIndex(), c.row, tabs().SelectedIndex(), c.tab)
			}
			foldedTabsFit(t, h, tabs(), narrow != TinyWindow, where)
			tabs().SelectIndex(c.tab)
			pickEndsInside(t, h, pick, narrow, where)
			// Chosen in the drop-down: the list follows, on the first tab
			// for a starter (as a row chosen in the list does).
			pick.SetSelectedIndex(c.pick)
			if picked != c.pick {
				t.Errorf("%s: chosen in the drop-down %d, in the list %d", where, c.pick, picked)
			}
			h.win.Resize(wide)
			h.win.Content().Refresh()
			if !shownIn(h.win.Content(), list) || picked != c.pick || pick.SelectedIndex() != c.pick {
				t.Errorf("%s: wide again, the list shows %v, row %d (want %d)", where, shownIn(h.win.Content(), list), picked, c.pick)
			}
		}
	}
}

// foldedTabsFit fails on a tab behind "…" and, with scrolls, on any
// scroll area sticking out of another on any tab.
func foldedTabsFit(t *testing.T, h *harness, tabs *widgets.Tabs, scrolls bool, where string) {
	t.Helper()
	if hidden := screentest.HiddenTabs(tabs); len(hidden) > 0 {
		t.Errorf("%s: %q behind \"…\"", where, hidden)
	}
	for _, tab := range tabsOf(h) {
		if tab != "" && scrolls {
			screentest.SelectTab(t, h.app.sh.content, tab)
			checkScrollsInside(t, h, where+" "+tab)
		}
	}
}

// pickEndsInside opens the drop-down and fails if its choices (whole
// questions) run past the window.
func pickEndsInside(t *testing.T, h *harness, pick *widgets.ShortPick, win fyne.Size, where string) {
	t.Helper()
	test.Tap(pick)
	menu := h.win.Canvas().Overlays().Top()
	if menu == nil {
		t.Errorf("%s: the drop-down opened nothing", where)
		return
	}
	h.win.Canvas().Overlays().Remove(menu)
	d := fyne.CurrentApp().Driver()
	menus := screentest.Find[*widget.PopUpMenu](menu)
	if len(menus) == 0 {
		t.Errorf("%s: no menu in the open drop-down", where)
	}
	for _, o := range menus {
		at := d.AbsolutePositionForObject(o)
		if at.X < 0 || at.X+o.Size().Width > win.Width {
			t.Errorf("%s: the open drop-down runs from %.0f to %.0f, past the window's %.0f", where, at.X, at.X+o.Size().Width, win.Width)
		}
	}
}

// shownIn reports whether o is under root with it and everything round
// it shown.
func shownIn(root, o fyne.CanvasObject) bool {
	found := false
	var walk func(fyne.CanvasObject)
	walk = func(at fyne.CanvasObject) {
		if found || at == nil || !at.Visible() {
			return
		}
		if at == o {
			found = true
			return
		}
		for _, c := range partsForWalk(at) {
			walk(c)
		}
	}
	walk(root)
	return found
}

// With the children folded into the drop-down, a field being typed in
// stays where it is while a line appears under it (Roblox is in the
// catalogue: its card shows under the name), in every language: nothing
// above it follows the height of what is below.
func TestAFieldStaysPutInAFoldedWindowAsALineAppearsUnderIt(t *testing.T) {
	for _, lang := range raceSubset(t, []string{"en", "cy", "pl"}) {
		for _, size := range []fyne.Size{TinyWindow, fyne.NewSize(800, 600)} {
			h := newHarness(t)
			h.app.later = func(f func()) { f() }
			h.app.SetLanguage(lang)
			h.win.Resize(size)
			if err := h.app.StartDemo(); err != nil {
				t.Fatal(err)
			}
			kids, err := h.app.store.Children()
			if err != nil {
				t.Fatal(err)
			}
			h.app.ShowChild(kids[1].ID, children.TabApps)
			pick := screentest.Find[*widgets.ShortPick](h.app.sh.content)[0]
			field := screentest.Find[*widgets.Entry](h.app.sh.content)[0]
			h.win.Canvas().Focus(field)
			test.Type(field, "Rob")
			where := func() fyne.Position {
				h.win.Content().Refresh()
				return fyne.CurrentApp().Driver().AbsolutePositionForObject(field)
			}
			before, lines := where(), len(screentest.Texts(h.app.sh.content))
			test.Type(field, "lox")
			if !shownIn(h.win.Content(), pick) {
				t.Fatalf("%s %v: the children did not fold", lang, size)
			}
			if len(screentest.Texts(h.app.sh.content)) == lines {
				t.Fatalf("%s %v: no line appeared under the field: the check tried nothing", lang, size)
			}
			if after := where(); after != before || h.win.Canvas().Focused() != field {
				t.Errorf("%s %v: the field moved from %v to %v", lang, size, before, after)
			}
		}
	}
}
