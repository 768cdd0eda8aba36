package icons

import (
	"bytes"
	"embed"
	"image"
	"image/png"

	"fyne.io/fyne/v2"
	"github.com/fyne-io/oksvg"
	"github.com/srwiley/rasterx"
)

// The pictures of the child's view, one per kind of line (a clock for
// screen time, a moon for device-free times, a house for house rules, a
// star for the child's promises, a speech bubble for what they ask, a
// heart for the grown-ups' promises, a smile for what they enjoy), drawn
// for this app as plain SVG so a child who does not read yet can follow.
//
//go:embed pictures/*.svg
var pictures embed.FS

// Picture is the picture called name (a data.ViewKind such as "limits"),
// or nil when there is none.
func Picture(name string) fyne.Resource {
	b, err := pictures.ReadFile("pictures/" + name + ".svg")
	if err != nil {
		return nil
	}
	return fyne.NewStaticResource(name+".svg", b)
}

// PicturePNG draws the picture called name as a 160×160 PNG, for paper
// (the PDF takes PNGs, the pictures are SVG); nil when there is none. It
// rasterises the SVG itself with the library Fyne uses, not through a
// Fyne canvas, because printouts are made off the UI goroutine and
// Fyne's render caches are not safe there.
func PicturePNG(name string) []byte {
	b, err := pictures.ReadFile("pictures/" + name + ".svg")
	if err != nil {
		return nil
	}
	icon, err := oksvg.ReadIconStream(bytes.NewReader(b))
	if err != nil || icon.ViewBox.W <= 0 || icon.ViewBox.H <= 0 {
		return nil
	}
	img, ok := drawIcon(icon, pictureSide)
	if !ok {
		return nil
	}
	var out bytes.Buffer
	if err := png.Encode(&out, img); err != nil {
		return nil
	}
	return out.Bytes()
}

// pictureSide is the printed pictures' size in pixels.
const pictureSide = 160

// drawIcon draws icon centred in a side×side square, keeping its shape;
// false when the SVG cannot be drawn.
func drawIcon(icon *oksvg.SvgIcon, side int) (img *image.RGBA, ok bool) {
	defer func() {
		if recover() != nil { // a drawing the library cannot handle
			img, ok = nil, false
		}
	}()
	w, h := float64(side), float64(side)
	if aspect := icon.ViewBox.W / icon.ViewBox.H; aspect > 1 {
		h = w / aspect
	} else {
		w = h * aspect
	}
	icon.SetTarget((float64(side)-w)/2, (float64(side)-h)/2, w, h)
	img = image.NewRGBA(image.Rect(0, 0, side, side))
	scanner := rasterx.NewScannerGV(side, side, img, img.Bounds())
	icon.Draw(rasterx.NewDasher(side, side, scanner), 1)
	return img, true
}
