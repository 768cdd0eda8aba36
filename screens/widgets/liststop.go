package widgets

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"
)

// A list whose rows hold controls of their own (a Delete button in each)
// cannot be its own focus stop: Fyne's Shift+Tab visits a focusable
// widget before what is inside it, so it reached the list before its
// rows' buttons, and Shift+Tab was not Tab's reverse. Such a list gives
// its focus to a stop drawn under its rows, first among its parts, as a
// tab bar does (Tabs): Tab goes stop, then the rows' controls, and
// Shift+Tab back the same way.

// HoldsControls makes the list's focus stop a part of it, for a list
// whose rows hold controls. The list itself is then never focused (it
// says it is disabled, which is all Fyne's focus walk asks); its stop
// takes the keys and shows the ring. Call it before the list is shown.
func (l *List) HoldsControls() {
	l.stop = &listStop{list: l}
	l.stop.ExtendBaseWidget(l.stop)
}

// Stop is what the canvas focuses for the list: the list itself, or its
// stop when its rows hold controls.
func (l *List) Stop() fyne.Focusable {
	if l.stop != nil {
		return l.stop
	}
	return l
}

// Disabled keeps a list whose rows hold controls out of Fyne's focus
// walk (its stop is in it instead); any other list is never disabled.
func (l *List) Disabled() bool { return l.stop != nil }

// Enable and Disable do nothing: a list is worked whole or not shown
// (they make Disabled the fyne.Disableable that Fyne's focus walk asks).
func (l *List) Enable() {}

// Disable does nothing (see Enable).
func (l *List) Disable() {}

var _ fyne.Disableable = (*List)(nil)

// listStop takes the focus for its List, under the list's rows.
type listStop struct {
	widget.BaseWidget
	list *List
}

var _ fyne.Focusable = (*listStop)(nil)

func (s *listStop) CreateRenderer() fyne.WidgetRenderer {
	return widget.NewSimpleRenderer(container.NewStack()) // draws nothing: the list's ring shows its focus
}

// FocusGained shows the list's ring and highlighted row.
func (s *listStop) FocusGained() { s.list.FocusGained() }

// FocusLost hides them.
func (s *listStop) FocusLost() { s.list.FocusLost() }

// TypedKey works the list: arrows, Space and Enter.
func (s *listStop) TypedKey(k *fyne.KeyEvent) { s.list.TypedKey(k) }

// TypedRune does nothing, as for the list.
func (s *listStop) TypedRune(rune) {}

// AccessibilityLabel is the list's.
func (s *listStop) AccessibilityLabel() string { return s.list.AccessibilityLabel() }

// AccessibilityRole is the list's.
func (s *listStop) AccessibilityRole() fyne.AccessibleRole { return s.list.AccessibilityRole() }

// listStopRenderer puts the stop first among the list's parts, over
// the whole list and under its rows.
type listStopRenderer struct {
	*ringRenderer
	stop *listStop
}

func (r *listStopRenderer) Objects() []fyne.CanvasObject {
	return append([]fyne.CanvasObject{r.stop}, r.ringRenderer.Objects()...)
}

func (r *listStopRenderer) Layout(size fyne.Size) {
	r.ringRenderer.Layout(size)
	r.stop.Move(fyne.Position{})
	r.stop.Resize(size)
}
