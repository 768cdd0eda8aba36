package children

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"

	"family-online-safety/data"
)

// Handover offers a child's handover pack for another carer (placement
// move, respite, the other parent); screens/sharing makes it.
type Handover interface {
	HandoverButton(child data.Child) fyne.CanvasObject
}

// WithHandover adds the handover pack button to each child's details.
func (c *Screen) WithHandover(h Handover) *Screen {
	c.handover = h
	return c
}

// handoverAction is the child's pack button; nothing without
// WithHandover or for an archived child.
func (c *Screen) handoverAction(child data.Child) fyne.CanvasObject {
	if c.handover == nil || child.Archived {
		return container.NewVBox()
	}
	return container.NewHBox(c.handover.HandoverButton(child))
}
