package main

import (
	"image"
	"image/color"
	"image/draw"
	"testing"
)

var (
	white = color.RGBA{255, 255, 255, 255}
	grey  = color.RGBA{245, 245, 245, 255}
	red   = color.RGBA{211, 47, 47, 255}
	blue  = color.RGBA{41, 98, 255, 255}
	ink   = color.RGBA{60, 60, 60, 255}
)

// screen is a window like the agreement's under Wine: a header with Get
// help now and Quick exit, a banner with a blue button and one grey one,
// and the heading's Print and Save as PDF, each with some dark words.
func screen() *image.RGBA {
	img := image.NewRGBA(image.Rect(0, 0, 1100, 720))
	fill(img, img.Bounds(), white)
	fill(img, image.Rect(849, 31, 981, 67), blue) // Get help now
	fill(img, image.Rect(985, 31, 1096, 67), red) // Quick exit
	fill(img, image.Rect(860, 76, 1017, 130), blue)
	fill(img, image.Rect(1021, 76, 1096, 130), grey) // Not now
	fill(img, image.Rect(891, 143, 966, 187), grey)  // Print
	fill(img, image.Rect(971, 143, 1091, 187), grey) // Save as PDF
	for _, words := range []image.Rectangle{{image.Pt(900, 158), image.Pt(958, 172)}, {image.Pt(980, 158), image.Pt(1083, 172)}, {image.Pt(1030, 96), image.Pt(1088, 110)}} {
		fill(img, words, ink)
	}
	return img
}

func fill(img *image.RGBA, r image.Rectangle, c color.Color) {
	draw.Draw(img, r, &image.Uniform{c}, image.Point{}, draw.Src)
}

func TestFindsEachControlWhereItIs(t *testing.T) {
	t.Parallel()
	img := screen()
	for _, c := range []struct {
		kind string
		area image.Rectangle
		want image.Rectangle
	}{
		{"exit", img.Bounds(), image.Rect(985, 31, 1096, 67)},
		{"primary", image.Rect(0, 0, 984, 70), image.Rect(849, 31, 981, 67)},
		{"pdf", img.Bounds(), image.Rect(971, 143, 1091, 187)},
	} {
		p, ok := find(img, c.kind, c.area)
		if !ok || !p.In(c.want) {
			t.Errorf("%s: got %v (found %v), want a point inside %v", c.kind, p, ok, c.want)
		}
	}
}

func TestFindsNothingThatIsNotThere(t *testing.T) {
	t.Parallel()
	img := screen()
	fill(img, image.Rect(891, 143, 966, 187), white) // no Print: one grey button is not the pair
	fill(img, image.Rect(985, 31, 1096, 67), grey)
	for _, kind := range []string{"exit", "pdf", "nothing"} {
		if p, ok := find(img, kind, img.Bounds()); ok {
			t.Errorf("%s found at %v on a screen without it", kind, p)
		}
	}
	if p, ok := find(img, "primary", image.Rect(0, 300, 1100, 720)); ok {
		t.Errorf("primary found at %v in an empty area", p)
	}
}

func TestAShadedQuickExitIsNotFound(t *testing.T) {
	t.Parallel()
	img := screen()
	fill(img, image.Rect(985, 31, 1096, 67), color.RGBA{158, 35, 35, 255}) // under a dialog's shade
	if p, ok := find(img, "exit", img.Bounds()); ok {
		t.Errorf("a shaded Quick exit was found at %v: a click there would reach the dialog's shade", p)
	}
}
