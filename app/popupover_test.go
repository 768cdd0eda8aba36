package app

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"family-online-safety/screens"
)

// A pop-up (a date picker, a list of the app's own) drawn over Get help
// now or Quick exit takes the click where it is drawn (the item there is
// picked), as the person saw it; the header's button acts only where the
// button itself shows. Shift three times still exits with it open. (A
// drop-down's list is kept off the header: headerclear_test.go.)
func TestAPopUpOverTheHeaderTakesTheClick(t *testing.T) {
	for _, which := range []string{"Get help now", "Quick exit"} {
		t.Run(which, func(t *testing.T) {
			h := newHarness(t, onboarded)
			h.app.Hooked()
			covered, other := h.app.sh.help, h.app.sh.exit
			if which == "Quick exit" {
				covered, other = other, covered
			}
			picked := ""
			item := widget.NewButton("2025", func() { picked = "2025" })
			pop := widget.NewPopUp(item, h.win.Canvas())
			at := fyne.CurrentApp().Driver().AbsolutePositionForObject(covered)
			pop.ShowAtPosition(at.Add(fyne.NewPos(-4, -4)))
			pop.Resize(covered.Size().Add(fyne.NewSize(8, 8)))
			if h.app.PressAt(centre(covered)) {
				t.Fatalf("a press on the list's item drawn over %s was taken by %s", which, which)
			}
			test.TapCanvas(h.win.Canvas(), centre(covered)) // then Fyne has it
			if picked != "2025" || h.exited != 0 || h.app.current == screens.HelpID {
				t.Fatalf("the list's item was not picked (%q), or %s acted under it", picked, which)
			}
			if !h.app.PressAt(centre(other)) {
				t.Fatal("the header's other button, not covered, did not act")
			}
		})
	}
	h := newHarness(t, onboarded)
	h.app.Hooked()
	pop := widget.NewPopUp(widget.NewLabel("2025"), h.win.Canvas())
	pop.ShowAtPosition(fyne.CurrentApp().Driver().AbsolutePositionForObject(h.app.sh.exit))
	for range 3 {
		h.app.KeyPressed(desktop.KeyShiftLeft)
	}
	if h.exited != 1 {
		t.Fatal("Shift three times did not exit with a list over Quick exit")
	}
}
