package screens

import (
	"reflect"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"family-online-safety/screens/widgets"
)

// FocusOn gives f the keyboard focus, once it is in a window, and
// scrolls it into view (a form filled by a button far above it was out
// of sight with the keyboard in it); a nil f or one not shown yet is
// left alone.
func FocusOn(f fyne.Focusable) {
	o, ok := f.(fyne.CanvasObject)
	if !ok || f == nil {
		return
	}
	d := fyne.CurrentApp().Driver()
	if c := d.CanvasForObject(o); c != nil {
		c.Focus(f)
		Reveal(o)
		return
	}
	// Put in the window just now (a form shown by the key that asked for
	// it), it is known to no canvas until the window is next drawn: the
	// window that holds it takes the focus.
	for _, w := range d.AllWindows() {
		if holds(w.Canvas(), o) {
			w.Canvas().Focus(f)
			return
		}
	}
}

// HasFocus reports whether f holds its window's keyboard focus (so a
// part built again can take it back with FocusOn).
func HasFocus(f fyne.Focusable) bool {
	o, ok := f.(fyne.CanvasObject)
	if !ok || f == nil {
		return false
	}
	c := fyne.CurrentApp().Driver().CanvasForObject(o)
	return c != nil && c.Focused() == f
}

// holds reports whether o is in c's content or one of its overlays.
func holds(c fyne.Canvas, o fyne.CanvasObject) bool {
	roots := append([]fyne.CanvasObject{c.Content()}, c.Overlays().List()...)
	for _, root := range roots {
		if contains(root, o) {
			return true
		}
	}
	return false
}

// contains reports whether o is root or inside it, through containers,
// scroll areas, splits, tabs and cards (where a form's fields are).
func contains(root, o fyne.CanvasObject) bool {
	if root == nil {
		return false
	}
	if root == o {
		return true
	}
	for _, p := range parts(root) {
		if contains(p, o) {
			return true
		}
	}
	return false
}

// parts is what root shows inside it: through containers, scroll areas,
// splits, tabs and cards (where a form's fields are).
func parts(root fyne.CanvasObject) []fyne.CanvasObject {
	var parts []fyne.CanvasObject
	switch r := root.(type) {
	case *fyne.Container:
		parts = r.Objects
	case *container.Scroll:
		parts = []fyne.CanvasObject{r.Content}
	case *container.Split:
		parts = []fyne.CanvasObject{r.Leading, r.Trailing}
	case *widgets.Tabs:
		for _, item := range r.Items {
			parts = append(parts, item.Content)
		}
	case *widget.Card:
		parts = []fyne.CanvasObject{r.Content}
	case *widget.Form:
		for _, item := range r.Items {
			parts = append(parts, item.Widget)
		}
	case *widget.PopUp:
		parts = []fyne.CanvasObject{r.Content}
	case interface{ Parts() []fyne.CanvasObject }: // a dialog's scrolling body
		parts = r.Parts()
	default:
		parts = overlayParts(root)
	}
	return parts
}

// overlayParts is what Fyne's overlay container (round a dialog's
// pop-up) holds, or nil for anything else.
func overlayParts(o fyne.CanvasObject) []fyne.CanvasObject {
	v := reflect.ValueOf(o)
	if v.Kind() != reflect.Pointer || v.Elem().Kind() != reflect.Struct {
		return nil
	}
	f := v.Elem().FieldByName("Content")
	if !f.IsValid() || !f.CanInterface() {
		return nil
	}
	if in, ok := f.Interface().(fyne.CanvasObject); ok && in != nil {
		return []fyne.CanvasObject{in}
	}
	return nil
}

// ShowTop scrolls each scroll area around o, once it is in a window, so
// o's top is in sight when it was above the view: a view put in place of
// a longer one (an app's note for the list) shows its start, not the
// blank past its end.
func ShowTop(o fyne.CanvasObject) {
	d := fyne.CurrentApp().Driver()
	c := d.CanvasForObject(o)
	if c == nil || o == nil {
		return
	}
	for _, s := range scrollsAround(c.Content(), o) {
		y := d.AbsolutePositionForObject(o).Y - d.AbsolutePositionForObject(s.Content).Y
		if y < s.Offset.Y {
			s.ScrollToOffset(fyne.NewPos(s.Offset.X, max(0, y)))
		}
	}
}

// revealMargin is the room kept round a control scrolled into view.
const revealMargin = 8

// Reveal scrolls each scroll area round o, innermost first, just enough
// that o shows whole (or its top, when it is taller than the view).
func Reveal(o fyne.CanvasObject) {
	if o != nil {
		revealSpan(o, o.Size().Height)
	}
}

// revealSpan is Reveal for the height from o's top (room below o that
// its content will fill once laid out).
func revealSpan(o fyne.CanvasObject, height float32) {
	d := fyne.CurrentApp().Driver()
	c := d.CanvasForObject(o)
	if c == nil || o == nil {
		return
	}
	roots := append([]fyne.CanvasObject{c.Content()}, c.Overlays().List()...)
	var around []*container.Scroll
	for _, root := range roots {
		if around = scrollsAround(root, o); len(around) > 0 {
			break
		}
	}
	for i := len(around) - 1; i >= 0; i-- {
		s := around[i]
		at := d.AbsolutePositionForObject(o).Y - d.AbsolutePositionForObject(s).Y
		top, bottom := at-revealMargin, at+height+revealMargin
		y := s.Offset.Y
		switch {
		case top < 0 || bottom-top > s.Size().Height:
			y += top
		case bottom > s.Size().Height:
			y += bottom - s.Size().Height
		}
		if y != s.Offset.Y {
			s.ScrollToOffset(fyne.NewPos(s.Offset.X, max(0, y)))
		}
	}
}

// scrollsAround is every scroll area between root and o, outermost first.
func scrollsAround(root, o fyne.CanvasObject) []*container.Scroll {
	var found []*container.Scroll
	var walk func(fyne.CanvasObject) bool
	walk = func(r fyne.CanvasObject) bool {
		if r == o {
			return true
		}
		s, ok := r.(*container.Scroll)
		if ok {
			found = append(found, s)
		}
		for _, p := range parts(r) {
			if walk(p) {
				return true
			}
		}
		if ok {
			found = found[:len(found)-1]
		}
		return false
	}
	walk(root)
	return found
}
