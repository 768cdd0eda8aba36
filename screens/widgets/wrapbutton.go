package widgets

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"
)

// WrapButton is a button whose words wrap onto more lines when the room
// is narrow or the text large (Fyne's button keeps them on one line, so
// a long one widened the screen past its edge). It is a widget.Button
// with no words of its own: an icon and a wrapping label are drawn over
// it, and a click on them reaches the button.
type WrapButton struct {
	widget.Button
	Words string
	icon  *widget.Icon
	words *widget.Label
}

// NewWrapButton makes a button with an icon (may be nil) and words.
func NewWrapButton(words string, icon fyne.Resource, tapped func()) *WrapButton {
	b := &WrapButton{Words: words, icon: widget.NewIcon(icon), words: widget.NewLabel(words)}
	b.words.Wrapping = fyne.TextWrapWord
	b.OnTapped = tapped
	if icon == nil {
		b.icon.Hide()
	}
	b.ExtendBaseWidget(b)
	return b
}

// CreateRenderer draws the icon and words over Fyne's button.
func (b *WrapButton) CreateRenderer() fyne.WidgetRenderer {
	face := container.NewBorder(nil, nil, container.NewCenter(b.icon), nil, b.words)
	return &wrapButtonRenderer{WidgetRenderer: b.Button.CreateRenderer(), face: face}
}

// AccessibilityLabel is the button's words.
func (b *WrapButton) AccessibilityLabel() string { return b.Words }

// AccessibilityRole is a button.
func (b *WrapButton) AccessibilityRole() fyne.AccessibleRole { return fyne.AccessibleRoleButton }

type wrapButtonRenderer struct {
	fyne.WidgetRenderer
	face *fyne.Container
}

func (r *wrapButtonRenderer) Objects() []fyne.CanvasObject {
	return append(r.WidgetRenderer.Objects(), r.face)
}

func (r *wrapButtonRenderer) Layout(size fyne.Size) {
	r.WidgetRenderer.Layout(size)
	r.face.Move(fyne.Position{})
	r.face.Resize(size)
}

func (r *wrapButtonRenderer) MinSize() fyne.Size {
	return r.face.MinSize().Max(r.WidgetRenderer.MinSize())
}
