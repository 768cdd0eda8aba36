//go:build e2e

package e2e

import (
	"image"
	"testing"
	"time"
)

// The second copy's "already open" window sits over the first copy's
// window at the top left (there is no window manager): its Quick exit
// is in the left part, the first copy's in the header on the right.
var (
	secondArea = image.Rect(0, 0, 640, 480)
	firstExit  = image.Rect(660, 0, 1280, 160)
)

// twoCopies starts a family's window and a second copy on the same data
// folder, and waits until the second's "already open" window shows.
func twoCopies(t *testing.T) (first, second *running) {
	t.Helper()
	dir := family(t, "")
	first = start(t, dir, nil)
	second = launch(t, dir, nil)
	second.waitWindow()
	deadline := time.Now().Add(windowWait)
	for {
		if _, ok := findBlob(second.shot(), isQuickExitRed, secondArea); ok {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("the second copy never showed its window (%s)", save(t, second.shot(), "no-second"))
		}
		time.Sleep(100 * time.Millisecond)
	}
	return first, second
}

// bothGo checks that both windows go within the budget of one look by
// the other copy, and both programs end.
func bothGo(t *testing.T, how string, since time.Time, first, second *running) {
	t.Helper()
	for _, w := range []struct {
		name string
		r    *running
	}{{"the second copy's", second}, {"the first copy's", first}} {
		took, gone := w.r.waitGone(since, 2*time.Second)
		if !gone {
			t.Fatalf("%s left %s window open (%s)", how, w.name, save(t, w.r.shot(), "open"))
		}
		t.Logf("%s: %s window went %v after it", how, w.name, took.Round(time.Millisecond))
		if took > budget(t, took) {
			t.Errorf("%s: %s window went %v after it, more than %v", how, w.name, took.Round(time.Millisecond), quickBudget)
		}
	}
	for _, r := range []*running{second, first} {
		if !r.waitExit(sigtermLimit) {
			t.Errorf("%s: a window went but its program is still running", how)
		}
	}
}

// Quick exit in the second copy's "already open" window closes the first
// copy's window too, at once, whichever way it is asked for: it is the
// same person, who pressed the app's icon again and then had to leave.
func TestQuickExitInTheSecondCopyClosesBoth(t *testing.T) {
	ways := []struct {
		name string
		act  func(r *running) time.Time
	}{
		{"Quick exit resting on it", func(r *running) time.Time {
			exit, _ := findBlob(r.shot(), isQuickExitRed, secondArea)
			r.move(exit)
			time.Sleep(tipRest)
			return xc.click()
		}},
		{"Shift three times", func(r *running) time.Time {
			r.keys("shift", "shift")
			return xc.shift()
		}},
		{"Ctrl+Shift+X", func(r *running) time.Time {
			r.keys("ctrl+shift+x")
			return time.Now()
		}},
	}
	for _, w := range ways {
		t.Run(w.name, func(t *testing.T) {
			first, second := twoCopies(t)
			bothGo(t, w.name+" in the second copy", w.act(second), first, second)
		})
	}
}

// Quick exit in the family's window closes a second copy's "already
// open" window too.
func TestQuickExitInTheFirstCopyClosesTheSecond(t *testing.T) {
	first, second := twoCopies(t)
	exit, ok := findBlob(first.shot(), isQuickExitRed, firstExit)
	if !ok {
		t.Fatalf("no Quick exit in the first copy's header (%s)", save(t, first.shot(), "no-exit"))
	}
	first.move(exit)
	time.Sleep(tipRest)
	bothGo(t, "Quick exit in the first copy", xc.click(), first, second)
}
