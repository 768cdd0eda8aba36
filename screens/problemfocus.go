package screens

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"
)

// A problem said under a field at the foot of the view appeared below
// its edge, out of sight: nothing on screen said the value was refused.
// After a refused Save, GoToFirst takes the keyboard to the first field
// with a problem and shows it with its problem; RevealProblem shows a
// problem said while typing, with the field being typed in.

// GoToFirst gives the keyboard focus to the field of the highest problem
// shown in the window, and scrolls so that the field and its problem
// show (the field first, when both do not fit). Call it after a Save
// that ShowAll or Show refused.
func (p *FieldProblems) GoToFirst() {
	d := fyne.CurrentApp().Driver()
	var first fyne.CanvasObject
	var firstAt fyne.Position
	labels := []*widget.Label{p.Form}
	for _, l := range p.fields {
		labels = append(labels, l)
	}
	for _, l := range labels {
		if l.Text == "" || d.CanvasForObject(l) == nil {
			continue
		}
		at := d.AbsolutePositionForObject(l)
		if first == nil || at.Y < firstAt.Y || (at.Y == firstAt.Y && at.X < firstAt.X) {
			first, firstAt = l, at
		}
	}
	if first == nil {
		return
	}
	c := d.CanvasForObject(first)
	field := fieldBefore(c, first)
	if field != nil {
		c.Focus(field)
	}
	RevealProblem(first)
}

// RevealProblem scrolls problem, a message just said under a field, into
// view, then the focused control (the field typed in) if it went out.
func RevealProblem(problem fyne.CanvasObject) {
	c := fyne.CurrentApp().Driver().CanvasForObject(problem)
	if c == nil {
		return
	}
	// The message's room: its lines, once laid out, may be more than
	// the label's size yet.
	revealSpan(problem, max(problem.Size().Height, problem.MinSize().Height))
	if f, ok := c.Focused().(fyne.CanvasObject); ok && f != nil {
		Reveal(f)
	}
}

// fieldBefore is the control a problem label is said under: the last
// enabled control that takes the focus in what comes before the label
// (or the room holding it) in their container; nil for a field that
// takes no focus itself (a group of choices), not a field further up.
func fieldBefore(c fyne.Canvas, label fyne.CanvasObject) fyne.Focusable {
	roots := append([]fyne.CanvasObject{c.Content()}, c.Overlays().List()...)
	for _, root := range roots {
		path := pathDown(root, label)
		for i := len(path) - 2; i >= max(0, len(path)-3); i-- {
			box, ok := path[i].(*fyne.Container)
			if !ok {
				continue
			}
			for j := indexOf(box.Objects, path[i+1]) - 1; j >= 0; j-- {
				if f := lastFocusable(box.Objects[j]); f != nil {
					return f
				}
			}
		}
	}
	return nil
}

// pathDown is the chain of parts from root to o (root first), or nil.
func pathDown(root, o fyne.CanvasObject) []fyne.CanvasObject {
	if root == nil {
		return nil
	}
	if root == o {
		return []fyne.CanvasObject{o}
	}
	for _, p := range parts(root) {
		if path := pathDown(p, o); path != nil {
			return append([]fyne.CanvasObject{root}, path...)
		}
	}
	return nil
}

func indexOf(objs []fyne.CanvasObject, o fyne.CanvasObject) int {
	for i, in := range objs {
		if in == o {
			return i
		}
	}
	return 0
}

// lastFocusable is the last shown, enabled control under o that takes
// the focus.
func lastFocusable(o fyne.CanvasObject) fyne.Focusable {
	if o == nil || !o.Visible() {
		return nil
	}
	if f, ok := o.(fyne.Focusable); ok {
		if d, ok := o.(fyne.Disableable); !ok || !d.Disabled() {
			return f
		}
	}
	ps := parts(o)
	for i := len(ps) - 1; i >= 0; i-- {
		if f := lastFocusable(ps[i]); f != nil {
			return f
		}
	}
	return nil
}
