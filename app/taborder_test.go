package app

import (
	"fmt"
	"strings"
	"testing"

	"fyne.io/fyne/v2"

	"family-online-safety/screens"
	"family-online-safety/screens/screentest"
	"family-online-safety/screens/widgets"
)

// Tab goes through each screen in reading order and stops only where the
// focus can be seen: on every tab of every screen, and with a situation
// opened in Get help, it never goes up to a control drawn above the one
// it leaves in the same column (an "Add" button over its list comes
// before the list), and never stops on selectable text, which shows no
// focus.
func TestTabGoesInReadingOrderAndStopsOnlyWhereSeen(t *testing.T) {
	h := newHarness(t)
	if err := h.app.StartDemo(); err != nil {
		t.Fatal(err)
	}
	for _, item := range raceSubset(t, Screens()) {
		h.app.Show(item.ID)
		for _, tab := range tabsOf(h) {
			if tab != "" {
				screentest.SelectTab(t, h.app.sh.content, tab)
			}
			for _, p := range tabProblems(h.win.Canvas(), h.app.sh.content) {
				t.Errorf("%s %s: %s", item.ID, tab, p)
			}
			for _, p := range shiftTabProblems(h.win.Canvas()) {
				t.Errorf("%s %s: %s", item.ID, tab, p)
			}
		}
	}
	h.app.Show(screens.HelpID)
	screentest.SelectTab(t, h.app.sh.content, "What happened?")
	list := screentest.Find[*widgets.List](h.app.sh.content)[0]
	h.win.Canvas().Focus(list)
	list.TypedKey(&fyne.KeyEvent{Name: fyne.KeySpace})
	for _, p := range tabProblems(h.win.Canvas(), h.app.sh.content) {
		t.Errorf("a situation opened by keyboard: %s", p)
	}
	for _, p := range shiftTabProblems(h.win.Canvas()) {
		t.Errorf("a situation opened by keyboard: %s", p)
	}
}

// shiftTabProblems walks the whole window with Tab, from nothing focused
// round to the first stop again, then presses Shift+Tab (what Fyne's
// window does for it) at every stop: each must go back to the stop Tab
// came from, so Shift+Tab retraces Tab exactly, in reverse.
func shiftTabProblems(c fyne.Canvas) []string {
	c.Unfocus()
	var stops []fyne.Focusable
	for range 2000 {
		c.FocusNext()
		f := c.Focused()
		if f == nil || (len(stops) > 0 && f == stops[0]) {
			break
		}
		stops = append(stops, f)
	}
	var out []string
	for i, f := range stops {
		want := stops[(i-1+len(stops))%len(stops)]
		c.Focus(f)
		c.FocusPrevious()
		got := c.Focused()
		if got != want {
			out = append(out, fmt.Sprintf("Shift+Tab from %T %q goes to %T %q, not back to %T %q",
				f, textsOf(f), got, textsOf(got), want, textsOf(want)))
		}
	}
	c.Unfocus()
	return out
}

// textsOf is f's first text, for a message.
func textsOf(f fyne.Focusable) string {
	if o, ok := f.(fyne.CanvasObject); ok {
		if t := screentest.Texts(o); len(t) > 0 {
			return t[0]
		}
	}
	return ""
}

// tabProblems walks root's controls with Tab, in the order Tab takes,
// and says each step that goes up the same column, and each stop whose
// focus cannot be seen.
func tabProblems(c fyne.Canvas, root fyne.CanvasObject) []string {
	in := map[fyne.CanvasObject]bool{}
	screentest.Walk(root, func(o fyne.CanvasObject) { in[o] = true })
	c.Unfocus()
	var stops []fyne.CanvasObject
	for range 2000 {
		c.FocusNext()
		f, ok := c.Focused().(fyne.CanvasObject)
		if !ok || (len(stops) > 0 && f == stops[0]) {
			break
		}
		if in[f] {
			stops = append(stops, f)
		}
	}
	var out []string
	d := fyne.CurrentApp().Driver()
	for i, o := range stops {
		if strings.Contains(fmt.Sprintf("%T", o), "focusSelectable") {
			out = append(out, fmt.Sprintf("Tab stops on selectable text %q, with no focus to see", screentest.Texts(o)))
		}
		if i == 0 {
			continue
		}
		prev := stops[i-1]
		a, b := d.AbsolutePositionForObject(prev), d.AbsolutePositionForObject(o)
		above := b.Y+o.Size().Height <= a.Y
		overlap := b.X < a.X+prev.Size().Width && a.X < b.X+o.Size().Width
		if above && overlap {
			out = append(out, fmt.Sprintf("Tab goes up from %T %q to %T %q above it", prev, screentest.Texts(prev), o, screentest.Texts(o)))
		}
	}
	return out
}

// In Conversation starters the filters, the search and "Add your own",
// drawn above the list, come before the list and the starter's tabs
// (they came after both).
func TestStartersFiltersComeBeforeTheList(t *testing.T) {
	h := newHarness(t)
	if err := h.app.StartDemo(); err != nil {
		t.Fatal(err)
	}
	h.app.Show(screens.StartersID)
	c := h.win.Canvas()
	c.Unfocus()
	list := screentest.Find[*widgets.List](h.app.sh.content)[0]
	search := screentest.Find[*widgets.Entry](h.app.sh.content)[0]
	add := screentest.Button(t, h.app.sh.content, h.app.tr.T("starters.own.add"))
	at := map[fyne.CanvasObject]int{}
	for i := range 200 {
		c.FocusNext()
		if f, ok := c.Focused().(fyne.CanvasObject); ok {
			if _, seen := at[f]; seen {
				break
			}
			at[f] = i
		}
	}
	for name, o := range map[string]fyne.CanvasObject{"the search": search, "Add your own": add} {
		if i, ok := at[o]; !ok || i > at[list] {
			t.Errorf("Tab reaches %s at stop %d (reached: %v), after the list at %d", name, i, ok, at[list])
		}
	}
}
