package app

import (
	"fmt"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"

	"family-online-safety/screens/screentest"
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

// Every screen can be worked by keyboard: Tab reaches every control that
// can be used (buttons, fields, choices, tabs, and the lists of
// situations, starters and children), and a focused list moves with the
// arrow keys.
func TestEveryScreenCanBeWalkedByKeyboard(t *testing.T) {
	h := newHarness(t)
	if err := h.app.StartDemo(); err != nil {
		t.Fatal(err)
	}
	for _, item := range Screens() {
		h.app.Show(item.ID)
		c := h.win.Canvas()
		c.Unfocus()
		reached := tabAround(c)
		var missed []string
		lists := 0
		hidden := map[fyne.CanvasObject]bool{} // under a hidden part: not on screen
		screentest.Walk(h.content(), func(o fyne.CanvasObject) {
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
			if _, ok := o.(*widget.List); ok {
				lists++
			}
			if !reached[f] {
				missed = append(missed, fmt.Sprintf("%T %q", o, screentest.Texts(o)))
			}
		})
		if len(missed) > 0 {
			t.Errorf("%s: Tab never reaches %d controls: %v", item.ID, len(missed), missed)
		}
		t.Logf("%s: %d controls by Tab, %d lists", item.ID, len(reached), lists)
	}
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
		lists := screentest.Find[*widget.List](h.app.sh.content)
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
