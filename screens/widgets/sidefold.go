package widgets

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
)

// A list beside a tab bar (the children beside their tabs, the starters
// beside the chosen one) leaves the bar too narrow in a small window or
// at large text, and Fyne then moves the last tabs into a "…" menu that
// a tired parent will not find. There the list goes above the tabs,
// which take the whole width; wider, the two sit side by side as ever.
// The same list and tabs move, so the selection, the tab and the
// scroll position stay as they were.

// sideShare is the least of the narrow form's height the list keeps.
const sideShare = 0.35

// sideFold lays side and main out in split, side by side, while main's
// tab bar shows every tab there; otherwise side above main.
type sideFold struct {
	root       *fyne.Container
	side, main fyne.CanvasObject
	split      *container.Split
	bar        func() *Tabs // main's tab bar, or nil
	narrow     bool
}

// NewSideFold puts side beside main in a split at offset (the share of
// the width side takes), or above it when main's tab bar (found by bar,
// which may return nil) would not show every tab beside side.
func NewSideFold(side, main fyne.CanvasObject, offset float64, bar func() *Tabs) *fyne.Container {
	split := container.NewHSplit(side, main)
	split.Offset = offset
	l := &sideFold{side: side, main: main, split: split, bar: bar}
	l.root = container.New(l, split)
	return l.root
}

// folds reports whether side goes above main at size.
func (l *sideFold) folds(size fyne.Size) bool {
	if size.Width < l.split.MinSize().Width {
		return true
	}
	bar := l.bar()
	if bar == nil {
		return false
	}
	free := size.Width - theme.Padding() // the split's divider
	beside := free - max(free*float32(l.split.Offset), l.side.MinSize().Width)
	return bar.FullWidth() > beside
}

func (l *sideFold) Layout(_ []fyne.CanvasObject, size fyne.Size) {
	if narrow := l.folds(size); narrow != l.narrow {
		l.narrow = narrow
		if narrow {
			l.root.Objects = []fyne.CanvasObject{l.side, l.main}
		} else {
			l.root.Objects = []fyne.CanvasObject{l.split}
		}
		canvas.Refresh(l.side)
		canvas.Refresh(l.main)
	}
	if !l.narrow {
		l.split.Move(fyne.Position{})
		l.split.Resize(size)
		return
	}
	pad := theme.Padding()
	sideMin, mainMin := l.side.MinSize().Height, l.main.MinSize().Height
	h := max(sideMin, min(size.Height*sideShare, size.Height-mainMin-pad))
	l.side.Move(fyne.Position{})
	l.side.Resize(fyne.NewSize(size.Width, h))
	l.main.Move(fyne.NewPos(0, h+pad))
	l.main.Resize(fyne.NewSize(size.Width, max(size.Height-h-pad, mainMin)))
}

// MinSize is the narrow form's width, so the window may be made that
// narrow, and the height of the form on show.
func (l *sideFold) MinSize(_ []fyne.CanvasObject) fyne.Size {
	side, main := l.side.MinSize(), l.main.MinSize()
	if !l.narrow {
		return fyne.NewSize(max(side.Width, main.Width), l.split.MinSize().Height)
	}
	return fyne.NewSize(max(side.Width, main.Width), side.Height+theme.Padding()+main.Height)
}
