//go:build e2e

package e2e

import (
	"image"
	"testing"
	"time"
)

// A dialog opened from the keyboard (Space on Home's Change for today)
// takes the focus to its first choice, so Tab then Space picks the
// second; Escape closes it and gives the focus back to the button, so
// Space opens it again.
func TestKeyboardDialogKeepsTheFocus(t *testing.T) {
	r := start(t, family(t, ""), nil, "--demo") // the demo family has an agreement
	// From the window's start: the navigation list, then the first
	// child's Change for today.
	r.keys("Tab", "Tab", "space")
	under := image.Rect(230, 120, 1100, 720) // the dialog's Save is blue
	open := func() bool {
		time.Sleep(800 * time.Millisecond)
		return blueButtonIn(r.shot(), under)
	}
	if !open() {
		t.Fatalf("Space on Change for today opened no dialog (%s)", save(t, r.shot(), "not-open"))
	}
	second := image.Rect(400, 220, 840, 490) // its second choice and that choice's field
	opened := r.shot()
	r.keys("Tab", "space")
	time.Sleep(500 * time.Millisecond)
	if picked := r.shot(); changed(opened, picked, second) < 0.002 {
		t.Fatalf("Tab and Space in the dialog did not pick the second choice: the focus was not on the first (%s)", save(t, picked, "no-focus"))
	}
	r.keys("Escape")
	if open() {
		t.Fatalf("Escape did not close the dialog (%s)", save(t, r.shot(), "not-closed"))
	}
	r.keys("space")
	if !open() {
		t.Fatalf("after Escape, Space did not open the dialog again: the focus did not go back to Change for today (%s)", save(t, r.shot(), "not-again"))
	}
}

// blueButtonIn reports whether a button of the primary blue (a dialog's
// Save) shows in area: blue as tall as a button, not a line of blue text
// (Home's "Device-free until" during bedtime).
func blueButtonIn(img image.Image, area image.Rectangle) bool {
	_, box, ok := findBox(img, isHelpBlue, area)
	return ok && box.Dy() >= 28
}
