package widgets

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
)

// A list beside a tab bar (the children beside their tabs, the starters
// beside the chosen one) leaves the bar too narrow in a small window or
// at large text, and Fyne then moves the last tabs into a "…" menu that
// a tired parent will not find. There the list folds into a drop-down of
// one line above the tabs, which take the whole width, as the navigation
// column folds into "Screen". Whether it folds follows the width alone,
// and the drop-down's height is fixed: nothing below it moves when the
// tab's content grows or shrinks (a hint line under a field), and no
// list of its own height is stacked over the tabs' scroll areas.

// SideFold lays out a list beside a tab bar, or its drop-down above it.
type SideFold struct {
	// OnFold (may be nil) hears each fold and unfold.
	OnFold func(folded bool)
	// Yield is the least share of the width the side narrows to, so the
	// tabs have the width they need beside it, before it folds (a list
	// of wrapped titles gives up room to long tab names, as in Welsh,
	// rather than fold into a drop-down of titles cut short); 0: the
	// side keeps its share, and folds when the tabs need more.
	Yield float64

	side, pick fyne.CanvasObject
	split      *container.Split
	need       func() float32
	offset     float64 // the side's share of the width, when the tabs have room
	folded     bool
}

// NewSideFold puts side beside main in a split at offset (the share of
// the width side takes) while main has the width need reports (its tab
// bar's, TabBarWidth) beside it; otherwise pick, a one-line drop-down
// that stands for side, goes above main, which takes the whole width.
func NewSideFold(side, main, pick fyne.CanvasObject, offset float64, need func() float32) (*SideFold, *fyne.Container) {
	split := container.NewHSplit(side, main)
	split.Offset = offset
	pick.Hide()
	l := &SideFold{side: side, pick: pick, split: split, need: need, offset: offset}
	// The drop-down first: Tab reaches it before the tabs under it.
	return l, container.New(l, pick, split)
}

// Folded reports whether the drop-down stands for the list.
func (l *SideFold) Folded() bool { return l.folded }

// folds reports whether side folds at size: when the tabs have not the
// width they need beside it at its least share.
func (l *SideFold) folds(size fyne.Size) bool {
	pad := theme.Padding() // the split's divider
	side, main := l.side.MinSize().Width, l.split.Trailing.MinSize().Width
	if size.Width < side+pad+main {
		return true
	}
	free := size.Width - pad
	beside := free - max(free*float32(l.least()), side)
	return l.need() > beside
}

// least is the side's least share of the width.
func (l *SideFold) least() float64 {
	if l.Yield > 0 {
		return min(l.Yield, l.offset)
	}
	return l.offset
}

// share is the side's share of width: its usual one, or down to its
// least where the tabs need more room beside it.
func (l *SideFold) share(width float32) float64 {
	free := width - theme.Padding()
	if free <= 0 || l.Yield <= 0 {
		return l.offset
	}
	return max(l.least(), min(l.offset, float64((free-l.need())/free)))
}

// Layout folds or unfolds by the width, then places the parts.
func (l *SideFold) Layout(_ []fyne.CanvasObject, size fyne.Size) {
	if folded := l.folds(size); folded != l.folded {
		l.folded = folded
		SetVisible(l.side, !folded)
		SetVisible(l.pick, folded)
		l.split.Refresh()
		if l.OnFold != nil {
			l.OnFold(folded)
		}
	}
	if !l.folded {
		if share := l.share(size.Width); share != l.split.Offset {
			l.split.SetOffset(share)
		}
	}
	top := float32(0)
	if l.folded {
		h := l.pick.MinSize().Height
		l.pick.Move(fyne.Position{})
		l.pick.Resize(fyne.NewSize(size.Width, h))
		top = h + theme.Padding()
	}
	l.split.Move(fyne.NewPos(0, top))
	l.split.Resize(fyne.NewSize(size.Width, size.Height-top))
}

// MinSize is as narrow as the folded form, so the window may be made
// that narrow, and as tall as the form on show.
func (l *SideFold) MinSize(_ []fyne.CanvasObject) fyne.Size {
	main, pick := l.split.Trailing.MinSize(), l.pick.MinSize()
	w := max(main.Width, pick.Width)
	if l.folded {
		return fyne.NewSize(w, pick.Height+theme.Padding()+main.Height)
	}
	return fyne.NewSize(w, max(main.Height, l.side.MinSize().Height))
}

// TabBarWidth is how wide a tab bar must be to show every one of the
// tabs named, each with its icon, none in Fyne's "…" menu: the bold
// name, the icon and the padding, as Fyne's tab buttons measure them,
// side by side.
func TabBarWidth(titles ...string) float32 {
	pad, inner := theme.Padding(), theme.InnerPadding()
	icon, text := theme.IconInlineSize(), theme.TextSize()
	var w float32
	for i, title := range titles {
		if i > 0 {
			w += pad
		}
		w += fyne.MeasureText(title, text, fyne.TextStyle{Bold: true}).Width + icon + pad + 2*inner
	}
	return w
}
