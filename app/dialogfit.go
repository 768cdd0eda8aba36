package app

import (
	"reflect"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// Every dialog opened on the framed window fits under the header: its
// text and fields scroll when the window is small or the text large,
// and its buttons stay in sight. Escape presses its first button (Cancel,
// Close or OK: the one that does nothing), and the keyboard focus goes
// back to where it was when the dialog closes.
//
// Fyne 2.8 makes a dialog as a modal pop-up whose content holds, in
// order, the icon, the background, the dialog's body, its buttons and its
// title (dialog/base.go); the body is what is wrapped here.

const (
	dialogBody    = 2
	dialogButtons = 3
	dialogParts   = 5
)

// dialogPopUp is the modal pop-up of a dialog's overlay, or nil for an
// overlay that is not a dialog.
func dialogPopUp(overlay fyne.CanvasObject) *widget.PopUp {
	pop := overlayPopUp(overlay)
	if pop == nil {
		return nil
	}
	if c, ok := pop.Content.(*fyne.Container); !ok || len(c.Objects) != dialogParts {
		return nil
	}
	return pop
}

// overlayPopUp is the pop-up an overlay holds (Fyne 2.8 wraps a modal
// pop-up in an overlay container), or nil.
func overlayPopUp(overlay fyne.CanvasObject) *widget.PopUp {
	pop, _ := overlayContent(overlay).(*widget.PopUp)
	return pop
}

// overlayContent is what an overlay container of Fyne holds (a pop-up,
// a drop-down's menu), or nil for another kind of overlay.
func overlayContent(overlay fyne.CanvasObject) fyne.CanvasObject {
	v := reflect.ValueOf(overlay)
	if v.Kind() != reflect.Pointer || v.Elem().Kind() != reflect.Struct {
		return nil
	}
	f := v.Elem().FieldByName("Content")
	if !f.IsValid() || !f.CanInterface() {
		return nil
	}
	in, _ := f.Interface().(fyne.CanvasObject)
	return in
}

// fitDialog lets the body of the dialog in pop scroll within room, the
// space under the header.
func fitDialog(pop *widget.PopUp, room func() fyne.Size) {
	parts := pop.Content.(*fyne.Container)
	body := parts.Objects[dialogBody]
	if _, done := body.(*cappedScroll); done {
		return
	}
	whole, inner := parts.MinSize(), body.MinSize()
	pad := 4 * theme.Padding()
	chrome := fyne.NewSize(whole.Width-inner.Width+pad, whole.Height-inner.Height+pad)
	parts.Objects[dialogBody] = newCappedScroll(body, func() fyne.Size { return room().Subtract(chrome) })
}

// cappedScroll shows its body whole when there is room, and scrolls it
// when there is not.
type cappedScroll struct {
	widget.BaseWidget
	body   fyne.CanvasObject
	scroll *container.Scroll
	room   func() fyne.Size
}

func newCappedScroll(body fyne.CanvasObject, room func() fyne.Size) *cappedScroll {
	c := &cappedScroll{body: body, scroll: container.NewScroll(body), room: room}
	c.ExtendBaseWidget(c)
	return c
}

// MinSize is the body's, but no more than the room.
func (c *cappedScroll) MinSize() fyne.Size {
	m, r := c.body.MinSize(), c.room()
	return fyne.NewSize(max(min(m.Width, r.Width), 100), max(min(m.Height, r.Height), 60))
}

// Parts is the scroller, for the screens' helpers that scroll a field
// into view.
func (c *cappedScroll) Parts() []fyne.CanvasObject { return []fyne.CanvasObject{c.scroll} }

// CreateRenderer shows the scroller.
func (c *cappedScroll) CreateRenderer() fyne.WidgetRenderer {
	return widget.NewSimpleRenderer(c.scroll)
}

// dialogRoom is the space for a dialog: the window under the header.
func (a *App) dialogRoom(u underHeader, headerHeight float32) func() fyne.Size {
	return func() fyne.Size {
		s := a.win.Canvas().Size()
		at, _ := u.place(0)
		return fyne.NewSize(s.Width, s.Height-at.Y-headerHeight)
	}
}

// escapeDialog presses the first button of the dialog on top, if it has
// one and it can be pressed; a dialog with no buttons (a "please wait")
// stays.
func (a *App) escapeDialog() bool {
	top := a.win.Canvas().Overlays().Top()
	for inner, frame := range a.framed {
		if frame != top {
			continue
		}
		b := cancelOfFileDialog(inner)
		if pop := dialogPopUp(inner); pop != nil {
			b = firstButton(pop.Content.(*fyne.Container).Objects[dialogButtons])
		}
		if b != nil && !b.Disabled() && b.OnTapped != nil {
			b.OnTapped()
			return true
		}
	}
	return false
}

// setFormEscape keeps the Cancel of the form a screen shows (nil: none).
func (a *App) setFormEscape(cancel func()) { a.formEscape = cancel }

// escapeForm cancels the form the screen shows, if one is open.
func (a *App) escapeForm() {
	if cancel := a.formEscape; cancel != nil {
		a.formEscape = nil
		cancel()
	}
}

// cancelOfFileDialog is the Cancel of Fyne's file dialog (Print, Save
// as PDF, Add to calendar...) when overlay is one: a modal pop-up, not a
// dialog of dialogPopUp's kind, holding a button named Cancel in Fyne's
// words. Fyne's file dialog has no Escape of its own.
func cancelOfFileDialog(overlay fyne.CanvasObject) *widget.Button {
	pop := overlayPopUp(overlay)
	if pop == nil {
		return nil
	}
	var cancel *widget.Button
	walkContainers(pop.Content, func(o fyne.CanvasObject) {
		if b, ok := o.(*widget.Button); ok && cancel == nil && b.Text == lang.L("Cancel") {
			cancel = b
		}
	})
	return cancel
}

// walkContainers visits o and everything in its containers.
func walkContainers(o fyne.CanvasObject, visit func(fyne.CanvasObject)) {
	visit(o)
	if c, ok := o.(*fyne.Container); ok {
		for _, in := range c.Objects {
			walkContainers(in, visit)
		}
	}
}

// firstButton is the first button in o (a dialog's row of buttons).
func firstButton(o fyne.CanvasObject) *widget.Button {
	switch o := o.(type) {
	case *widget.Button:
		return o
	case *fyne.Container:
		for _, c := range o.Objects {
			if b := firstButton(c); b != nil {
				return b
			}
		}
	}
	return nil
}

// AccessibilityLabel is empty: the dialog's body speaks for itself.
func (c *cappedScroll) AccessibilityLabel() string { return "" }

// AccessibilityRole is a container.
func (c *cappedScroll) AccessibilityRole() fyne.AccessibleRole {
	return fyne.AccessibleRoleContainer
}
