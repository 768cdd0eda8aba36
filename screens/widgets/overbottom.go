package widgets

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/theme"
)

// OverBottom shows notice (an undo bar, a save error: messages that come
// and go) over the bottom of content, on a background of its own, so
// nothing in content moves when a message appears or goes. With nothing
// in notice, only content shows.
func OverBottom(content fyne.CanvasObject, notice *fyne.Container) *fyne.Container {
	bg := canvas.NewRectangle(theme.Color(theme.ColorNameOverlayBackground))
	bg.StrokeColor = theme.Color(theme.ColorNameSeparator)
	bg.StrokeWidth = 1
	bg.CornerRadius = theme.InputRadiusSize()
	return &fyne.Container{Layout: &overBottom{notice: notice, bg: bg}, Objects: []fyne.CanvasObject{content, bg, notice}}
}

type overBottom struct {
	notice *fyne.Container
	bg     *canvas.Rectangle
}

// MinSize is the content's: the notice takes no room of its own.
func (o *overBottom) MinSize(objs []fyne.CanvasObject) fyne.Size { return objs[0].MinSize() }

func (o *overBottom) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	objs[0].Move(fyne.NewPos(0, 0))
	objs[0].Resize(size)
	shown := len(o.notice.Objects) > 0
	o.bg.Hidden = !shown
	if !shown {
		return
	}
	pad := theme.Padding()
	inner := theme.InnerPadding()
	h := o.notice.MinSize().Height
	box := fyne.NewSize(size.Width-2*pad, h+2*inner)
	at := fyne.NewPos(pad, size.Height-box.Height-pad)
	o.bg.Move(at)
	o.bg.Resize(box)
	o.notice.Move(at.AddXY(inner, inner))
	o.notice.Resize(fyne.NewSize(box.Width-2*inner, h))
}
