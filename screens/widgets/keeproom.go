package widgets

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// KeepRoom stacks objs (messages and banners that come and go) in room
// that is kept: from the start as tall as what they show then and one
// row more, as tall as a button (a message with an Undo beside it fits),
// and never less than the tallest it has been since the screen was built. A message that appears or goes therefore
// moves nothing below it, and nothing slides under the pointer between
// a press and a click.
func KeepRoom(objs ...fyne.CanvasObject) *fyne.Container {
	return &fyne.Container{Layout: &keptRoom{}, Objects: objs}
}

type keptRoom struct{ tallest float32 }

func (k *keptRoom) MinSize(objs []fyne.CanvasObject) fyne.Size {
	min := layout.NewVBoxLayout().MinSize(objs)
	if k.tallest == 0 {
		k.tallest = min.Height + widget.NewButton("", nil).MinSize().Height + theme.Padding()
	}
	k.tallest = max(k.tallest, min.Height)
	return fyne.NewSize(min.Width, k.tallest)
}

func (k *keptRoom) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	layout.NewVBoxLayout().Layout(objs, size)
}
