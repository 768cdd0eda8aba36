//go:build e2e

package e2e

import (
	"image"
	"testing"
	"time"
)

// The wheel turned with the pointer resting on a text field scrolls the
// page the field is on, as it does anywhere else on the page (Fyne gave
// the turn to the field's own text, which had nothing to scroll, and the
// page stood still). Amira's details at 800×600 scroll; the pointer
// rests on her name field.
func TestTheWheelOverAFieldScrollsThePage(t *testing.T) {
	r := start(t, family(t, ""), nil)
	xdo(t, "xdotool", "windowsize", "--sync", r.win, "800", "600")
	time.Sleep(500 * time.Millisecond)
	r.keys("ctrl+4")
	time.Sleep(800 * time.Millisecond)
	before := r.shot()
	field, ok := nameField(before)
	if !ok {
		t.Fatalf("no name field found under the tabs (%s)", save(t, before, "no-field"))
	}
	r.move(field)
	time.Sleep(300 * time.Millisecond)
	rested := r.shot() // the field as the pointer rests on it
	wheel(r, "5", 3)
	after := r.shot()
	below := image.Rect(200, field.Y+40, 790, 590)
	if d := changed(rested, after, below); d < 0.03 {
		t.Errorf("three wheel steps down over the name field moved nothing below it (%.1f%% differs; %s, %s)",
			d*100, save(t, rested, "before"), save(t, after, "after"))
	}
	r.keys("ctrl+q")
	r.waitExit(10 * time.Second)
}

// nameField is a point inside the first text field under the tab bar of
// Children & apps at 800×600, where the list has folded into a drop-down
// with a blue "Add child" beside it: down the column at x 570 from below
// the tab bar under that button, the first change from the page's
// colour is the top of the field beside "Name or nickname" (the child's
// name heading ends well left of it).
func nameField(img image.Image) (image.Point, bool) {
	_, add, ok := findBox(img, isHelpBlue, image.Rect(600, 75, 800, 200))
	if !ok {
		return image.Point{}, false
	}
	const x = 570
	from := add.Max.Y + 50
	br, bg, bb := rgb(img.At(x, from))
	for y := from; y < from+200; y++ {
		r, g, b := rgb(img.At(x, y))
		if abs(r-br)+abs(g-bg)+abs(b-bb) > 12 {
			return image.Pt(x, y+12), true
		}
	}
	return image.Point{}, false
}

// The wheel over a list inside the page, once the list has nothing more
// to show that way, scrolls the page: at scale 2 on a 1280×800 screen,
// 30 steps down over Amira's app list reach the page's end, so 30 more
// with the pointer off the list move nothing (the page stopped with her
// last app under the window's edge, and moved on only with the pointer
// elsewhere).
func TestTheWheelOverAListAtItsEndScrollsThePage(t *testing.T) {
	r := start(t, family(t, ""), []string{"FYNE_SCALE=2"}, "--demo")
	xdo(t, "xdotool", "windowsize", "--sync", r.win, "1280", "800")
	time.Sleep(800 * time.Millisecond)
	r.keys("ctrl+4")
	time.Sleep(1000 * time.Millisecond)
	r.keys("ctrl+Next")
	time.Sleep(1000 * time.Millisecond)
	r.move(image.Pt(640, 700))
	wheel(r, "5", 30)
	r.move(image.Pt(640, 470))
	time.Sleep(500 * time.Millisecond)
	over := r.shot() // the pointer rested off the list (a row it is on is lit)
	wheel(r, "5", 30)
	time.Sleep(500 * time.Millisecond)
	off := r.shot()
	below := image.Rect(0, 360, 1260, 800) // the page, under the header and the screen drop-down, left of the scroll bar
	if d := changed(over, off, below); d > 0.01 {
		t.Errorf("30 wheel steps over the app list left the page short of its end: 30 more off the list moved it (%.1f%%; %s, %s)",
			d*100, save(t, over, "over-list"), save(t, off, "off-list"))
	}
}
