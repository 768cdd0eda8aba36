package widgets

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/test"
)

// A tip shows while the pointer rests on its button, never as a pop-up
// (a pop-up takes the next click to close itself), and goes with a click.
func TestTipIsNotAPopUp(t *testing.T) {
	test.NewTempApp(t)
	tapped := 0
	b := NewTipButton("Quick exit", nil, "Hides this window at once.", func() { tapped++ })
	w := test.NewTempWindow(t, WithTips(container.NewBorder(container.NewHBox(b), nil, nil, nil)))
	w.Resize(fyne.NewSize(400, 300))
	b.MouseIn(&desktop.MouseEvent{})
	if b.ShownTip() != "Hides this window at once." {
		t.Fatalf("tip on show: %q", b.ShownTip())
	}
	if w.Canvas().Overlays().Top() != nil {
		t.Fatal("the tip is a pop-up")
	}
	test.Tap(b)
	if tapped != 1 || b.TipShown() {
		t.Fatalf("one click: tapped %d times, tip shown %v", tapped, b.TipShown())
	}
	b.MouseIn(&desktop.MouseEvent{})
	b.MouseOut()
	if b.TipShown() {
		t.Fatal("the tip stayed after the pointer left")
	}
}

// Tab leaves a notes field: the window moves the focus on instead of
// typing a tab character into the text.
func TestTabLeavesNotes(t *testing.T) {
	notes := NewMultiLineEntry(nil)
	if notes.AcceptsTab() {
		t.Fatal("a notes field keeps Tab: the keyboard is trapped and tabs are saved")
	}
}
