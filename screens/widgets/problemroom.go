package widgets

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// ProblemLines is how many lines of a problem under a field are kept
// free while it is empty: a message of that many lines appearing,
// changing or going never moves the fields below it.
const ProblemLines = 2

// roomLayout keeps ProblemLines lines for the label it holds, at the top.
type roomLayout struct{ l *widget.Label }

func (r roomLayout) MinSize([]fyne.CanvasObject) fyne.Size {
	m := r.l.MinSize()
	line := fyne.MeasureText("M", theme.TextSize(), r.l.TextStyle).Height
	empty := m.Height
	if r.l.Text != "" {
		empty = line + 2*theme.InnerPadding()
	}
	return fyne.NewSize(m.Width, fyne.Max(m.Height, empty+(ProblemLines-1)*line))
}

func (r roomLayout) Layout(_ []fyne.CanvasObject, size fyne.Size) {
	r.l.Move(fyne.NewPos(0, 0))
	r.l.Resize(fyne.NewSize(size.Width, fyne.Max(r.l.MinSize().Height, size.Height)))
}

// Room holds a Problem label with room kept for ProblemLines lines of it,
// so what is below does not move while the message comes and goes.
func Room(l *widget.Label) fyne.CanvasObject {
	return container.New(roomLayout{l}, l)
}
