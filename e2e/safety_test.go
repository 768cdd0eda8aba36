//go:build e2e

package e2e

import (
	"image"
	"image/color"
	"testing"
	"time"
)

// A state the app can be in when the person needs to leave: something
// left open over the screen. open puts the app in it; each is checked by
// a capture, so a layout change that stops it opening fails the test
// instead of quietly testing nothing.
type state struct {
	name string
	open func(r *running)
}

// Where things are at the usual window (1100×720) with the family of
// family(): the top of Settings and of the first child's details.
var (
	languageSelect = image.Pt(730, 146)
	calendarButton = image.Pt(1073, 496)
	bornYear       = image.Pt(974, 283)
	fileMenu       = image.Pt(27, 13)
	notesField     = image.Pt(855, 433)
)

var states = []state{
	{"resting on the button", func(*running) {}},
	{"a drop-down open", func(r *running) {
		r.keys("ctrl+6")
		r.opens(languageSelect, "the language drop-down")
	}},
	{"a long drop-down open", func(r *running) { // the born years: Fyne drew its list over the header
		r.keys("ctrl+4")
		r.opens(bornYear, "the born-year drop-down")
		r.move(image.Pt(700, 400)) // off the drop-down: Fyne puts its list up again
		time.Sleep(400 * time.Millisecond)
		if img := r.shot(); !blobIn(img, isQuickExitRed, image.Rect(0, 0, 4000, 160)) || !blobIn(img, isHelpBlue, image.Rect(0, 0, 4000, 160)) {
			r.t.Fatalf("the born-year list hides Quick exit or Get help now (%s)", save(r.t, img, "list-over-header"))
		}
	}},
	{"a date picker open", func(r *running) {
		r.keys("ctrl+4")
		r.opens(calendarButton, "the calendar")
	}},
	{"the menu open", func(r *running) { r.opens(fileMenu, "the File menu") }},
	{"the passphrase dialog open", func(r *running) {
		r.keys("ctrl+6")
		r.opens(r.scrollTo(isHelpBlue, "Set a passphrase"), "the passphrase dialog")
	}},
	{"the Forget everything dialog open", func(r *running) {
		r.keys("ctrl+6")
		r.opens(r.scrollTo(isQuickExitRed, "Forget everything"), "the Forget everything dialog")
	}},
}

// blobIn reports whether a patch of the colour shows in area.
func blobIn(img image.Image, match func(color.Color) bool, area image.Rectangle) bool {
	_, ok := findBlob(img, match, area)
	return ok
}

// opens clicks at p and waits until something opened over the window.
func (r *running) opens(p image.Point, what string) {
	r.t.Helper()
	before := r.shot()
	r.beforeOpen = before
	r.click(p)
	for deadline := time.Now().Add(8 * time.Second); ; {
		time.Sleep(300 * time.Millisecond)
		after := r.shot()
		if changed(before, after, image.Rect(0, 0, 1100, 720)) >= 0.01 {
			time.Sleep(300 * time.Millisecond) // it has finished opening
			return
		}
		if time.Now().After(deadline) {
			r.t.Fatalf("%s did not open (%s)", what, save(r.t, after, "not-open"))
		}
	}
}

// content is the screen's part of the window, right of the navigation
// and under the header, at the usual window.
var content = image.Rect(230, 120, 1090, 715)

// contentOf is that part for the window as it is now.
func (r *running) contentOf() image.Rectangle {
	w, h := r.geometry()
	return image.Rect(w/5, h/6, w-10, h-5)
}

// scrollTo turns the mouse wheel over the screen until a button of the
// colour shows in it, and says where.
func (r *running) scrollTo(match func(color.Color) bool, what string) image.Point {
	r.t.Helper()
	content := r.contentOf()
	r.move(image.Pt((content.Min.X+content.Max.X)/2, (content.Min.Y+content.Max.Y)/2))
	last := image.Pt(-1, -1)
	for range 40 {
		p, box, ok := findBox(r.shot(), match, content)
		whole := ok && box.Min.Y > content.Min.Y+8 && box.Max.Y < content.Max.Y-8
		if whole && p == last {
			return p // all of it shows, and it has stopped moving
		}
		last = p
		if !whole {
			xdo(r.t, "xdotool", "click", "--repeat", "10", "5")
		}
		time.Sleep(400 * time.Millisecond)
	}
	r.t.Fatalf("no %s on the screen (%s)", what, save(r.t, r.shot(), "no-button"))
	return image.Point{}
}

// Quick exit acts on the first click, with the pointer resting on it
// past its tip, whatever is open: the window is gone within 100 ms.
func TestQuickExitFirstClick(t *testing.T) {
	for _, s := range states {
		t.Run(s.name, func(t *testing.T) {
			r := start(t, family(t, ""), nil)
			exit, _ := r.header()
			s.open(r)
			r.move(exit)
			time.Sleep(tipRest)
			clicked := xc.click()
			took, gone := r.waitGone(clicked, 2*time.Second)
			if !gone {
				t.Fatalf("with %s, one click on Quick exit left the window open (%s)", s.name, save(t, r.shot(), "exit-open"))
			}
			t.Logf("with %s: the window went %v after the click", s.name, took.Round(time.Millisecond))
			if took > budget(t, took) {
				t.Errorf("with %s, the window went %v after the click, more than %v", s.name, took.Round(time.Millisecond), quickBudget)
			}
			if !r.waitExit(sigtermLimit) {
				t.Errorf("the window went but the program is still running")
			}
		})
	}
}

// On the lock screen too.
func TestQuickExitOnTheLockScreen(t *testing.T) {
	r := start(t, family(t, "correct horse battery"), nil)
	exit, _ := r.header()
	r.move(exit)
	time.Sleep(tipRest)
	clicked := xc.click()
	took, gone := r.waitGone(clicked, 2*time.Second)
	if !gone {
		t.Fatalf("one click on the lock screen's Quick exit left the window open (%s)", save(t, r.shot(), "lock-open"))
	}
	t.Logf("the window went %v after the click", took.Round(time.Millisecond))
	if took > budget(t, took) {
		t.Errorf("the window went %v after the click, more than %v", took.Round(time.Millisecond), quickBudget)
	}
}
