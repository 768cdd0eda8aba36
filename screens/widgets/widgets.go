// Package widgets holds small building blocks the screens share.
package widgets

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// Heading is a screen or section title.
func Heading(text string) *widget.Label {
	l := widget.NewLabelWithStyle(text, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	l.SizeName = theme.SizeNameSubHeadingText
	l.Wrapping = fyne.TextWrapWord
	return l
}

// Para is a paragraph of wrapped body text.
func Para(text string) *widget.Label {
	l := widget.NewLabel(text)
	l.Wrapping = fyne.TextWrapWord
	return l
}

// SetVisible shows or hides o, redrawing only when that changes: a list
// row that hid a part and showed it again on every update would lay out
// its text twice for nothing.
func SetVisible(o fyne.CanvasObject, visible bool) {
	switch {
	case visible && !o.Visible():
		o.Show()
	case !visible && o.Visible():
		o.Hide()
	}
}

// EmptyState is what a screen shows when there is nothing in it yet: an
// icon, a short title, a sentence on what goes here and, optionally, the
// button that starts it.
func EmptyState(icon fyne.Resource, title, body string, action *widget.Button) fyne.CanvasObject {
	img := widget.NewIcon(icon)
	t := widget.NewLabelWithStyle(title, fyne.TextAlignCenter, fyne.TextStyle{Bold: true})
	t.Wrapping = fyne.TextWrapWord
	b := widget.NewLabelWithStyle(body, fyne.TextAlignCenter, fyne.TextStyle{})
	b.Wrapping = fyne.TextWrapWord
	items := []fyne.CanvasObject{container.NewCenter(container.NewGridWrap(fyne.NewSquareSize(64), img)), t, b}
	if action != nil {
		items = append(items, container.NewCenter(action))
	}
	return container.New(emptyLayout{}, container.NewVBox(items...))
}

// Page wraps a screen's content with padding and a vertical scroll, for
// screens that are a column of sections rather than one long list.
func Page(objects ...fyne.CanvasObject) fyne.CanvasObject {
	return container.NewVScroll(Column(container.NewPadded(container.NewVBox(objects...))))
}

// readableWidth is the widest a column of text should grow at the usual
// text size: longer lines are hard to read. It grows with the text, so
// a line holds as many words at 200% (there a fixed width squeezed Who
// to call into a narrow column, each name wrapped over five lines).
const readableWidth = 820

// usualText is the theme's text size at 100%.
const usualText = 14

func readableAt() float32 {
	return readableWidth * max(1, theme.TextSize()/usualText)
}

// columnLayout centres one object and caps its width at readableWidth.
type columnLayout struct{}

func (columnLayout) MinSize(objs []fyne.CanvasObject) fyne.Size {
	return objs[0].MinSize()
}

func (columnLayout) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	w := fyne.Min(size.Width, readableAt())
	objs[0].Resize(fyne.NewSize(w, size.Height))
	objs[0].Move(fyne.NewPos((size.Width-w)/2, 0))
}

// Column centres content in a readable width.
func Column(content fyne.CanvasObject) fyne.CanvasObject {
	return container.New(columnLayout{}, content)
}

// Problem is an inline message under a field saying what to fix, in the
// theme's error colour. Its line is kept even while it is empty, so a
// message appearing never moves what is below it (a click or a keystroke
// would land in the wrong field).
func Problem() *widget.Label {
	l := Para("")
	l.Importance = widget.DangerImportance
	return l
}

// SetProblem shows msg in a Problem label, or empties it when msg is "".
// A label hidden by its screen shows again when it has something to say.
func SetProblem(l *widget.Label, msg string) {
	if l.Text != msg {
		l.SetText(msg)
	}
	if msg != "" && l.Hidden {
		l.Show()
	}
}

// Card is a card whose words under the title wrap: a card's own subtitle
// never wraps, and a long one widens the page past a small window.
func Card(title, intro string, content fyne.CanvasObject) *widget.Card {
	if intro == "" {
		return widget.NewCard(title, "", content)
	}
	return widget.NewCard(title, "", container.NewVBox(Para(intro), content))
}

// emptyLayout centres an empty state, at most 460 wide: narrower when the
// window is, so it never widens a screen (its words wrap instead).
type emptyLayout struct{}

const emptyWidth = 460

func (emptyLayout) MinSize(objs []fyne.CanvasObject) fyne.Size { return objs[0].MinSize() }

func (emptyLayout) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	w := fyne.Min(size.Width, emptyWidth)
	objs[0].Resize(fyne.NewSize(w, objs[0].MinSize().Height))
	h := objs[0].MinSize().Height // at the new width
	objs[0].Resize(fyne.NewSize(w, h))
	objs[0].Move(fyne.NewPos((size.Width-w)/2, fyne.Max(0, (size.Height-h)/2)))
}

// WrapRow lays objs out in a row that wraps onto more rows when the
// window is narrow or the text large, so a row of buttons never widens
// the screen past its edge.
func WrapRow(objs ...fyne.CanvasObject) *fyne.Container {
	return container.New(layout.NewRowWrapLayout(), objs...)
}

// largeText is the text size (Fyne units) from which forms put each
// label above its field: 160% of Fyne's usual 14.
const largeText = 14 * 1.6

// NewForm is widget.NewForm with each label above its field when the
// text is large (Settings: 175% and 200%), where a label and a field side
// by side would not fit a small laptop's width.
func NewForm(items ...*widget.FormItem) *widget.Form {
	f := widget.NewForm(items...)
	if theme.TextSize() >= largeText {
		f.Orientation = widget.Vertical
	}
	return f
}
