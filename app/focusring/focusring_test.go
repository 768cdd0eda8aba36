// Package focusring_test checks that focus can be seen in every theme.
// It runs in its own test process: in the app package's long run, state
// left by earlier window tests could keep a text field's focus border
// from being drawn in the test driver's capture.
package focusring_test

import (
	"fmt"
	"image"
	"image/color"
	"image/png"
	"os"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"family-online-safety/app"
	"family-online-safety/data"
	"family-online-safety/screens/screentest"
	"family-online-safety/screens/widgets"
)

// variantTheme is a theme held to one variant (the test app has none).
type variantTheme struct {
	fyne.Theme
	v fyne.ThemeVariant
}

func (t variantTheme) Color(n fyne.ThemeColorName, _ fyne.ThemeVariant) color.Color {
	return t.Theme.Color(n, t.v)
}

// focusables is one of each kind of control the screens use: plain,
// blue and red buttons, a tick box, a drop-down, a text field,
// a list with its chosen row, and a tab bar. (The app shows links as
// buttons: it has no widget.Hyperlink.)
func focusables() map[string]fyne.CanvasObject {
	blue := widget.NewButton("Save", nil)
	blue.Importance = widget.HighImportance
	red := widget.NewButton("Quick exit", nil)
	red.Importance = widget.DangerImportance
	list := widgets.NewList(func() int { return 3 }, func() fyne.CanvasObject { return widget.NewLabel("row") },
		func(int, fyne.CanvasObject) {})
	list.Select(0)
	tabs := widgets.NewTabs(container.NewTabItem("One", widget.NewLabel("1")), container.NewTabItem("Two", widget.NewLabel("2")))
	return map[string]fyne.CanvasObject{
		"button": widget.NewButton("Cancel", nil), "blue button": blue, "red button": red,
		"tick box": widget.NewCheck("Ages 8-12", nil), "drop-down": widget.NewSelect([]string{"Wales"}, nil),
		"text field": widget.NewEntry(), "chosen row of a list": list, "tab bar": tabs,
	}
}

// Focus can always be seen: in light and dark, with and without high
// contrast, focusing any kind of control changes pixels on or round it
// to a colour at least 1.6:1 against what was there, over at least one
// line of its edge (the focus marks: a shade over the whole of a button,
// the text field's border, a ring round a list or a tab bar). Fyne's own
// faint blue on a blue button and its faint hover tint on a chosen row
// did not.
func TestFocusIsVisibleInEveryTheme(t *testing.T) {
	screentest.Serial(t)
	fa := test.NewTempApp(t)
	for _, v := range []fyne.ThemeVariant{theme.VariantLight, theme.VariantDark} {
		for _, contrast := range []bool{false, true} {
			fa.Settings().SetTheme(variantTheme{app.ThemeFor(data.Display{HighContrast: contrast}), v})
			for name, f := range focusables() {
				where := fmt.Sprintf("%s, high contrast %v: %s", map[fyne.ThemeVariant]string{theme.VariantLight: "light", theme.VariantDark: "dark"}[v], contrast, name)
				if n, need := focusMarkPixels(t, f), edgePixels(f); n < need {
					t.Errorf("%s: focus changes %d pixels clearly, want at least %d", where, n, need)
				}
			}
		}
	}
}

// edgePixels is one line across and one down the control at its least
// size.
func edgePixels(o fyne.CanvasObject) int {
	s := o.MinSize()
	return int(s.Width + s.Height)
}

// focusMarkPixels is how many pixels focusing f changes by 1.6:1 or more.
func focusMarkPixels(t *testing.T, o fyne.CanvasObject) int {
	t.Helper()
	f, ok := o.(fyne.Focusable)
	if tabs, isTabs := o.(*widgets.Tabs); isTabs {
		f, ok = tabs.Stop(), true // the tab bar's focus stop
	}
	if !ok {
		t.Fatalf("%T takes no focus", o)
	}
	w := test.NewTempWindow(t, container.NewCenter(container.NewGridWrap(fyne.NewSize(200, 120), o)))
	w.Resize(fyne.NewSize(320, 200))
	w.Canvas().Unfocus()
	before := w.Canvas().Capture()
	w.Canvas().Focus(f)
	// Some marks are drawn a moment after focus (a text field's border
	// follows its focus on the next refresh): wait up to a second for
	// them, so a busy machine does not read an unfinished frame.
	var after image.Image
	n := 0
	for try := 0; try < 40 && n < edgePixels(o); try++ {
		if try > 0 {
			time.Sleep(25 * time.Millisecond)
		}
		w.Content().Refresh() // drawn afresh, not from a cache of an earlier widget at this address
		after = w.Canvas().Capture()
		n = changedPixels(before, after)
	}
	if dir := os.Getenv("FOCUS_SHOTS"); dir != "" {
		for i, img := range []image.Image{before, after} {
			f, _ := os.Create(fmt.Sprintf("%s/%T-%p-%d.png", dir, o, o, i))
			_ = png.Encode(f, img)
			_ = f.Close()
		}
	}
	return n
}

// changedPixels counts the pixels that differ by 1.6:1 or more.
func changedPixels(before, after image.Image) int {
	n := 0
	b := before.Bounds()
	for y := b.Min.Y; y < b.Max.Y; y++ {
		for x := b.Min.X; x < b.Max.X; x++ {
			if contrast(before.At(x, y), after.At(x, y)) >= 1.6 {
				n++
			}
		}
	}
	return n
}

func contrast(a, b color.Color) float64 { return screentest.Contrast(a, b) }
