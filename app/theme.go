package app

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
)

// Theme is Fyne's own theme, following the OS's light or dark setting,
// with the status colours of the light variant darkened: Fyne's bright
// green, orange and red text on white falls short of WCAG's 4.5:1
// contrast, and parents read warnings here at a glance.
func Theme() fyne.Theme { return readableTheme{theme.DefaultTheme()} }

type readableTheme struct{ fyne.Theme }

// Light-variant status colours, each at least 4.5:1 against white.
var lightStatus = map[fyne.ThemeColorName]color.Color{
	theme.ColorNameSuccess: color.NRGBA{R: 0x1b, G: 0x7a, B: 0x2b, A: 0xff}, // 5.3:1
	theme.ColorNameWarning: color.NRGBA{R: 0xa3, G: 0x4f, B: 0x00, A: 0xff}, // 5.6:1
	theme.ColorNameError:   color.NRGBA{R: 0xc6, G: 0x28, B: 0x28, A: 0xff}, // 5.6:1
}

func (t readableTheme) Color(name fyne.ThemeColorName, variant fyne.ThemeVariant) color.Color {
	if variant == theme.VariantLight {
		if c, ok := lightStatus[name]; ok {
			return c
		}
	}
	return t.Theme.Color(name, variant)
}
