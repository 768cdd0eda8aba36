package icons

import (
	"embed"

	"fyne.io/fyne/v2"
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

// PictureSVG is the SVG source of the picture called name, nil when
// there is none (for the printout, which draws its own).
func PictureSVG(name string) []byte {
	b, _ := pictures.ReadFile("pictures/" + name + ".svg")
	return b
}
