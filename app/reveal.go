package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"family-online-safety/screens/widgets"
)

// Fyne moves the focus on Tab but does not scroll to it: the focused
// control could sit below the window's edge, out of sight. After each
// Tab (the input hook tells FocusMoved) every scroll area round the
// focused control scrolls just enough to show it, innermost first.

// revealMargin is the room kept round a control scrolled into view.
const revealMargin = 8

// FocusMoved scrolls the focused control into view.
func (a *App) FocusMoved() {
	if a.exited {
		return
	}
	revealFocused(a.win.Canvas())
}

// revealFocused scrolls every scroll area round c's focused control so
// that it shows.
func revealFocused(c fyne.Canvas) {
	f, ok := c.Focused().(fyne.CanvasObject)
	if !ok || f == nil {
		return
	}
	roots := append([]fyne.CanvasObject{c.Content()}, c.Overlays().List()...)
	for _, root := range roots {
		if path := pathTo(root, f); path != nil {
			for i := len(path) - 1; i >= 0; i-- {
				if s, ok := path[i].(*container.Scroll); ok {
					scrollToShow(s, f)
				}
			}
			return
		}
	}
	// A control inside a widget (a selectable label's text) is not among
	// the parts: the scroll areas whose content holds it are found by
	// where it is, innermost last in the list.
	if len(roots) > 0 {
		at := fyne.CurrentApp().Driver().AbsolutePositionForObject(f)
		around := scrollsAt(roots[len(roots)-1], at)
		for i := len(around) - 1; i >= 0; i-- {
			scrollToShow(around[i], f)
		}
	}
}

// scrollsAt is the scroll areas under root whose content covers the
// window's point at, outermost first.
func scrollsAt(root fyne.CanvasObject, at fyne.Position) []*container.Scroll {
	if root == nil || !root.Visible() {
		return nil
	}
	var out []*container.Scroll
	if s, ok := root.(*container.Scroll); ok {
		pos, size := fyne.CurrentApp().Driver().AbsolutePositionForObject(s.Content), s.Content.Size()
		if at.X < pos.X || at.Y < pos.Y || at.X >= pos.X+size.Width || at.Y >= pos.Y+size.Height {
			return nil
		}
		out = append(out, s)
	}
	for _, child := range partsOf(root) {
		out = append(out, scrollsAt(child, at)...)
	}
	return out
}

// scrollToShow scrolls s so that o, inside it, shows whole (or its top,
// when it is taller than s).
func scrollToShow(s *container.Scroll, o fyne.CanvasObject) {
	d := fyne.CurrentApp().Driver()
	at := d.AbsolutePositionForObject(o).Subtract(d.AbsolutePositionForObject(s))
	off, view, size := s.Offset, s.Size(), o.Size()
	top, bottom := at.Y-revealMargin, at.Y+size.Height+revealMargin
	switch {
	case top < 0 || size.Height+2*revealMargin > view.Height:
		off.Y += top
	case bottom > view.Height:
		off.Y += bottom - view.Height
	}
	left, right := at.X-revealMargin, at.X+size.Width+revealMargin
	switch {
	case left < 0 || size.Width+2*revealMargin > view.Width:
		off.X += left
	case right > view.Width:
		off.X += right - view.Width
	}
	if off != s.Offset {
		s.ScrollToOffset(off) // kept within the content by Fyne
	}
}

// pathTo is the chain of containers from root down to o (root first, o
// last), through the containers screens and dialogs are built from, or
// nil when o is not under root.
func pathTo(root, o fyne.CanvasObject) []fyne.CanvasObject {
	if root == nil {
		return nil
	}
	if root == o {
		return []fyne.CanvasObject{o}
	}
	for _, child := range partsOf(root) {
		if p := pathTo(child, o); p != nil {
			return append([]fyne.CanvasObject{root}, p...)
		}
	}
	return nil
}

// partsOf is the parts of o a focused control may be in.
func partsOf(o fyne.CanvasObject) []fyne.CanvasObject {
	switch o := o.(type) {
	case *fyne.Container:
		return o.Objects
	case *container.Scroll:
		return []fyne.CanvasObject{o.Content}
	case *container.Split:
		return []fyne.CanvasObject{o.Leading, o.Trailing}
	case *widgets.Tabs:
		if cur := o.Selected(); cur != nil {
			return []fyne.CanvasObject{cur.Content}
		}
	case *widget.Card:
		return []fyne.CanvasObject{o.Content}
	case *widgets.List:
		if s := o.Scroller(); s != nil {
			return []fyne.CanvasObject{s}
		}
	case *cappedScroll: // a dialog's body (dialogfit.go)
		return []fyne.CanvasObject{o.scroll}
	case *widget.PopUp:
		return []fyne.CanvasObject{o.Content}
	case *widget.Form:
		out := make([]fyne.CanvasObject, 0, len(o.Items))
		for _, item := range o.Items {
			out = append(out, item.Widget)
		}
		return out
	}
	if in := overlayContent(o); in != nil { // Fyne's overlay round a framed dialog
		return []fyne.CanvasObject{in}
	}
	return nil
}
