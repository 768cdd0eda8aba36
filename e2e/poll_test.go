//go:build e2e

package e2e

import (
	"image"
	"time"
)

// shows captures the screen every 50 ms until seen says the capture
// shows what the test waits for, or limit passes, and gives the last
// capture: on a loaded machine the window may take a while to draw, on
// an idle one the test goes on at once instead of sleeping.
func (r *running) shows(limit time.Duration, seen func(image.Image) bool) (image.Image, bool) {
	r.t.Helper()
	deadline := time.Now().Add(limit)
	for {
		img := r.shot()
		if seen(img) {
			return img, true
		}
		if time.Now().After(deadline) {
			return img, false
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// settled is the screen once two captures 100 ms apart are the same in
// area (what a key or click started has been drawn), or the last
// capture after limit.
func (r *running) settled(limit time.Duration, area image.Rectangle) image.Image {
	r.t.Helper()
	last := r.shot()
	img, _ := r.shows(limit, func(img image.Image) bool {
		same := changed(last, img, area) == 0
		last = img
		if !same {
			time.Sleep(50 * time.Millisecond)
		}
		return same
	})
	return img
}
