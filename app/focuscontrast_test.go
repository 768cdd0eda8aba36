package app

import (
	"image/color"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"

	"family-online-safety/data"
)

// In high contrast, on white and on black, the focus stands out by at
// least 3:1 (WCAG's figure for what marks a control): a focused field's
// border from an unfocused one's (on white both were near black), and
// the row the arrow keys are on in a list from the rows round it (on
// black it could not be told apart). The list's and the tab bar's ring
// stand out from the page as much.
func TestFocusStandsOutInHighContrast(t *testing.T) {
	th := ThemeFor(data.Display{HighContrast: true})
	for name, v := range variants {
		c := func(n fyne.ThemeColorName) color.Color { return th.Color(n, v) }
		page := c(theme.ColorNameBackground)
		checks := []struct {
			what string
			a, b color.Color
		}{
			{"a focused field's border against an unfocused one's", c(theme.ColorNamePrimary), c(theme.ColorNameInputBorder)},
			{"the list row the keys are on against the rows round it", over(c(theme.ColorNameHover), page), page},
			{"a focus ring against the page", c(theme.ColorNamePrimary), page},
		}
		for _, k := range checks {
			if r := contrast(k.a, k.b); r < 3 {
				t.Errorf("high contrast, %s: %s is %.2f:1, under 3:1", name, k.what, r)
			}
		}
		if r := contrast(c(theme.ColorNameForeground), over(c(theme.ColorNameHover), page)); r < 4.5 {
			t.Errorf("high contrast, %s: the words on the lit row are %.2f:1, under 4.5:1", name, r)
		}
		if r := contrast(c(theme.ColorNameForegroundOnPrimary), c(theme.ColorNamePrimary)); r < 4.5 {
			t.Errorf("high contrast, %s: the words on a blue (yellow) button are %.2f:1, under 4.5:1", name, r)
		}
	}
}

// over is top laid over under (top's alpha blends it in).
func over(top, under color.Color) color.Color {
	t := color.NRGBAModel.Convert(top).(color.NRGBA)
	u := color.NRGBAModel.Convert(under).(color.NRGBA)
	a := float64(t.A) / 255
	mix := func(x, y uint8) uint8 { return uint8(float64(x)*a + float64(y)*(1-a) + 0.5) }
	return color.NRGBA{R: mix(t.R, u.R), G: mix(t.G, u.G), B: mix(t.B, u.B), A: 255}
}
