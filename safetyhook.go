package main

import (
	"log"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"github.com/go-gl/glfw/v3.4/glfw"

	"family-online-safety/app"
)

// Fyne hands a click to the top pop-up or dialog only and a key to the
// focused widget only, so with a drop-down or a date picker open the
// first click on Quick exit merely closed it, and Shift reached no one
// while a button had the focus. The window's own GLFW callbacks are
// therefore wrapped: every key and every press of the main button goes
// first to the window's app.Guard (the app, or the start-up problem
// window), then, unless the Guard acted on it, to Fyne as before.

// hook is the window's input hook; guard is who it asks.
type hook struct {
	guard  app.Guard
	canvas fyne.Canvas
	taken  bool // the last press went to the guard: so does its release
	// dropSpace: the Space just pressed moved the focus; its character,
	// which comes next, is not handed on
	dropSpace bool
	ptr       pointer

	fyneButtons glfw.MouseButtonCallback // Fyne's own
	fyneKeys    glfw.KeyCallback
}

// button hands a press or a release of a mouse button to the guard
// first, then to Fyne.
func (h *hook) button(v *glfw.Window, b glfw.MouseButton, act glfw.Action, mods glfw.ModifierKey) {
	if act == glfw.Press {
		h.pointerUsed()
	}
	if h.press(v, b, act) {
		return
	}
	left := b == glfw.MouseButtonLeft
	if left && act == glfw.Press {
		h.ptr.down(h.fynePos(v))
	}
	if h.fyneButtons != nil {
		h.fyneButtons(v, b, act, mods)
	}
	if left && act == glfw.Release {
		h.ptr.up(v)
	}
	h.inputDone()
}

// installHook wraps w's key and mouse button callbacks. It must run on
// Fyne's main thread once the window is shown. It reports false where it
// cannot (another driver): the keys and clicks then go through Fyne only.
func installHook(w fyne.Window) (h *hook, ok bool) {
	ctx, isGLFW := w.(interface{ RunWithContext(func()) })
	if !isGLFW {
		return nil, false
	}
	var view *glfw.Window
	func() {
		defer func() {
			if recover() != nil {
				view = nil // the window has no view yet
			}
		}()
		ctx.RunWithContext(func() { view = glfw.GetCurrentContext() })
	}()
	if view == nil {
		log.Print("family-online-safety: no input hook: the window has no GLFW view")
		return nil, false
	}
	h = &hook{canvas: w.Canvas()}
	h.fyneKeys = view.SetKeyCallback(h.key)
	h.dropSpaceChar(view)
	h.fyneButtons = view.SetMouseButtonCallback(h.button)
	h.holdPointer(view)
	h.passWheel(view)
	h.watchLeave(view)
	return h, true
}

// key hands a key to the guard first, then to Fyne.
func (h *hook) key(v *glfw.Window, k glfw.Key, sc int, act glfw.Action, mods glfw.ModifierKey) {
	h.dropSpace = false
	space := k == glfw.KeySpace && act == glfw.Press
	var before fyne.Focusable
	if space {
		before = h.canvas.Focused()
	}
	copying := act == glfw.Press && h.guard != nil && copies(k, mods)
	if act == glfw.Press && h.guard != nil {
		h.guard.KeyPressed(keyName(k))
	}
	if copying {
		h.guard.KeyPressed(app.KeyCopying)
	}
	if h.fyneKeys != nil {
		h.fyneKeys(v, k, sc, act, mods)
	}
	if copying {
		h.guard.KeyPressed(app.KeyCopied) // after Fyne: the text is there now
	}
	if k == glfw.KeyTab && act != glfw.Release {
		h.focusMoved()
	}
	if act != glfw.Release {
		h.inputDone()
	}
	// A Space that pressed a button which put the focus elsewhere (a
	// dialog's or a form's first field) has done its work: its character
	// must not also be typed or tick a box there.
	h.dropSpace = space && h.canvas.Focused() != before
}

// dropSpaceChar wraps the window's typed characters: the one of a Space
// that moved the focus (key) is not handed on to Fyne.
func (h *hook) dropSpaceChar(view *glfw.Window) {
	var chars glfw.CharCallback
	chars = view.SetCharCallback(func(v *glfw.Window, ch rune) {
		drop := h.dropSpace && ch == ' '
		h.dropSpace = false
		if !drop && chars != nil {
			chars(v, ch)
		}
	})
}

// press reports whether the guard takes this press or release.
func (h *hook) press(v *glfw.Window, b glfw.MouseButton, act glfw.Action) bool {
	if b != glfw.MouseButtonLeft || h.guard == nil {
		return false
	}
	if act == glfw.Release {
		taken := h.taken
		h.taken = false
		return taken
	}
	h.taken = h.guard.PressAt(h.fynePos(v))
	return h.taken
}

// fynePos is where the pointer is in v, in the window's units.
func (h *hook) fynePos(v *glfw.Window) fyne.Position {
	x, y := v.GetCursorPos()
	scale := h.canvas.Scale()
	if scale <= 0 {
		scale = 1
	}
	// The same sum as Fyne's own for the pointer (scale.ToFyneCoordinate).
	return fyne.NewPos(float32(int(x))/scale, float32(int(y))/scale)
}

// focusMoved tells the guard, if it wants to know, that Tab has moved
// the focus (Fyne has done so by now): the app scrolls it into view.
func (h *hook) focusMoved() {
	if g, ok := h.guard.(interface{ FocusMoved() }); ok {
		g.FocusMoved()
	}
}

// pointerUsed tells the guard, if it wants to know, of a press of a
// mouse button or a turn of the wheel: a Shift held for it is no press
// towards a quick exit.
func (h *hook) pointerUsed() {
	if g, ok := h.guard.(interface{ PointerUsed() }); ok {
		g.PointerUsed()
	}
}

// inputDone tells the guard, if it wants to know, that Fyne has handled
// a press, a release or a key: a drop-down's list it opened over the
// header is moved off the header's buttons.
func (h *hook) inputDone() {
	if g, ok := h.guard.(interface{ InputDone() }); ok {
		g.InputDone()
	}
}

// use makes g the one the hook asks, and tells it.
func (h *hook) use(g interface {
	app.Guard
	Hooked()
}) {
	if h == nil {
		return
	}
	h.guard = g
	g.Hooked()
}

// copies reports whether k with mods is a copy or a cut: Ctrl+C, Ctrl+X,
// Ctrl+Insert or Shift+Delete (Cmd on a Mac).
func copies(k glfw.Key, mods glfw.ModifierKey) bool {
	cmd := mods&(glfw.ModControl|glfw.ModSuper) != 0
	switch k {
	case glfw.KeyC, glfw.KeyX:
		return cmd
	case glfw.KeyInsert:
		return mods&glfw.ModControl != 0
	case glfw.KeyDelete:
		return mods&glfw.ModShift != 0
	}
	return false
}

// keyName is the name of the keys a Guard tells apart.
func keyName(k glfw.Key) fyne.KeyName {
	switch k {
	case glfw.KeyLeftShift:
		return desktop.KeyShiftLeft
	case glfw.KeyRightShift:
		return desktop.KeyShiftRight
	case glfw.KeyEscape:
		return fyne.KeyEscape
	case glfw.KeySpace: // a button pressed from the keyboard (app.KeyPressed)
		return fyne.KeySpace
	case glfw.KeyEnter:
		return fyne.KeyReturn
	case glfw.KeyKPEnter:
		return fyne.KeyEnter
	}
	return ""
}
