package app

import (
	"image/color"
	"sync"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
)

// Fyne's themed icons recolour their SVG (parse, rewrite, print) every
// time an image asks for its bytes, and a button asks four or five times
// while it is made and laid out: a third of the time it takes to open a
// screen with a tab bar and a row of buttons went there. The app's theme
// hands out icons that recolour once per icon and colour instead.

// recolouredKey is one icon in one colour.
type recolouredKey struct {
	name   string // Fyne's name for the themed icon, e.g. "foreground_delete.svg"
	colour color.NRGBA
}

// iconCache keeps recoloured icons. The app hands its theme's cache on to
// the next theme (Settings makes a new one for each change of text size
// or contrast); the bytes stay right, because they are keyed by the colour
// itself.
type iconCache struct {
	m sync.Map // recolouredKey → []byte
}

// cachedIcon is one of Fyne's themed icons whose recoloured bytes are kept.
type cachedIcon struct {
	themed *theme.ThemedResource
	cache  *iconCache
}

// Name is Fyne's own, so the drawn pictures are cached (and cleared on a
// change of theme) the same way.
func (c cachedIcon) Name() string { return c.themed.Name() }

// ThemeColorName lets buttons and other widgets recolour the icon for
// their state (on a primary button, disabled) as they do Fyne's own.
func (c cachedIcon) ThemeColorName() fyne.ThemeColorName { return c.themed.ThemeColorName() }

// Content is the SVG in the colour the current theme gives the icon.
func (c cachedIcon) Content() []byte {
	key := recolouredKey{name: c.themed.Name(), colour: nrgba(theme.Color(c.themed.ThemeColorName()))}
	if b, ok := c.cache.m.Load(key); ok {
		return b.([]byte)
	}
	b := c.themed.Content()
	c.cache.m.Store(key, b)
	return b
}

func nrgba(c color.Color) color.NRGBA {
	return color.NRGBAModel.Convert(c).(color.NRGBA)
}

// wrap wraps one of Fyne's themed icons in a cachedIcon kept in c.
// Anything else (a picture that is not recoloured) passes through.
func (c *iconCache) wrap(res fyne.Resource) fyne.Resource {
	if themed, ok := res.(*theme.ThemedResource); ok {
		return cachedIcon{themed: themed, cache: c}
	}
	return res
}
