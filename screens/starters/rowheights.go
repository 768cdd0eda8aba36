package starters

import (
	"math"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
)

// rowHeights gives each row of the starters list the height its question
// needs, wrapped at the list's width: at 800×600 or at large text a
// question shows whole over more lines instead of being cut. The height
// comes from the question's measured length (Fyne caches the measure),
// not from laying out each row, so a keystroke in the search box stays
// cheap; wrapLoss allows for the room words leave at each line's end.
type rowHeights struct {
	s     *Screen
	width float32
}

// Layout gives the list the whole room and sizes the rows when its width
// changes.
func (r *rowHeights) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	if size.Width != r.width && size.Width > 0 {
		r.width = size.Width
		r.size(r.s)
	}
	for _, o := range objs {
		o.Move(fyne.Position{})
		o.Resize(size)
	}
}

// MinSize is the list's own.
func (r *rowHeights) MinSize(objs []fyne.CanvasObject) fyne.Size {
	var min fyne.Size
	for _, o := range objs {
		min = min.Max(o.MinSize())
	}
	return min
}

// wrapLoss is the part of a line that wrapped words fill, at the least.
const wrapLoss = 0.85

// size sets the height of every shown row for the list's width.
func (r *rowHeights) size(s *Screen) {
	if r == nil || s.list == nil || r.width <= 0 {
		return
	}
	text := theme.TextSize()
	pad := theme.InnerPadding()
	room := r.width - 2*pad - theme.Padding()*4 // the label's insets and the list's scroll bar
	lineH := fyne.MeasureText("Ag", text, fyne.TextStyle{Bold: true}).Height
	oneLine := 2*pad + lineH + theme.Padding() + newStarterRow().meta.MinSize().Height
	for i, item := range s.shown {
		w := fyne.MeasureText(s.items[item].question, text, fyne.TextStyle{Bold: true}).Width
		lines := 1
		if room > 0 && w > room {
			lines = int(math.Ceil(float64(w / (room * wrapLoss))))
		}
		s.list.SetItemHeight(i, oneLine+float32(lines-1)*lineH)
	}
}
