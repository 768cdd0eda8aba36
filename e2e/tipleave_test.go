//go:build e2e

package e2e

import (
	"image"
	"testing"
	"time"
)

// A tip goes when the pointer leaves the window from its button: rested
// on Quick exit until its tip shows, then moved straight off the window,
// the tip stayed over the header (and over the next screen) until the
// pointer came back.
func TestATipGoesWhenThePointerLeavesTheWindow(t *testing.T) {
	r := start(t, family(t, ""), nil)
	exit, _ := r.header()
	r.move(image.Pt(exit.X-300, 400))
	time.Sleep(400 * time.Millisecond)
	before := r.shot()
	r.move(exit)
	time.Sleep(tipRest)
	tipped := r.shot()
	under := image.Rect(exit.X-500, exit.Y+15, exit.X+70, exit.Y+140) // where the tip is drawn
	if d := changed(before, tipped, under); d < 0.01 {
		t.Fatalf("no tip showed under Quick exit (%s)", save(t, tipped, "no-tip"))
	}
	w, _ := r.geometry()
	r.move(image.Pt(w+60, exit.Y)) // straight off the window's right edge
	time.Sleep(600 * time.Millisecond)
	left := r.shot()
	if d := changed(before, left, under); d > 0.01 {
		t.Errorf("the tip stayed after the pointer left the window (%.1f%% differs; %s)", d*100, save(t, left, "left"))
	}
}
