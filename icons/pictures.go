package icons

import (
	"bytes"
	"embed"
	"image/png"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/driver/software"
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

// PicturePNG draws the picture called name as a PNG, for paper (the PDF
// takes PNGs, the pictures are SVG); nil when there is none. It uses
// Fyne's software renderer, so it runs on the UI goroutine.
func PicturePNG(name string) []byte {
	res := Picture(name)
	if res == nil {
		return nil
	}
	img := canvas.NewImageFromResource(res)
	img.FillMode = canvas.ImageFillContain
	cv := software.NewTransparentCanvas()
	cv.SetPadded(false)
	cv.SetContent(img)
	cv.Resize(fyne.NewSize(160, 160))
	var b bytes.Buffer
	if err := png.Encode(&b, cv.Capture()); err != nil {
		return nil
	}
	return b.Bytes()
}
