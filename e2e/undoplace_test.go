//go:build e2e

package e2e

import (
	"image"
	"testing"
	"time"
)

// Family agreement › Device-free at 1100×720: Delete on the lowest time
// in view, then a second click at the same place. The "Deleted … Undo"
// bar comes in room of its own, not under the pointer: the second click
// deletes the time that moved up (it pressed Undo, and the deleted time
// came back).
func TestTheUndoBarIsNotUnderThePointer(t *testing.T) {
	r := start(t, family(t, ""), nil, "--demo")
	page, free := openDeviceFree(t, r)
	del := lowestDelete(t, free, page)
	r.click(del)
	first, _ := r.shows(3*time.Second, func(img image.Image) bool { return changed(free, img, page) > 0.02 })
	time.Sleep(400 * time.Millisecond)
	r.click(del)
	time.Sleep(800 * time.Millisecond)
	second := r.shot()
	// Undo would bring back the first deletion: the list as it was.
	if d := changed(free, second, image.Rect(230, 360, 870, 712)); d < 0.02 {
		t.Fatalf("the second click at the place of Delete pressed Undo: the list is as before (%s, %s)", save(t, first, "first"), save(t, second, "second"))
	}
}

// lowestDelete is the middle of the shown part of the lowest Delete
// button in area (the lowest row in view may be cut by the view's foot,
// as a person still clicks it): a run of the button's shade, at least
// 20 px tall, in the column at its left edge (x 980), against the card's
// shade beside the buttons (x 870).
func lowestDelete(t *testing.T, img image.Image, area image.Rectangle) image.Point {
	t.Helper()
	isButton := func(y int) bool {
		ar, ag, ab := rgb(img.At(980, y))
		br, bg, bb := rgb(img.At(870, y))
		return abs(ar-br)+abs(ag-bg)+abs(ab-bb) > 12
	}
	bottom := -1
	for y := area.Max.Y - 1; y >= area.Min.Y; y-- {
		on := isButton(y)
		switch {
		case on && bottom < 0:
			bottom = y
		case !on && bottom >= 0 && bottom-y >= 20:
			return image.Pt(1018, (y+bottom)/2)
		case !on:
			bottom = -1
		}
	}
	t.Fatalf("no Delete button in view (%s)", save(t, img, "no-delete"))
	return image.Point{}
}
