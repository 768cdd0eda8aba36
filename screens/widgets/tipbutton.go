package widgets

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// TipButton is a button that shows a short tip under itself while the
// pointer rests on it (Fyne has no tooltips). The tip is drawn in the
// window's tip layer (WithTips), never as a pop-up: a pop-up takes the
// next click to close itself, so a person resting on Quick exit had to
// click twice. The layer is made of plain shapes and text, which no click
// or key ever reaches.
type TipButton struct {
	widget.Button
	Tip string
	// Keyed says, while OnTapped runs, whether the button was pressed
	// from the keyboard (Space or Enter with the focus on it): Fyne's
	// button gives the focus up before it acts, and a screen that puts
	// the focus back somewhere sensible needs to know.
	Keyed bool

	shown, focused bool
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

// FocusGained shows the tip too: it takes nothing from the keyboard.
func (b *TipButton) FocusGained() {
	b.focused = true
	b.Button.FocusGained()
	b.showTip()
}

// FocusLost hides the tip.
func (b *TipButton) FocusLost() {
	b.focused = false
	b.Button.FocusLost()
	b.hideTip()
}

// Tapped hides the tip before acting, so it never outlives the click.
func (b *TipButton) Tapped(e *fyne.PointEvent) {
	b.hideTip()
	b.Keyed = b.focused
	defer func() { b.Keyed = false }()
	b.Button.Tapped(e)
}

// TypedKey presses the button with Space, through Tapped (Fyne's calls
// its own, past the tip and Keyed).
func (b *TipButton) TypedKey(e *fyne.KeyEvent) {
	if e.Name == fyne.KeySpace {
		b.Tapped(nil)
		return
	}
	b.Button.TypedKey(e)
}

// TipShown reports whether the tip is on screen.
func (b *TipButton) TipShown() bool {
	l := layerFor(b)
	return b.shown && l != nil && l.owner == b && l.box.Visible()
}

// ShownTip is the text of the tip on show for b ("" when none).
func (b *TipButton) ShownTip() string {
	if !b.TipShown() {
		return ""
	}
	return layerFor(b).text.Text
}

func (b *TipButton) showTip() {
	l := layerFor(b)
	if l == nil || b.Tip == "" {
		return
	}
	l.show(b, b.Tip)
	b.shown = true
}

func (b *TipButton) hideTip() {
	if !b.shown {
		return
	}
	b.shown = false
	if l := layerFor(b); l != nil && l.owner == b {
		l.hide()
	}
}

// TipLayer is the window's layer for tips: above the content, below any
// dialog or pop-up, and with nothing in it that takes a click. It is the
// second of the two objects of the window's content (WithTips), where a
// TipButton finds it.
type TipLayer struct {
	widget.BaseWidget
	layer *fyne.Container
	box   *fyne.Container
	bg    *canvas.Rectangle
	text  *canvas.Text
	owner *TipButton
	// scrolled: the window's screens sit in a scroll area, so a tab bar
	// may be taller than what is left for it (screenheight.go)
	scrolled bool
}

// WithTips puts a tip layer over content, for the TipButtons in it; the
// result is to be the window's content.
func WithTips(content fyne.CanvasObject) fyne.CanvasObject {
	l := &TipLayer{bg: canvas.NewRectangle(theme.Color(theme.ColorNameOverlayBackground)), text: canvas.NewText("", theme.Color(theme.ColorNameForeground))}
	l.bg.StrokeColor = theme.Color(theme.ColorNameShadow)
	l.bg.StrokeWidth = 1
	l.bg.CornerRadius = theme.InputRadiusSize()
	l.box = container.NewStack(l.bg, container.NewPadded(l.text))
	l.box.Hide()
	l.layer = container.NewWithoutLayout(l.box)
	l.ExtendBaseWidget(l)
	return container.NewStack(content, l)
}

// CreateRenderer draws the layer.
func (l *TipLayer) CreateRenderer() fyne.WidgetRenderer { return widget.NewSimpleRenderer(l.layer) }

// layerFor is the tip layer in b's window, if it has one.
func layerFor(b fyne.CanvasObject) *TipLayer {
	c := fyne.CurrentApp().Driver().CanvasForObject(b)
	if c == nil {
		return nil
	}
	if root, ok := c.Content().(*fyne.Container); ok && len(root.Objects) == 2 {
		l, _ := root.Objects[1].(*TipLayer)
		return l
	}
	return nil
}

// show puts text under b, right-aligned with it (the header's buttons
// sit at the window's right edge), kept inside the window.
func (l *TipLayer) show(b *TipButton, text string) {
	d := fyne.CurrentApp().Driver()
	l.owner = b
	l.text.Text = text
	l.text.TextSize = theme.TextSize()
	l.text.Color = theme.Color(theme.ColorNameForeground)
	l.bg.FillColor = theme.Color(theme.ColorNameOverlayBackground)
	size := l.box.MinSize()
	at := d.AbsolutePositionForObject(b).Subtract(d.AbsolutePositionForObject(l))
	x := min(at.X+b.Size().Width-size.Width, l.Size().Width-size.Width)
	l.box.Move(fyne.NewPos(max(0, x), at.Y+b.Size().Height))
	l.box.Resize(size)
	l.box.Show()
	l.text.Refresh()
	l.bg.Refresh()
	l.Refresh()
}

func (l *TipLayer) hide() {
	l.owner = nil
	l.box.Hide()
	l.Refresh()
}

// HideTips takes away the tip on show in c's window, if any: the pointer
// has left the window, and Fyne tells no button it went, so a tip stayed
// over the header until the pointer came back.
func HideTips(c fyne.Canvas) {
	root, ok := c.Content().(*fyne.Container)
	if !ok || len(root.Objects) != 2 {
		return
	}
	if l, ok := root.Objects[1].(*TipLayer); ok && l.owner != nil {
		l.owner.shown = false
		l.hide()
	}
}

// ScrolledScreens marks root, made by WithTips, as a window whose
// screens sit in a scroll area: there, in a short window, a tab bar is
// made tall enough to read its content (screenheight.go). Elsewhere (a
// window sized by what it shows) it would grow the window instead.
func ScrolledScreens(root fyne.CanvasObject) fyne.CanvasObject {
	if c, ok := root.(*fyne.Container); ok && len(c.Objects) == 2 {
		if l, ok := c.Objects[1].(*TipLayer); ok {
			l.scrolled = true
		}
	}
	return root
}
