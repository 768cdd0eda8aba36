package widgets

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/widget"
)

// TipButton is a button that shows a short tip under itself while the
// pointer rests on it (Fyne has no tooltips).
type TipButton struct {
	widget.Button
	Tip string

	popup *widget.PopUp
}

// NewTipButton makes a button with a tip.
func NewTipButton(label string, icon fyne.Resource, tip string, tapped func()) *TipButton {
	b := &TipButton{Tip: tip}
	b.Text, b.Icon, b.OnTapped = label, icon, tapped
	b.ExtendBaseWidget(b)
	return b
}

// MouseIn shows the tip.
func (b *TipButton) MouseIn(e *desktop.MouseEvent) {
	b.Button.MouseIn(e)
	b.showTip()
}

// MouseOut hides the tip.
func (b *TipButton) MouseOut() {
	b.Button.MouseOut()
	b.hideTip()
}

// FocusGained does not show the tip: a pop-up takes the keyboard focus
// with it, and Tab would be stuck in the tip. The shortcut is in the
// window's menu too.
func (b *TipButton) FocusGained() {
	b.Button.FocusGained()
}

// FocusLost hides the tip.
func (b *TipButton) FocusLost() {
	b.Button.FocusLost()
	b.hideTip()
}

// Tapped hides the tip before acting, so it never outlives the click.
func (b *TipButton) Tapped(e *fyne.PointEvent) {
	b.hideTip()
	b.Button.Tapped(e)
}

// TipShown reports whether the tip is on screen.
func (b *TipButton) TipShown() bool { return b.popup != nil && b.popup.Visible() }

func (b *TipButton) showTip() {
	c := fyne.CurrentApp().Driver().CanvasForObject(b)
	if c == nil || b.Tip == "" {
		return
	}
	if b.popup == nil {
		b.popup = widget.NewPopUp(widget.NewLabel(b.Tip), c)
	}
	pos := fyne.CurrentApp().Driver().AbsolutePositionForObject(b)
	size := b.popup.MinSize()
	x := pos.X + b.Size().Width - size.Width // right-aligned: the button sits at the window's right edge
	if x < 0 {
		x = 0
	}
	b.popup.ShowAtPosition(fyne.NewPos(x, pos.Y+b.Size().Height))
}

func (b *TipButton) hideTip() {
	if b.popup != nil {
		b.popup.Hide()
	}
}
