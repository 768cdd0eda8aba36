package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// In a narrow window (the smallest the app opens at, 200% text on a
// small laptop) the navigation column took a third of the width, and
// the screens' tab bars and forms had to be scrolled sideways. There the
// column folds into one drop-down above the screen, "Screen: Family
// agreement", and the screen has the whole width; the Go menu and
// Ctrl+1… work as ever.

// navShare is the most of the window's width the column may take.
const navShare = 0.25

// navFold lays out the navigation column and the screen (split), or,
// when the column would take more than navShare of the width, the
// drop-down (pick) over the screen alone.
type navFold struct {
	nav   fyne.CanvasObject
	pick  fyne.CanvasObject
	split *container.Split
}

// folded reports whether the column folds at size.
func (l *navFold) folded(size fyne.Size) bool {
	return l.nav.MinSize().Width > size.Width*navShare
}

func (l *navFold) Layout(_ []fyne.CanvasObject, size fyne.Size) {
	folded := l.folded(size)
	if folded == l.nav.Visible() {
		if folded {
			l.nav.Hide()
			l.pick.Show()
		} else {
			l.nav.Show()
			l.pick.Hide()
		}
	}
	top := float32(0)
	if folded {
		h := l.pick.MinSize().Height
		l.pick.Move(fyne.NewPos(0, 0))
		l.pick.Resize(fyne.NewSize(size.Width, h))
		top = h + theme.Padding()
	}
	l.split.Move(fyne.NewPos(0, top))
	l.split.Resize(fyne.NewSize(size.Width, size.Height-top))
}

// MinSize is the folded form's: the window may be made that narrow.
func (l *navFold) MinSize(_ []fyne.CanvasObject) fyne.Size {
	screen, pick := l.split.Trailing.MinSize(), l.pick.MinSize()
	return fyne.NewSize(max(screen.Width, pick.Width), screen.Height+pick.Height+theme.Padding())
}

// navPick is the drop-down the column folds into.
func (a *App) navPick() (fyne.CanvasObject, *widget.Select) {
	rows := Screens()
	titles := make([]string, len(rows))
	for i, r := range rows {
		titles[i] = a.tr.T(r.Title)
	}
	pick := widget.NewSelect(titles, nil)
	pick.OnChanged = func(string) {
		i := pick.SelectedIndex()
		if i >= 0 && i < len(rows) && rows[i].ID != a.current {
			a.Show(rows[i].ID)
		}
	}
	label := widget.NewLabelWithStyle(a.tr.T("nav.pick"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	return container.NewBorder(nil, nil, label, nil, pick), pick
}

// withNav is the screen's scroll area beside the navigation column,
// which folds in a narrow window.
func (a *App) withNav(body fyne.CanvasObject) fyne.CanvasObject {
	nav := a.navList()
	row, pick := a.navPick()
	a.sh.pick = pick
	split := container.NewHSplit(nav, body)
	split.Offset = 0.2
	row.Hide()
	// The drop-down first: drawn above the screen, Tab reaches it first.
	return container.New(&navFold{nav: nav, pick: row, split: split}, row, split)
}
