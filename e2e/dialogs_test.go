//go:build e2e

package e2e

import (
	"image"
	"testing"
	"time"
)

// Each dialog fits the window (its main button in sight, under the
// header) at the usual size, at 800×600 and at 150% text, and Escape
// closes it.
func TestDialogsFitAndClose(t *testing.T) {
	sizes := []struct {
		name   string
		env    []string
		resize string
	}{
		{"1100x720", nil, ""},
		{"800x600", nil, "800 600"},
		{"150%", []string{"FYNE_SCALE=1.5"}, ""},
	}
	dialogs := []struct {
		name string
		open func(r *running) image.Point // opens it and says where to look for its main button
	}{
		{"Set a passphrase", func(r *running) image.Point {
			r.keys("ctrl+6")
			r.opens(r.scrollTo(isHelpBlue, "Set a passphrase"), "the passphrase dialog")
			return image.Point{}
		}},
		{"Forget everything", func(r *running) image.Point {
			r.keys("ctrl+6")
			r.opens(r.scrollTo(isQuickExitRed, "Forget everything"), "the Forget everything dialog")
			xdo(r.t, "xdotool", "type", "--delay", "40", "FORGET") // its button turns red once the word is typed
			time.Sleep(500 * time.Millisecond)
			return image.Point{}
		}},
	}
	for _, size := range sizes {
		t.Run(size.name, func(t *testing.T) {
			r := start(t, family(t, ""), size.env)
			if size.resize != "" {
				xdo(t, "xdotool", "windowsize", "--sync", r.win, "800", "600")
				time.Sleep(500 * time.Millisecond)
			}
			w, h := r.geometry()
			for _, d := range dialogs {
				d.open(r)
				match := isHelpBlue
				if d.name == "Forget everything" {
					match = isQuickExitRed
				}
				var img image.Image
				var box image.Rectangle
				ok := false
				for deadline := time.Now().Add(6 * time.Second); !ok && time.Now().Before(deadline); {
					time.Sleep(200 * time.Millisecond)
					img = r.shot()
					_, box, ok = findBox(img, match, image.Rect(0, h/6, w, h)) // under the header
				}
				if !ok || box.Max.Y > h-2 || box.Max.X > w-2 {
					t.Fatalf("%s at %s: the dialog's main button is not all in the %dx%d window (found %v: %v; %s)", d.name, size.name, w, h, ok, box, save(t, img, "cut"))
				}
				r.keys("Escape")
				var after image.Image
				diff := 1.0
				for deadline := time.Now().Add(5 * time.Second); diff > 0.05 && time.Now().Before(deadline); {
					time.Sleep(200 * time.Millisecond)
					after = r.shot()
					diff = changed(r.beforeOpen, after, image.Rect(0, 0, w/5, h))
				}
				if diff > 0.05 {
					t.Fatalf("%s at %s: Escape did not close the dialog (%.0f%% of the navigation still differs; %s)", d.name, size.name, diff*100, save(t, after, "escape"))
				}
			}
		})
	}
}
