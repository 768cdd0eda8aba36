package widgets

import (
	"image"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// capture draws o alone in a window of the given size.
func capture(t *testing.T, o fyne.CanvasObject, size fyne.Size) image.Image {
	t.Helper()
	w := test.NewTempWindow(t, o)
	w.SetPadded(false)
	w.Resize(size)
	return w.Canvas().Capture()
}

func samePixels(a, b image.Image) bool {
	if a.Bounds() != b.Bounds() {
		return false
	}
	for y := a.Bounds().Min.Y; y < a.Bounds().Max.Y; y++ {
		for x := a.Bounds().Min.X; x < a.Bounds().Max.X; x++ {
			r1, g1, b1, a1 := a.At(x, y).RGBA()
			r2, g2, b2, a2 := b.At(x, y).RGBA()
			if r1 != r2 || g1 != g2 || b1 != b2 || a1 != a2 {
				return false
			}
		}
	}
	return true
}

// A list row drawn with a Line must look exactly as it did with a Label:
// cut with an ellipsis when too long, in its style and size.
func TestLineLooksLikeATruncatedLabel(t *testing.T) {
	test.NewTempApp(t)
	long := "If someone in your Minecraft server asked to be your friend, what would you do?"
	for _, c := range []struct {
		name  string
		text  string
		style fyne.TextStyle
		size  fyne.ThemeSizeName
	}{
		{"bold, cut", long, fyne.TextStyle{Bold: true}, ""},
		{"caption, fits", "Games · 8 to 10", fyne.TextStyle{}, theme.SizeNameCaptionText},
		{"plain, cut", long, fyne.TextStyle{}, theme.SizeNameText},
	} {
		t.Run(c.name, func(t *testing.T) {
			label := widget.NewLabelWithStyle(c.text, fyne.TextAlignLeading, c.style)
			label.Truncation = fyne.TextTruncateEllipsis
			label.SizeName = c.size
			line := NewLine("something else first", c.style, c.size)
			line.SetText(c.text)
			size := fyne.NewSize(240, label.MinSize().Height)
			if line.MinSize() != label.MinSize() {
				t.Errorf("min size %v, a label's is %v", line.MinSize(), label.MinSize())
			}
			if !samePixels(capture(t, line, size), capture(t, label, size)) {
				t.Error("the line is not drawn as the label is")
			}
		})
	}
}

// Set changes the style too: the children list's "Archived" heading is
// bold in a row that showed a child's name.
func TestLineSetChangesTextAndStyle(t *testing.T) {
	test.NewTempApp(t)
	line := NewLine("Amy, 9 years old", fyne.TextStyle{}, "")
	w := test.NewTempWindow(t, line)
	w.Resize(fyne.NewSize(300, 60))
	line.Set("Archived", fyne.TextStyle{Bold: true})
	if line.Text() != "Archived" || !line.Segments[0].(*widget.TextSegment).Style.TextStyle.Bold {
		t.Fatalf("line shows %q in %+v", line.Text(), line.Segments[0])
	}
	label := widget.NewLabelWithStyle("Archived", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	label.Truncation = fyne.TextTruncateEllipsis
	size := fyne.NewSize(300, label.MinSize().Height)
	if !samePixels(capture(t, line, size), capture(t, label, size)) {
		t.Error("after Set the line is not drawn as a bold label")
	}
}

// A line that is cut and then given room shows all of its text, and is
// cut again when narrowed: as a label would be, at every width.
func TestLineFollowsItsWidth(t *testing.T) {
	test.NewTempApp(t)
	text := "Amelia-Rose Featherstonehaugh"
	line := NewLine(text, fyne.TextStyle{}, "")
	label := widget.NewLabel(text)
	label.Truncation = fyne.TextTruncateEllipsis
	lw := test.NewTempWindow(t, line)
	bw := test.NewTempWindow(t, label)
	for _, w := range []fyne.Window{lw, bw} {
		w.SetPadded(false)
	}
	for _, width := range []float32{90, 400, 120, 60, 400} {
		size := fyne.NewSize(width, label.MinSize().Height)
		lw.Resize(size)
		bw.Resize(size)
		if !samePixels(lw.Canvas().Capture(), bw.Canvas().Capture()) {
			t.Fatalf("at %v wide the line is not drawn as the label is", width)
		}
		if line.MinSize() != label.MinSize() {
			t.Fatalf("at %v wide the line asks for %v, a label %v", width, line.MinSize(), label.MinSize())
		}
	}
	line.SetText("Amy")
	label.SetText("Amy")
	if !samePixels(lw.Canvas().Capture(), bw.Canvas().Capture()) {
		t.Fatal("a short name after a long one is not drawn as the label is")
	}
}

// A line that fitted is cut once the text grows (Settings' text size):
// the theme's change redraws it, and it decides again.
func TestLineIsCutWhenTheTextGrows(t *testing.T) {
	a := test.NewTempApp(t)
	text := "Amelia-Rose"
	line := NewLine(text, fyne.TextStyle{}, "")
	label := widget.NewLabel(text)
	label.Truncation = fyne.TextTruncateEllipsis
	lw, bw := test.NewTempWindow(t, line), test.NewTempWindow(t, label)
	size := fyne.NewSize(110, 60)
	for _, w := range []fyne.Window{lw, bw} {
		w.SetPadded(false)
		w.Resize(size)
	}
	if line.Truncation != fyne.TextTruncateOff {
		t.Fatal("a name that fits is cut")
	}
	a.Settings().SetTheme(bigText{theme.DefaultTheme()})
	for _, w := range []fyne.Window{lw, bw} {
		w.Resize(size) // the same size: nothing is laid out again
	}
	if line.Truncation != fyne.TextTruncateEllipsis {
		t.Fatal("after the text grew the line is not cut")
	}
	if !samePixels(lw.Canvas().Capture(), bw.Canvas().Capture()) {
		t.Fatal("after the text grew the line is not drawn as the label is")
	}
}

// bigText is a theme with text at twice the size.
type bigText struct{ fyne.Theme }

func (b bigText) Size(n fyne.ThemeSizeName) float32 {
	if n == theme.SizeNameText {
		return 2 * b.Theme.Size(n)
	}
	return b.Theme.Size(n)
}
