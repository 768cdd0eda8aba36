package app

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"

	"family-online-safety/data"
)

// Theme is Fyne's own theme, following the OS's light or dark setting,
// with the status colours of the light variant darkened: Fyne's bright
// green, orange and red text on white falls short of WCAG's 4.5:1
// contrast, and parents read warnings here at a glance.
func Theme() fyne.Theme { return ThemeFor(data.Display{}) }

// ThemeFor is Theme with the family's text size and contrast (Settings).
func ThemeFor(d data.Display) fyne.Theme { return themeFor(d, &iconCache{}) }

// themeFor is ThemeFor keeping its recoloured icons in icons.
func themeFor(d data.Display, icons *iconCache) readableTheme {
	return readableTheme{Theme: theme.DefaultTheme(), scale: d.Scale(), contrast: d.HighContrast, icons: icons}
}

type readableTheme struct {
	fyne.Theme
	scale    float32    // text size, 1 to 2
	contrast bool       // high contrast: black on white, or white on black
	icons    *iconCache // iconcache.go
}

// Light-variant status colours, each at least 4.5:1 against white.
var lightStatus = map[fyne.ThemeColorName]color.Color{
	theme.ColorNameSuccess: color.NRGBA{R: 0x1b, G: 0x7a, B: 0x2b, A: 0xff}, // 5.3:1
	theme.ColorNameWarning: color.NRGBA{R: 0xa3, G: 0x4f, B: 0x00, A: 0xff}, // 5.6:1
	theme.ColorNameError:   color.NRGBA{R: 0xc6, G: 0x28, B: 0x28, A: 0xff}, // 5.6:1
}

func (t readableTheme) Color(name fyne.ThemeColorName, variant fyne.ThemeVariant) color.Color {
	if t.contrast {
		if c, ok := highContrast(name, variant); ok {
			return c
		}
	}
	if variant == theme.VariantLight {
		if c, ok := lightStatus[name]; ok {
			return c
		}
	}
	if name == theme.ColorNameFocus {
		return focusShade(variant)
	}
	return t.Theme.Color(name, variant)
}

// textSizes are the sizes the text size setting scales.
var textSizes = map[fyne.ThemeSizeName]bool{
	theme.SizeNameText: true, theme.SizeNameHeadingText: true, theme.SizeNameSubHeadingText: true,
	theme.SizeNameCaptionText: true, theme.SizeNameInlineIcon: true,
}

func (t readableTheme) Size(name fyne.ThemeSizeName) float32 {
	s := t.Theme.Size(name)
	if textSizes[name] && t.scale > 0 {
		return s * t.scale
	}
	if name == theme.SizeNameInputBorder || (t.contrast && name == theme.SizeNameSelectionRadius) {
		return max(s, 2)
	}
	return s
}

// Icon is Fyne's icon, recoloured once per colour rather than on every
// redraw (iconcache.go).
func (t readableTheme) Icon(name fyne.ThemeIconName) fyne.Resource {
	return t.icons.wrap(t.Theme.Icon(name))
}

// highContrast is the high-contrast palette: text and borders in full
// black (or white) on white (or black), placeholders and disabled text
// still above 7:1. The focus stands out by 3:1 or more from what is round
// it: on white a bright blue (4:1 from a field's black border, 5:1 from
// the page), on black a yellow, with a text field's border a grey (4:1
// from black) that the yellow stands out from. The row the arrow keys
// are on in a list is lit by 3:1 (Fyne's faint tint could not be seen
// on black).
func highContrast(name fyne.ThemeColorName, variant fyne.ThemeVariant) (color.Color, bool) {
	ink, paper := color.Color(color.Black), color.Color(color.White)
	muted := color.NRGBA{R: 0x33, G: 0x33, B: 0x33, A: 0xff}
	focus := color.NRGBA{R: 0x1a, G: 0x5c, B: 0xff, A: 0xff}
	lit := color.NRGBA{A: 0x70}
	border := ink
	if variant == theme.VariantDark {
		ink, paper = paper, ink
		border = color.NRGBA{R: 0x6e, G: 0x6e, B: 0x6e, A: 0xff}
		muted = color.NRGBA{R: 0xdd, G: 0xdd, B: 0xdd, A: 0xff}
		focus = color.NRGBA{R: 0xff, G: 0xdd, B: 0x00, A: 0xff}
		lit = color.NRGBA{R: 0xff, G: 0xff, B: 0xff, A: 0x5c}
	}
	switch name {
	case theme.ColorNameForeground, theme.ColorNameSeparator:
		return ink, true
	case theme.ColorNameInputBorder:
		return border, true
	case theme.ColorNameBackground, theme.ColorNameInputBackground, theme.ColorNameMenuBackground,
		theme.ColorNameOverlayBackground, theme.ColorNameHeaderBackground:
		return paper, true
	case theme.ColorNamePlaceHolder, theme.ColorNameDisabled:
		return muted, true
	case theme.ColorNamePrimary, theme.ColorNameHyperlink:
		return focus, true
	case theme.ColorNameFocus:
		return highContrastFocus(variant), true
	case theme.ColorNameHover:
		return lit, true
	case theme.ColorNameForegroundOnPrimary:
		return paper, true
	}
	return nil, false
}

// focusShade is laid over a focused button, tick box or drop-down, and
// rings a focused link. Fyne's own is a faint blue, which could not be
// seen on a blue button: a third of black (of white on dark) darkens
// (lightens) any control, blue ones included, by more than 1.6:1.
func focusShade(variant fyne.ThemeVariant) color.Color {
	if variant == theme.VariantDark {
		return color.NRGBA{R: 0xff, G: 0xff, B: 0xff, A: 0x66}
	}
	return color.NRGBA{A: 0x59}
}

// highContrastFocus is the focus shade in high contrast: stronger, and
// on dark a blue, not the primary yellow, so a focused yellow button
// changes too; the words on every kind of button stay above 4:1.
func highContrastFocus(variant fyne.ThemeVariant) color.Color {
	if variant == theme.VariantDark {
		return color.NRGBA{G: 0x66, B: 0xaa, A: 0xb3}
	}
	return color.NRGBA{A: 0x8f}
}
