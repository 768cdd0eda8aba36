//go:build e2e

package e2e

import (
	"image"
	"testing"
	"time"
)

// In "A change for one day" at 800×600, opened from the keyboard, Tab
// to Day scrolls the dialog to it: what is typed there shows on screen
// (it changed Day out of sight).
func TestDialogShowsTheFieldTabReaches(t *testing.T) {
	r := start(t, family(t, ""), nil, "--demo")
	xdo(t, "xdotool", "windowsize", "--sync", r.win, "800", "600")
	time.Sleep(500 * time.Millisecond)
	r.keys("Tab", "Tab", "space") // the navigation list, then Change for today
	w, h := r.geometry()
	dialog := image.Rect(0, h/6, w, h)
	if _, ok := r.shows(5*time.Second, func(img image.Image) bool { return blueButtonIn(img, dialog) }); !ok {
		t.Fatalf("Space on Change for today opened no dialog (%s)", save(t, r.shot(), "not-open"))
	}
	r.keys("Tab", "Tab", "Tab") // the kind's choices, Until, then Day
	before := r.settled(3*time.Second, dialog)
	xdo(t, "xdotool", "type", "--delay", "60", "999999")
	time.Sleep(500 * time.Millisecond)
	after := r.shot()
	if d := changed(before, after, dialog); d < 0.001 {
		t.Fatalf("six digits typed into the focused Day changed %.2f%% of the dialog: the field is out of sight (%s, %s)",
			d*100, save(t, before, "before"), save(t, after, "after"))
	}
}
