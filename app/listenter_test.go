package app

import (
	"testing"

	"fyne.io/fyne/v2"

	"family-online-safety/content"
	"family-online-safety/screens"
	"family-online-safety/screens/screentest"
	"family-online-safety/screens/widgets"
)

// In Get help a situation highlighted with the arrow keys opens with
// Enter (Return or the keypad's) as it does with Space, and Tab then goes
// on into the opened guide (before, Enter left the old guide showing).
func TestEnterOrSpaceOpensTheHighlightedSituation(t *testing.T) {
	for _, key := range []fyne.KeyName{fyne.KeyReturn, fyne.KeyEnter, fyne.KeySpace} {
		t.Run(string(key), func(t *testing.T) {
			h := newHarness(t)
			if err := h.app.StartDemo(); err != nil {
				t.Fatal(err)
			}
			h.app.Show(screens.HelpID)
			screentest.SelectTab(t, h.app.sh.content, "What happened?")
			list := screentest.Find[*widgets.List](h.app.sh.content)[0]
			c := h.win.Canvas()
			c.Focus(list)
			for range 3 {
				list.TypedKey(&fyne.KeyEvent{Name: fyne.KeyDown})
			}
			h.app.KeyPressed(key) // the window's hook sees the key first
			list.TypedKey(&fyne.KeyEvent{Name: key})
			want := h.app.tr.T(content.Situations[3].TitleKey())
			if n := count(screentest.Texts(h.app.sh.content), want); n < 2 {
				t.Fatalf("%s on the 4th situation: its guide %q is not shown (the title shows %d times)", key, want, n)
			}
			if c.Focused() != list {
				t.Fatalf("%s on a situation moved the focus to %T", key, c.Focused())
			}
			c.FocusNext()
			next, ok := c.Focused().(fyne.CanvasObject)
			d := fyne.CurrentApp().Driver()
			if !ok || d.AbsolutePositionForObject(next).X < d.AbsolutePositionForObject(list).X+list.Size().Width {
				t.Errorf("Tab after %s went to %T %q, not into the opened guide", key, c.Focused(), textsOf(c.Focused()))
			}
		})
	}
}

// count is how many of texts are want (a situation's title shows in the
// list and again as its opened guide's heading).
func count(texts []string, want string) int {
	n := 0
	for _, s := range texts {
		if s == want {
			n++
		}
	}
	return n
}
