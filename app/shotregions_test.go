package app

import (
	"fmt"
	"image"
	"image/color"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"

	"family-online-safety/screens/screentest"
)

// checkRegions checks named regions of a capture of h's window, beyond
// "not blank": the background is the theme's (light or dark, a light one
// dimmed by a dialog still far brighter than a dark one); and when
// the app's frame is on show, Quick exit is drawn as a filled button, the
// list of screens and the screen itself are drawn with text. A capture
// that lost its Quick exit, its screen or its theme fails here. It
// returns what is wrong, if anything.
func checkRegions(h *harness, img image.Image) []string {
	var problems []string
	bg := commonest(img, img.Bounds())
	if v, ok := h.app.fyne.Settings().Theme().(fixedVariant); ok {
		if l := luminance(bg); v.variant == theme.VariantDark && l > 0.1 || v.variant == theme.VariantLight && l < 0.35 {
			problems = append(problems, fmt.Sprintf("the background %v (luminance %.2f) is not the %s theme's", bg, l, variantName(v.variant)))
		}
	}
	sh := h.app.sh
	if sh == nil || !onCanvas(h, sh.content) {
		return problems // the welcome or the lock screen: no frame
	}
	scale := float32(img.Bounds().Dx()) / h.win.Canvas().Size().Width
	if r := regionOf(sh.exit, scale); !onCanvas(h, sh.exit) || filled(img, r, bg) < 0.3 {
		problems = append(problems, fmt.Sprintf("Quick exit is not drawn as a filled button at %v", r))
	}
	for what, o := range map[string]fyne.CanvasObject{"the screen": sh.content, "the list of screens": sh.nav} {
		if o == nil || !onCanvas(h, o) {
			continue // the list is there once the welcome is done
		}
		if r := regionOf(o, scale); distinct(img, r) < 8 {
			problems = append(problems, fmt.Sprintf("%s (%v) shows no text: %d colours", what, r, distinct(img, r)))
		}
	}
	return problems
}

func variantName(v fyne.ThemeVariant) string {
	if v == theme.VariantDark {
		return "dark"
	}
	return "light"
}

// onCanvas reports whether o is in the window's content and visible.
func onCanvas(h *harness, o fyne.CanvasObject) bool {
	found := false
	screentest.Walk(h.win.Content(), func(c fyne.CanvasObject) { found = found || c == o })
	return found && o.Visible()
}

// regionOf is where o is drawn in a capture at scale pixels per unit,
// clipped to the window.
func regionOf(o fyne.CanvasObject, scale float32) image.Rectangle {
	pos := fyne.CurrentApp().Driver().AbsolutePositionForObject(o)
	size := o.Size()
	return image.Rect(int(pos.X*scale), int(pos.Y*scale), int((pos.X+size.Width)*scale), int((pos.Y+size.Height)*scale))
}

// filled is the share of r's pixels that differ from the background bg.
func filled(img image.Image, r image.Rectangle, bg color.RGBA) float64 {
	r = r.Intersect(img.Bounds())
	if r.Empty() {
		return 0
	}
	differ, all := 0, 0
	for y := r.Min.Y; y < r.Max.Y; y++ {
		for x := r.Min.X; x < r.Max.X; x++ {
			all++
			if rgba(img.At(x, y)) != bg {
				differ++
			}
		}
	}
	return float64(differ) / float64(all)
}

// distinct is the number of colours in r (anti-aliased text makes many).
func distinct(img image.Image, r image.Rectangle) int {
	seen := map[color.RGBA]bool{}
	r = r.Intersect(img.Bounds())
	for y := r.Min.Y; y < r.Max.Y; y++ {
		for x := r.Min.X; x < r.Max.X; x++ {
			seen[rgba(img.At(x, y))] = true
		}
	}
	return len(seen)
}

// commonest is the most frequent colour in r: the background.
func commonest(img image.Image, r image.Rectangle) color.RGBA {
	n := map[color.RGBA]int{}
	var best color.RGBA
	for y := r.Min.Y; y < r.Max.Y; y += 2 {
		for x := r.Min.X; x < r.Max.X; x += 2 {
			c := rgba(img.At(x, y))
			if n[c]++; n[c] > n[best] {
				best = c
			}
		}
	}
	return best
}

func rgba(c color.Color) color.RGBA {
	r, g, b, a := c.RGBA()
	return color.RGBA{uint8(r >> 8), uint8(g >> 8), uint8(b >> 8), uint8(a >> 8)}
}

// The region checks must catch what they look for: a capture whose
// Quick exit is hidden fails, as does a light capture checked as dark.
// Like the captures, it is drawn in the run without -race.
func TestScreenshotRegionsCatchAMissingQuickExitAndTheWrongTheme(t *testing.T) {
	screenshotDir(t) // skips under -race
	h := newHarness(t, onboarded)
	h.app.fyne.Settings().SetTheme(fixedVariant{Theme(), theme.VariantLight})
	h.win.Resize(fyne.NewSize(1100, 720))
	if p := checkRegions(h, h.win.Canvas().Capture()); len(p) > 0 {
		t.Fatalf("a good capture failed the checks: %v", p)
	}
	h.app.sh.exit.Hide()
	if p := checkRegions(h, h.win.Canvas().Capture()); len(p) == 0 {
		t.Error("a capture without Quick exit passed")
	}
	h.app.sh.exit.Show()
	light := h.win.Canvas().Capture()
	h.app.fyne.Settings().SetTheme(fixedVariant{Theme(), theme.VariantDark})
	if p := checkRegions(h, light); len(p) == 0 {
		t.Error("a light capture passed as the dark theme's")
	}
}
