//go:build e2e

package e2e

import (
	"image"
	"reflect"
	"strconv"
	"testing"
	"time"

	"family-online-safety/data"
)

// A click on a tab lands on the tab even where a text field is scrolled
// out of sight under the tab bar, with the pointer moved 3 px while
// pressed (a drag to Fyne, which let the hidden field take it, focus
// and the next key pressed). The agreement's Screen time tab is scrolled
// by one more wheel step each time, so its day fields pass under the
// tab bar; each time a moved click on Device-free must show Device-free,
// and the 7 typed after it must reach no field: the agreement is the
// same after as before.
func TestTabClickOverAHiddenField(t *testing.T) {
	dir := family(t, "")
	before := agreementIn(t, dir)
	r := start(t, dir, nil)
	everything := image.Rect(0, 0, 4000, 4000)
	r.keys("ctrl+2", "ctrl+Next")
	time.Sleep(300 * time.Millisecond)
	deviceFree := r.settled(5*time.Second, everything)
	r.keys("ctrl+Prior")
	time.Sleep(300 * time.Millisecond)
	tab, ok := nextTab(r.settled(5*time.Second, everything))
	if !ok {
		t.Fatalf("no chosen tab found on the agreement (%s)", save(t, r.shot(), "no-tab"))
	}
	below := image.Rect(tab.X-200, tab.Y+30, tab.X+600, tab.Y+330)
	for steps := 6; steps <= 15; steps++ {
		r.move(image.Pt(tab.X+300, tab.Y+250))
		wheel(r, "4", 30) // back to the top
		wheel(r, "5", steps)
		r.move(tab)
		xdo(t, "xdotool", "mousedown", "1")
		xdo(t, "xdotool", "mousemove", "--sync", strconv.Itoa(tab.X+3), strconv.Itoa(tab.Y+1))
		xdo(t, "xdotool", "mousemove", "--sync", strconv.Itoa(tab.X+6), strconv.Itoa(tab.Y+2))
		xdo(t, "xdotool", "mouseup", "1")
		r.keys("7")
		got, _ := r.shows(3*time.Second, func(img image.Image) bool { return changed(deviceFree, img, below) <= 0.05 })
		if d := changed(deviceFree, got, below); d > 0.05 {
			t.Errorf("scrolled %d steps, a click on Device-free moved 6 px did not show Device-free (%.0f%% differs; %s)", steps, d*100, save(t, got, "steps-"+strconv.Itoa(steps)))
		}
		r.keys("ctrl+Prior")
		time.Sleep(400 * time.Millisecond)
	}
	r.keys("ctrl+q")
	if !r.waitExit(10 * time.Second) {
		t.Fatal("Ctrl+Q did not close the app")
	}
	if after := agreementIn(t, dir); !reflect.DeepEqual(before, after) {
		t.Errorf("the keys typed after the clicks changed the agreement:\nbefore %+v\nafter  %+v", before, after)
	}
}

// nextTab is the middle of the tab after the chosen one: the chosen
// tab's underline is the row with the most of the primary blue below the
// header and right of the navigation.
func nextTab(img image.Image) (image.Point, bool) {
	area := image.Rect(230, 120, 900, 600).Intersect(img.Bounds())
	bestY, bestN, x0, x1 := 0, 0, 0, 0
	for y := area.Min.Y; y < area.Max.Y; y++ {
		n, first, last := 0, 0, 0
		for x := area.Min.X; x < area.Max.X; x++ {
			if isHelpBlue(img.At(x, y)) {
				if n == 0 {
					first = x
				}
				n, last = n+1, x
			}
		}
		if n > bestN {
			bestY, bestN, x0, x1 = y, n, first, last
		}
	}
	if bestN < 60 {
		return image.Point{}, false
	}
	return image.Pt(x1+60, bestY-17), x1 > x0
}

// wheel turns the mouse wheel (button 4 up, 5 down) n steps.
func wheel(r *running, button string, n int) {
	xdo(r.t, "xdotool", "click", "--repeat", strconv.Itoa(n), "--delay", "20", button)
	time.Sleep(300 * time.Millisecond)
}

// agreementIn reads the family agreement kept in dir.
func agreementIn(t *testing.T, dir string) data.Agreement {
	t.Helper()
	s, err := data.Open(dir, data.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer func() { _ = s.Close() }()
	a, err := s.Agreement()
	if err != nil {
		t.Fatal(err)
	}
	return a
}
