package widgets

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"
)

// Tab reaches a tab bar, its ring shows while it has the focus, and the
// arrow keys, Home and End choose the tabs (wrapping round at the ends).
func TestTabsAreWorkedByKeyboard(t *testing.T) {
	test.NewTempApp(t)
	before := widget.NewButton("before", nil)
	tabs := NewTabs(container.NewTabItem("One", widget.NewButton("in one", nil)),
		container.NewTabItem("Two", widget.NewLabel("2")), container.NewTabItem("Three", widget.NewLabel("3")))
	w := test.NewTempWindow(t, container.NewBorder(before, nil, nil, nil, tabs))
	w.Resize(fyne.NewSize(400, 300))
	c := w.Canvas()
	c.Focus(before)
	c.FocusNext()
	if c.Focused() != tabs.Stop() || !tabs.Focused() || !tabs.ring.rect.Visible() {
		t.Fatalf("Tab after the button focused %T, ring shown %v", c.Focused(), tabs.ring.rect.Visible())
	}
	for _, step := range []struct {
		key  fyne.KeyName
		want int
	}{{fyne.KeyRight, 1}, {fyne.KeyRight, 2}, {fyne.KeyRight, 0}, {fyne.KeyLeft, 2}, {fyne.KeyHome, 0}, {fyne.KeyEnd, 2}, {fyne.KeyUp, 1}} {
		c.Focused().TypedKey(&fyne.KeyEvent{Name: step.key})
		if got := tabs.SelectedIndex(); got != step.want {
			t.Fatalf("%s: tab %d, want %d", step.key, got, step.want)
		}
	}
	c.FocusNext()
	if tabs.ring.rect.Visible() {
		t.Error("the ring stays after the focus left")
	}
}

// Shift+Tab retraces Tab round a tab bar: from the chosen tab's first
// control back to the bar, and from the bar back to what came before it
// (Fyne's own reverse walk reached a focusable widget before what it
// holds, and went from the bar to the tab's controls).
func TestShiftTabRetracesTabRoundATabBar(t *testing.T) {
	test.NewTempApp(t)
	before := widget.NewButton("before", nil)
	in := widget.NewButton("in one", nil)
	tabs := NewTabs(container.NewTabItem("One", in), container.NewTabItem("Two", widget.NewLabel("2")))
	w := test.NewTempWindow(t, container.NewBorder(before, nil, nil, nil, tabs))
	w.Resize(fyne.NewSize(400, 300))
	c := w.Canvas()
	c.Focus(in)
	c.FocusPrevious()
	if c.Focused() != tabs.Stop() || !tabs.ring.rect.Visible() {
		t.Fatalf("Shift+Tab from the tab's button focused %T, ring shown %v", c.Focused(), tabs.ring.rect.Visible())
	}
	c.FocusPrevious()
	if c.Focused() != before || tabs.ring.rect.Visible() {
		t.Errorf("Shift+Tab from the tab bar focused %T, ring shown %v", c.Focused(), tabs.ring.rect.Visible())
	}
}

// A list's ring shows while it has the focus, on the chosen row too.
func TestListShowsItsFocus(t *testing.T) {
	test.NewTempApp(t)
	l := NewList(func() int { return 2 }, func() fyne.CanvasObject { return widget.NewLabel("row") }, func(int, fyne.CanvasObject) {})
	l.Select(0)
	w := test.NewTempWindow(t, l)
	w.Resize(fyne.NewSize(200, 200))
	w.Canvas().Focus(l)
	if !l.ring.rect.Visible() || l.ring.rect.Size().Width < 190 {
		t.Errorf("focused list: ring shown %v, size %v", l.ring.rect.Visible(), l.ring.rect.Size())
	}
	w.Canvas().Unfocus()
	if l.ring.rect.Visible() {
		t.Error("the ring stays after the focus left")
	}
}

// A list whose rows hold buttons: Tab goes from the control before it to
// the list, through the rows' buttons in order, and on; Shift+Tab goes
// back exactly the same way (Fyne's went to the list before its rows),
// and the list's ring shows while its stop has the focus.
func TestShiftTabRetracesTabThroughAListsRows(t *testing.T) {
	test.NewTempApp(t)
	before, after := widget.NewButton("before", nil), widget.NewButton("after", nil)
	l := NewList(func() int { return 3 }, func() fyne.CanvasObject { return widget.NewButton("", nil) },
		func(i int, o fyne.CanvasObject) { o.(*widget.Button).SetText(string(rune('A' + i))) })
	l.HoldsControls()
	w := test.NewTempWindow(t, TopFirst(before, container.NewBorder(nil, after, nil, nil, l)))
	w.Resize(fyne.NewSize(300, 400))
	c := w.Canvas()
	c.Focus(before)
	c.FocusNext()
	if c.Focused() != l.Stop() || !l.ring.rect.Visible() {
		t.Fatalf("Tab after the button focused %T (ring shown %v), not the list", c.Focused(), l.ring.rect.Visible())
	}
	walk := []fyne.Focusable{c.Focused()}
	for range 4 {
		c.FocusNext()
		walk = append(walk, c.Focused())
	}
	for i, want := range []string{"A", "B", "C", "after"} {
		if b, ok := walk[i+1].(*widget.Button); !ok || b.Text != want {
			t.Fatalf("Tab stop %d is %T, not the button %q", i+2, walk[i+1], want)
		}
	}
	for i := len(walk) - 1; i > 0; i-- {
		c.FocusPrevious()
		if c.Focused() != walk[i-1] {
			t.Fatalf("Shift+Tab from stop %d went to %T, not back to stop %d", i+1, c.Focused(), i)
		}
	}
	c.FocusPrevious()
	if c.Focused() != before || l.ring.rect.Visible() {
		t.Errorf("Shift+Tab from the list went to %T (ring shown %v), not back to the button before it", c.Focused(), l.ring.rect.Visible())
	}
	chosen := -1
	l.OnSelected = func(i int) { chosen = i }
	l.Stop().TypedKey(&fyne.KeyEvent{Name: fyne.KeyDown})
	l.Stop().TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	if chosen != 1 {
		t.Errorf("Down and Enter on the list's stop chose row %d, not 1", chosen)
	}
}
