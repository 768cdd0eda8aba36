package app

import (
	"fmt"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"family-online-safety/screens"
	"family-online-safety/screens/screentest"
	"family-online-safety/screens/widgets"
)

// tabAround presses Tab until the focus comes back round, and returns
// everything it reached.
func tabAround(c fyne.Canvas) map[fyne.Focusable]bool {
	reached := map[fyne.Focusable]bool{}
	for range 2000 {
		c.FocusNext()
		f := c.Focused()
		if f == nil || reached[f] {
			break
		}
		reached[f] = true
	}
	return reached
}

// Every screen can be worked by keyboard: on each of its tabs, Tab alone
// reaches every control that can be used (buttons, fields, choices, the
// tab bars themselves, and the lists of situations, starters and
// children), and so it does after a situation is opened in Get help.
// A control Tab cannot reach fails the test (see the test below).
func TestEveryScreenCanBeWalkedByKeyboard(t *testing.T) {
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
			where := string(item.ID) + " " + tab
			if missed := unreachable(h.win.Canvas(), h.content()); len(missed) > 0 {
				t.Errorf("%s: Tab never reaches %d controls: %v", where, len(missed), missed)
			}
		}
	}
	h.app.Show(screens.HelpID)
	screentest.SelectTab(t, h.app.sh.content, "What happened?")
	list := screentest.Find[*widgets.List](h.app.sh.content)[0]
	h.win.Canvas().Focus(list)
	list.TypedKey(&fyne.KeyEvent{Name: fyne.KeySpace})
	if missed := unreachable(h.win.Canvas(), h.content()); len(missed) > 0 {
		t.Errorf("a situation opened by keyboard: Tab never reaches %d controls: %v", len(missed), missed)
	}
}

// The walk above fails on a control Tab cannot reach: a button the focus
// walk skips (here, one whose only parent is hidden from the walk).
func TestTheKeyboardWalkFindsAControlTabMisses(t *testing.T) {
	screentest.Serial(t)
	test.NewTempApp(t)
	reached := widget.NewButton("reached", nil)
	missed := widget.NewButton("missed", nil)
	w := test.NewTempWindow(t, container.NewVBox(reached))
	// A control in the screen's tree that is not in the window's: Tab
	// cannot get to it.
	screen := container.NewVBox(reached, missed)
	got := unreachable(w.Canvas(), screen)
	if len(got) != 1 || !strings.Contains(got[0], "missed") {
		t.Errorf("unreachable = %v, want only the missed button", got)
	}
}

// unreachable walks the canvas with Tab from nothing focused until the
// focus comes round, and names each shown, enabled control under root
// that it never reached or that keeps Tab for itself (Fyne's multi-line
// fields do: Tab would type a tab character into the notes).
func unreachable(c fyne.Canvas, root fyne.CanvasObject) []string {
	c.Unfocus()
	reached := tabAround(c)
	var missed []string
	hidden := map[fyne.CanvasObject]bool{} // under a hidden part: not on screen
	screentest.Walk(root, func(o fyne.CanvasObject) {
		if !o.Visible() || hidden[o] {
			screentest.Walk(o, func(in fyne.CanvasObject) { hidden[in] = true })
			return
		}
		f, ok := o.(fyne.Focusable)
		if !ok {
			return
		}
		if d, ok := o.(fyne.Disableable); ok && d.Disabled() {
			return
		}
		if !reached[f] {
			missed = append(missed, fmt.Sprintf("%T %q", o, screentest.Texts(o)))
		}
		if tb, ok := o.(fyne.Tabbable); ok && tb.AcceptsTab() { // a multi-line field would type a tab
			missed = append(missed, fmt.Sprintf("%T %q keeps Tab", o, screentest.Texts(o)))
		}
	})
	return missed
}

// The lists of situations, starters and children are worked with the
// arrow keys and Space, like any other list.
func TestListsAreWorkedWithArrowsAndSpace(t *testing.T) {
	h := newHarness(t)
	if err := h.app.StartDemo(); err != nil {
		t.Fatal(err)
	}
	for _, item := range Screens() {
		h.app.Show(item.ID)
		lists := screentest.Find[*widgets.List](h.app.sh.content)
		if len(lists) == 0 {
			continue
		}
		list := lists[0]
		before := fmt.Sprint(screentest.Texts(h.app.sh.content))
		h.win.Canvas().Focus(list)
		list.TypedKey(&fyne.KeyEvent{Name: fyne.KeyDown})
		list.TypedKey(&fyne.KeyEvent{Name: fyne.KeySpace})
		if after := fmt.Sprint(screentest.Texts(h.app.sh.content)); after == before {
			t.Errorf("%s: Down and Space in its list changed nothing", item.ID)
		}
	}
}

// A control Tab reaches below the window's edge is scrolled into view:
// on every screen at 800×600, each control the focus lands on shows whole
// in the window (or its top does, when it is taller than the window).
func TestTabScrollsTheFocusIntoView(t *testing.T) {
	h := newHarness(t)
	if err := h.app.StartDemo(); err != nil {
		t.Fatal(err)
	}
	size := fyne.NewSize(800, 600)
	h.win.Resize(size)
	d := fyne.CurrentApp().Driver()
	hidden := 0
	for _, item := range Screens() {
		h.app.Show(item.ID)
		c := h.win.Canvas()
		c.Unfocus()
		seen := map[fyne.Focusable]bool{}
		for range 400 {
			c.FocusNext()
			f := c.Focused()
			if f == nil || seen[f] {
				break
			}
			seen[f] = true
			o := f.(fyne.CanvasObject)
			if !onWindow(d.AbsolutePositionForObject(o), o.Size(), size) {
				hidden++ // before the app scrolls: the test can see one out of sight
			}
			h.app.FocusMoved()
			if pos := d.AbsolutePositionForObject(o); !onWindow(pos, o.Size(), size) {
				t.Errorf("%s: the focused %T %q is at %v, size %v: out of the window", item.ID, o, screentest.Texts(o), pos, o.Size())
			}
		}
	}
	if hidden == 0 {
		t.Error("no control Tab reached was out of sight at 800×600: the test proves nothing")
	}
}

// onWindow reports whether an object at pos of size shows in a window of
// size win: whole, or from its top when it is taller than the window.
func onWindow(pos fyne.Position, size, win fyne.Size) bool {
	bottom := min(pos.Y+size.Height, pos.Y+win.Height/2)
	return pos.Y >= 0 && bottom <= win.Height && pos.X >= 0 && pos.X < win.Width
}
