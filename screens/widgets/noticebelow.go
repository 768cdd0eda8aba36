package widgets

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// NoticeBelow shows notice (an undo bar, a save error: messages that come
// and go) under content, in a strip of room kept for it from the start:
// as tall as a button, and never less than the tallest it has been. A
// message appearing or going therefore covers no row of content and
// moves nothing, and the bar never comes under a pointer that has just
// pressed a button in content (over the foot of a list, it took the
// next click there). With nothing in notice the strip is empty.
func NoticeBelow(content fyne.CanvasObject, notice *fyne.Container) *fyne.Container {
	bg := canvas.NewRectangle(theme.Color(theme.ColorNameOverlayBackground))
	bg.StrokeColor = theme.Color(theme.ColorNameSeparator)
	bg.StrokeWidth = 1
	bg.CornerRadius = theme.InputRadiusSize()
	return &fyne.Container{Layout: &noticeBelow{notice: notice, bg: bg}, Objects: []fyne.CanvasObject{content, bg, notice}}
}

type noticeBelow struct {
	notice  *fyne.Container
	bg      *canvas.Rectangle
	tallest float32 // the notice's height, kept
}

// strip is the height kept for the notice, its background's padding in.
func (o *noticeBelow) strip() float32 {
	if o.tallest == 0 {
		o.tallest = widget.NewButton("", nil).MinSize().Height
	}
	o.tallest = max(o.tallest, o.notice.MinSize().Height)
	return o.tallest + 3*theme.Padding()
}

// MinSize is the content's and the strip under it.
func (o *noticeBelow) MinSize(objs []fyne.CanvasObject) fyne.Size {
	m := objs[0].MinSize()
	return fyne.NewSize(m.Width, m.Height+o.strip())
}

func (o *noticeBelow) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	strip := o.strip()
	objs[0].Move(fyne.NewPos(0, 0))
	objs[0].Resize(fyne.NewSize(size.Width, size.Height-strip))
	shown := len(o.notice.Objects) > 0
	o.bg.Hidden = !shown
	if !shown {
		return
	}
	pad, inner := theme.Padding(), theme.InnerPadding()
	box := fyne.NewSize(size.Width-2*pad, strip-pad)
	at := fyne.NewPos(pad, size.Height-box.Height)
	o.bg.Move(at)
	o.bg.Resize(box)
	o.notice.Move(at.AddXY(inner, pad))
	o.notice.Resize(fyne.NewSize(box.Width-2*inner, box.Height-2*pad))
}
