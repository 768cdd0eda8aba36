package widgets

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// Line is one line of text cut with an ellipsis to fit, for the rows of a
// long list. It looks exactly like a widget.Label with Truncation set to
// TextTruncateEllipsis (a Label is a RichText with one such segment), but
// costs half as much to change: cutting text to fit shapes all of it with
// HarfBuzz, uncached, and a Label does that twice on every SetText (once
// itself, once in its renderer). A list redraws each visible row on every
// keystroke of a filter, so Line cuts once per change, and not at all when
// a row is given the text it already shows.
type Line struct {
	widget.RichText
	seg *widget.TextSegment
}

// NewLine makes a line of text in style, at the theme's size sizeName
// ("" for body text).
func NewLine(text string, style fyne.TextStyle, sizeName fyne.ThemeSizeName) *Line {
	if sizeName == "" {
		sizeName = theme.SizeNameText
	}
	seg := &widget.TextSegment{Text: text, Style: widget.RichTextStyle{
		Inline: true, ColorName: theme.ColorNameForeground, TextStyle: style, SizeName: sizeName}}
	l := &Line{seg: seg}
	l.Segments = []widget.RichTextSegment{seg}
	l.Truncation = fyne.TextTruncateEllipsis
	l.Scroll = container.ScrollNone // as widget.NewRichText: the zero value scrolls
	l.ExtendBaseWidget(l)
	return l
}

// Text is the whole text, as set (not as cut to fit).
func (l *Line) Text() string { return l.seg.Text }

// SetText shows text, redrawing only when it changed.
func (l *Line) SetText(text string) {
	if text == l.seg.Text {
		return
	}
	l.seg.Text = text
	l.Refresh()
}

// Set changes the text and its style together, with one redraw at most.
func (l *Line) Set(text string, style fyne.TextStyle) {
	if text == l.seg.Text && style == l.seg.Style.TextStyle {
		return
	}
	l.seg.Text, l.seg.Style.TextStyle = text, style
	l.Refresh()
}
