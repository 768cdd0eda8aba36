//go:build e2e

package e2e

import (
	"image"
	"testing"
	"time"
)

// Family agreement › Device-free at 1100×720: a click on the second
// time's Change scrolls the page to the form it fills, where the
// keyboard is (the page stayed still, the form and the keyboard out of
// sight below, so the next keys renamed the time unseen).
func TestDeviceFreeChangeShowsItsForm(t *testing.T) {
	r := start(t, family(t, ""), nil, "--demo")
	page, before := openDeviceFree(t, r)
	r.click(image.Pt(925, 607)) // the second time's Change
	r.move(image.Pt(700, 140))  // off the page: its hover is no change
	after, _ := r.shows(3*time.Second, func(img image.Image) bool { return changed(before, img, page) >= 0.1 })
	if d := changed(before, after, page); d < 0.1 {
		t.Fatalf("Change left the page where it was (%.1f%% changed): its form is out of sight (%s, %s)",
			d*100, save(t, before, "before"), save(t, after, "after"))
	}
}

// openDeviceFree opens Family agreement › Device-free in r (the demo
// family at 1100×720) and returns the page's area and how it looks once
// settled.
func openDeviceFree(t *testing.T, r *running) (image.Rectangle, image.Image) {
	t.Helper()
	page := image.Rect(230, 360, 1090, 712) // the agreement's tab content
	r.keys("ctrl+2")
	time.Sleep(time.Second)
	limits := r.settled(3*time.Second, page)
	r.click(image.Pt(412, 332)) // the Device-free tab
	if img, ok := r.shows(5*time.Second, func(img image.Image) bool { return changed(limits, img, page) > 0.1 }); !ok {
		t.Fatalf("a click on Device-free did not show it (%s)", save(t, img, "no-tab"))
	}
	return page, r.settled(3*time.Second, page)
}
