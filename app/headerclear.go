package app

import (
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// Fyne moves a drop-down's list up until it fits the window: a long one
// (the years a child may be born in) was drawn over the header, Quick
// exit and Get help now out of sight under it, and a click where Quick
// exit always is picked a year instead. Now a press there is always
// theirs (pressedOn), and after each press and key (the input hook
// tells InputDone), and then every dropWatchEvery while a drop-down's
// list is open (Fyne puts it back when the pointer leaves the
// drop-down), a list drawn over either button is moved down below them
// and made shorter: it scrolls.

// dropWatchEvery is how often an open drop-down's list is kept off the
// header.
const dropWatchEvery = 50 * time.Millisecond

// InputDone is told by the window's input hook once Fyne has handled a
// press, a release or a key.
func (a *App) InputDone() {
	if a.exited {
		return
	}
	if a.pressed.f != nil {
		a.keepPlace() // keyplace.go
	}
	if !keepHeaderClear(a.win.Canvas(), a.guarded()) || a.dropWatch {
		return
	}
	a.dropWatch = true
	var watch func()
	watch = func() {
		if a.exited || !keepHeaderClear(a.win.Canvas(), a.guarded()) {
			a.dropWatch = false
			return
		}
		a.after(dropWatchEvery, watch)
	}
	a.after(dropWatchEvery, watch)
}

// keepHeaderClear moves each drop-down list of c drawn over one of the
// buttons down below them all, as tall as the room under them allows.
// It reports whether a drop-down's list is open.
func keepHeaderClear(c fyne.Canvas, buttons []guarded) bool {
	d := fyne.CurrentApp().Driver()
	var rects []fyne.Position // each button's top left and bottom right
	bottom := float32(0)
	for _, g := range buttons {
		if g.obj == nil || !g.obj.Visible() || d.CanvasForObject(g.obj) != c {
			continue
		}
		at := d.AbsolutePositionForObject(g.obj)
		end := at.Add(g.obj.Size())
		rects = append(rects, at, end)
		bottom = max(bottom, end.Y)
	}
	open := false
	for _, o := range c.Overlays().List() {
		m, ok := overlayContent(o).(*widget.PopUpMenu)
		if !ok || !o.Visible() || !m.Visible() {
			continue
		}
		open = true
		pos, size := m.Position(), m.Size()
		if !covers(pos, pos.Add(size), rects) {
			continue
		}
		top := bottom + theme.Padding()
		// The menu's own Move would put it back up to fit its old height,
		// and its height follows the room under where it is: moved first
		// (as a plain widget), then sized, it scrolls in that room.
		m.Menu.Move(fyne.NewPos(pos.X, top))
		m.Resize(fyne.NewSize(size.Width, max(c.Size().Height-top, 0)).Min(size))
	}
	return open
}

// covers reports whether the box from a to b overlaps any of rects
// (pairs of top left and bottom right).
func covers(a, b fyne.Position, rects []fyne.Position) bool {
	for i := 0; i+1 < len(rects); i += 2 {
		r0, r1 := rects[i], rects[i+1]
		if a.X < r1.X && r0.X < b.X && a.Y < r1.Y && r0.Y < b.Y {
			return true
		}
	}
	return false
}
