package widgets

import (
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// ShortPick is a drop-down whose choices are cut to its own width, so
// its open list never runs past the window (Fyne's is as wide as its
// longest choice), and told apart when two are cut alike. It stands for
// a list in a narrow window (SideFold): the chosen row is chosen here,
// and the carer's choice here chooses the row.
type ShortPick struct {
	widget.Select
	// OnPick hears the index the carer chose (not one set by Choose).
	OnPick func(i int)
	// Name is what the drop-down chooses ("Child"), read out before the
	// choice.
	Name string

	full  []string
	width float32
	cuts  map[string]string // each choice cut to width
	quiet bool              // Choose is choosing: OnPick is not told
}

// NewShortPick makes an empty drop-down called name, showing placeholder.
func NewShortPick(name, placeholder string, onPick func(int)) *ShortPick {
	p := &ShortPick{OnPick: onPick, Name: name}
	p.PlaceHolder = placeholder
	p.OnChanged = func(string) {
		if i := p.SelectedIndex(); !p.quiet && i >= 0 && p.OnPick != nil {
			p.OnPick(i)
		}
	}
	p.ExtendBaseWidget(p)
	return p
}

// SetChoices gives the drop-down new choices, none chosen.
func (p *ShortPick) SetChoices(full []string) {
	p.full = full
	p.Selected = ""
	p.cut()
}

// Choose chooses choice i (none when i is out of range) without telling
// OnPick.
func (p *ShortPick) Choose(i int) {
	p.quiet = true
	defer func() { p.quiet = false }()
	if i < 0 || i >= len(p.Options) {
		if p.Selected != "" {
			p.ClearSelected()
		}
		return
	}
	if p.Options[i] != p.Selected {
		p.SetSelectedIndex(i)
	}
}

// Resize cuts the choices again to a new width.
func (p *ShortPick) Resize(size fyne.Size) {
	if size.Width != p.width {
		p.width, p.cuts = size.Width, nil
		p.cut()
	}
	p.Select.Resize(size)
}

// cut sets the options to the full choices cut to the width, keeping
// the one chosen.
func (p *ShortPick) cut() {
	chosen := p.SelectedIndex()
	if p.cuts == nil {
		p.cuts = map[string]string{}
	}
	// A menu item's text has inner padding each side, in a menu with
	// padding each side.
	room := p.width - 2*theme.Padding() - 4*theme.InnerPadding()
	opts := make([]string, len(p.full))
	seen := make(map[string]int, len(p.full))
	for i, s := range p.full {
		c, ok := p.cuts[s]
		if !ok {
			c = cutTo(s, room)
			p.cuts[s] = c
		}
		if n := seen[c]; n > 0 {
			seen[c] = n + 1
			c = fmt.Sprintf("%s (%d)", c, n+1)
		} else {
			seen[c] = 1
		}
		opts[i] = c
	}
	p.Options = opts
	p.Selected = ""
	if chosen >= 0 && chosen < len(opts) {
		p.Selected = opts[chosen]
	}
	p.Refresh()
}

// cutTo is s, or as much of it as fits room with "…" after it.
func cutTo(s string, room float32) string {
	size, style := theme.TextSize(), fyne.TextStyle{}
	if room <= 0 || fyne.MeasureText(s, size, style).Width <= room {
		return s
	}
	r := []rune(s)
	lo, hi := 0, len(r) // r[:lo]+"…" fits; r[:hi]+"…" does not, or hi is all
	for lo+1 < hi {
		mid := (lo + hi) / 2
		if fyne.MeasureText(string(r[:mid])+"…", size, style).Width <= room {
			lo = mid
		} else {
			hi = mid
		}
	}
	return string(r[:lo]) + "…"
}

// AccessibilityLabel is the name and the whole choice (not cut), or the
// placeholder while nothing is chosen.
func (p *ShortPick) AccessibilityLabel() string {
	if i := p.SelectedIndex(); i >= 0 && i < len(p.full) {
		return Spoken(p.Name, p.full[i])
	}
	return Spoken(p.Name, p.PlaceHolder)
}

// AccessibilityRole is a button: it opens the list of choices.
func (p *ShortPick) AccessibilityRole() fyne.AccessibleRole { return fyne.AccessibleRoleButton }
