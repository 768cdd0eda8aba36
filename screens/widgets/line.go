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
// a row is given the text it already shows. Text that fits is not cut at
// all: Fyne lays out an uncut line without shaping it again, so a row
// whose name fits costs a cached measure rather than a HarfBuzz run on
// each change of width.
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

// Refresh decides again whether the text must be cut: a change of theme
// (a larger text size) can make text that fitted too long.
func (l *Line) Refresh() {
	l.Truncation = l.truncationFor(l.Size().Width)
	l.RichText.Refresh()
}

// Resize cuts the text only if it does not fit the new width.
func (l *Line) Resize(size fyne.Size) {
	if size == l.Size() {
		return
	}
	mode := l.truncationFor(size.Width)
	if mode == l.Truncation {
		l.RichText.Resize(size)
		return
	}
	l.Truncation = mode
	l.RichText.Resize(size)
	if mode == fyne.TextTruncateOff {
		// RichText may have kept the rows it cut for the old width.
		l.RichText.Refresh()
	}
}

// MinSize is a cut line's, whether or not the text is cut now: a row
// never asks to be wider for a name that happens to fit.
func (l *Line) MinSize() fyne.Size {
	min := l.RichText.MinSize()
	if l.Truncation == fyne.TextTruncateOff {
		th := theme.CurrentForWidget(l)
		size := th.Size(theme.SizeNameText)
		min.Width = fyne.MeasureText("M", size, fyne.TextStyle{}).Width +
			fyne.MeasureText("…", size, fyne.TextStyle{}).Width
	}
	return min
}

// truncationFor is Off when the whole text fits in width (measured as
// RichText does, inside its inner padding) and Ellipsis otherwise, or
// while the line has no width yet.
func (l *Line) truncationFor(width float32) fyne.TextTruncation {
	th := theme.CurrentForWidget(l) // not l.Theme(): that is kept from before a change of theme
	room := width - 2*th.Size(theme.SizeNameInnerPadding)
	if room <= 0 {
		return fyne.TextTruncateEllipsis
	}
	text := fyne.MeasureText(l.seg.Text, th.Size(l.seg.Style.SizeName), l.seg.Style.TextStyle)
	if text.Width > room {
		return fyne.TextTruncateEllipsis
	}
	return fyne.TextTruncateOff
}
