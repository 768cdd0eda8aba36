package main

import (
	"fyne.io/fyne/v2"
	"github.com/go-gl/glfw/v3.4/glfw"
)

// Fyne lets a text field scrolled out of sight under a tab bar or a
// header take a drag begun there (screens/widgets/hiddenfield.go), and a
// click with the pointer moved by 2 px is a drag to Fyne. So while the
// main button is down after a press that landed on no field but over a
// field's hidden part, the hook keeps the pointer's moves from Fyne: the
// release is then a click on what was pressed (the tab), and the moves
// are handed on after it.

// pointer is the state of the main button and of the held moves.
type pointer struct {
	pressed, asked, holding, moved bool
	at                             fyne.Position // where the press was
	x, y                           float64       // the last held move
	move                           glfw.CursorPosCallback
	ask                            func(fyne.Position) bool
}

// holdPointer wraps the window's pointer moves.
func (h *hook) holdPointer(view *glfw.Window) {
	h.ptr.ask = func(pos fyne.Position) bool {
		g, ok := h.guard.(interface{ HoldsPointer(fyne.Position) bool })
		return ok && g.HoldsPointer(pos)
	}
	h.ptr.move = view.SetCursorPosCallback(func(v *glfw.Window, x, y float64) {
		if h.ptr.holds() {
			h.ptr.x, h.ptr.y, h.ptr.moved = x, y, true
			return
		}
		if h.ptr.move != nil {
			h.ptr.move(v, x, y)
		}
	})
}

// down starts a press at pos, before Fyne has it.
func (p *pointer) down(pos fyne.Position) {
	p.pressed, p.asked, p.holding, p.moved, p.at = true, false, false, false, pos
}

// holds reports whether a move now is kept from Fyne: the first move of
// a press asks whether the press missed a field lying under it.
func (p *pointer) holds() bool {
	if !p.pressed {
		return false
	}
	if !p.asked {
		p.asked = true
		p.holding = p.ask != nil && p.ask(p.at)
	}
	return p.holding
}

// up ends the press, after Fyne has had the release, and hands Fyne the
// last move it was kept from.
func (p *pointer) up(v *glfw.Window) {
	moved := p.holding && p.moved
	p.pressed, p.holding, p.moved = false, false, false
	if moved && p.move != nil {
		p.move(v, p.x, p.y)
	}
}
