//go:build e2e

package e2e

import (
	"image"
	"testing"
	"time"
)

// A screen opens at its top, wherever the screen before it was scrolled
// to: on a 1280×800 screen at scale 2 (twice the text), the family
// agreement opened after Conversation starters was scrolled down looks
// exactly as when opened first (it opened scrolled, its title and tabs
// out of sight above).
func TestAScreenOpensAtItsTop(t *testing.T) {
	r := start(t, family(t, ""), []string{"FYNE_SCALE=2"}, "--demo")
	xdo(t, "xdotool", "windowsize", "--sync", r.win, "1280", "800")
	time.Sleep(800 * time.Millisecond)
	r.keys("ctrl+2")
	time.Sleep(1200 * time.Millisecond)
	first := r.shot()
	r.keys("ctrl+3")
	time.Sleep(1200 * time.Millisecond)
	r.move(image.Pt(640, 600))
	wheel(r, "5", 20)
	r.keys("ctrl+2")
	time.Sleep(1200 * time.Millisecond)
	again := r.shot()
	below := image.Rect(0, 160, 1280, 800) // under the header
	if d := changed(first, again, below); d > 0.01 {
		t.Errorf("the agreement opened after Conversation starters was scrolled differs from its first opening (%.1f%%; %s, %s)",
			d*100, save(t, first, "first"), save(t, again, "again"))
	}
}

// Get help now after Children & apps' tabs were browsed with the wheel,
// at scale 2, shows Get help as when it was first opened (it opened
// blank, and every screen after it blank or scrolled).
func TestGetHelpNowAfterWheelingShowsHelp(t *testing.T) {
	r := start(t, family(t, ""), []string{"FYNE_SCALE=2"}, "--demo")
	xdo(t, "xdotool", "windowsize", "--sync", r.win, "1280", "800")
	time.Sleep(800 * time.Millisecond)
	r.keys("ctrl+5")
	time.Sleep(1200 * time.Millisecond)
	first := r.shot()
	r.keys("ctrl+4")
	time.Sleep(1200 * time.Millisecond)
	r.move(image.Pt(640, 600))
	for _, tab := range []string{"", "ctrl+Next", "ctrl+Next", "ctrl+Next"} {
		if tab != "" {
			r.keys(tab)
			time.Sleep(500 * time.Millisecond)
		}
		wheel(r, "5", 15)
	}
	_, help := r.header()
	r.click(help)
	r.move(image.Pt(640, 700)) // off the button: its tip goes
	time.Sleep(1500 * time.Millisecond)
	again := r.shot()
	below := image.Rect(0, 160, 1280, 800)
	if d := changed(first, again, below); d > 0.02 {
		t.Errorf("Get help now after wheeling through Children & apps differs from Get help first opened (%.1f%%; %s, %s)",
			d*100, save(t, first, "first"), save(t, again, "again"))
	}
}
