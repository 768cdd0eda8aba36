package widgets_test

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"family-online-safety/screens/widgets"
)

// A problem of up to two lines appearing, changing and going under a
// field never moves the field below it.
func TestAProblemOfTwoLinesMovesNothingBelowIt(t *testing.T) {
	test.NewTempApp(t)
	problem := widgets.Problem()
	below := widget.NewEntry()
	box := container.NewVBox(widget.NewEntry(), widgets.Room(problem), below)
	w := test.NewWindow(box)
	defer w.Close()
	w.Resize(fyne.NewSize(300, 400))
	at := below.Position()
	oneLine := widgets.Problem().MinSize().Height
	for _, text := range []string{"Please fill this in.", "one\ntwo", "Please write the date like this: 27/11/2026. Nothing is saved until then.", ""} {
		widgets.SetProblem(problem, text)
		box.Refresh()
		if strings.Contains(text, "date") && problem.MinSize().Height <= oneLine {
			t.Fatalf("%q did not wrap to two lines at 300 wide", text)
		}
		if got := below.Position(); got != at {
			t.Errorf("with %q the field below moved from %v to %v", text, at, got)
		}
	}
}
