package sharing_test

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"
)

// wobblyClick clicks option of g as a hand does: the pointer moves 1 px
// across and 3 down while pressed (Fyne takes that for a drag), and
// fails unless the option is then picked.
func wobblyClick(t *testing.T, c fyne.Canvas, g *widget.RadioGroup, option string) {
	t.Helper()
	i := -1
	for j, o := range g.Options {
		if o == option {
			i = j
		}
	}
	if i < 0 || g.Selected == option {
		t.Fatalf("no %q in %q, or picked already", option, g.Options)
	}
	at := fyne.CurrentApp().Driver().AbsolutePositionForObject(g)
	row := g.Size().Height / float32(len(g.Options))
	test.Drag(c, at.Add(fyne.NewPos(12, row*(float32(i)+0.5))), 1, 3)
	if g.Selected != option {
		t.Fatalf("a click on %q with the pointer moved 3 px left %q picked", option, g.Selected)
	}
}
