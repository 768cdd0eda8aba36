package widgets

import (
	"sync"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/driver/desktop"
)

// Fyne 2.8 finds what the pointer is on by walking the window's objects
// with a clip that each scroll area replaces by its own bounds instead of
// narrowing (internal/driver/util.go, walkObjectTree). A text field's
// text sits in a scroll area of its own, so where a field is scrolled out
// of sight under a tab bar or a header, its text still takes a drag: a
// click on the tab with the pointer moved by 2 px while pressed (which
// Fyne calls a drag) went into the field instead, focused it and let the
// next key pressed change a saved value, and the tab did not change.
// Presses and taps are found right (the field itself is clipped), so the
// window's input hook asks, before it lets the pointer move during a
// press, whether the press landed over a field it did not reach: then it
// holds the pointer still until the button is released, and the release
// is the click on what was under the pointer when it was pressed.

// Fields are the text fields with a renderer, of one window's screens,
// and the one the last press landed on (nil if none). The app owns it;
// a field made without it (Fields nil) is not counted.
type Fields struct {
	mu      sync.Mutex
	live    map[*Entry]struct{}
	pressed *Entry
}

// NewFields makes an empty count of fields.
func NewFields() *Fields { return &Fields{live: map[*Entry]struct{}{}} }

// Count makes f counted by fs from when it is drawn until its renderer
// goes.
func (fs *Fields) Count(f *Entry) *Entry {
	f.fields = fs
	return f
}

// CreateRenderer counts the field as live until its renderer goes.
func (e *Entry) CreateRenderer() fyne.WidgetRenderer {
	if fs := e.fields; fs != nil {
		fs.mu.Lock()
		fs.live[e] = struct{}{}
		fs.mu.Unlock()
	}
	r := &entryRenderer{WidgetRenderer: e.Entry.CreateRenderer(), e: e}
	for _, o := range r.Objects() {
		if s, ok := o.(*container.Scroll); ok {
			e.own = s
		}
	}
	return r
}

type entryRenderer struct {
	fyne.WidgetRenderer
	e *Entry
}

func (r *entryRenderer) Destroy() {
	if fs := r.e.fields; fs != nil {
		fs.mu.Lock()
		delete(fs.live, r.e)
		fs.mu.Unlock()
	}
	r.WidgetRenderer.Destroy()
}

// MouseDown notes that a press landed on the field.
func (e *Entry) MouseDown(m *desktop.MouseEvent) {
	if fs := e.fields; fs != nil {
		fs.mu.Lock()
		fs.pressed = e
		fs.mu.Unlock()
	}
	e.Entry.MouseDown(m)
}

// NewPress forgets which field the last press landed on: call it before
// a press goes to Fyne.
func (fs *Fields) NewPress() {
	fs.mu.Lock()
	fs.pressed = nil
	fs.mu.Unlock()
}

// PressMissed reports whether a press at pos on c (in the window's
// units), once Fyne has had it, landed on no field although a field of c
// lies under pos, scrolled out of sight there. Moved while pressed, the
// pointer would drag in that field.
func (fs *Fields) PressMissed(c fyne.Canvas, pos fyne.Position) bool {
	fs.mu.Lock()
	if fs.pressed != nil {
		fs.mu.Unlock()
		return false
	}
	live := make([]*Entry, 0, len(fs.live))
	for e := range fs.live {
		live = append(live, e)
	}
	fs.mu.Unlock()
	return fs.fieldAt(c, pos, live) != nil
}

// FieldAt is the field of c that lies under pos (in the window's units),
// or nil.
func (fs *Fields) FieldAt(c fyne.Canvas, pos fyne.Position) *Entry {
	fs.mu.Lock()
	live := make([]*Entry, 0, len(fs.live))
	for e := range fs.live {
		live = append(live, e)
	}
	fs.mu.Unlock()
	return fs.fieldAt(c, pos, live)
}

func (fs *Fields) fieldAt(c fyne.Canvas, pos fyne.Position, live []*Entry) *Entry {
	d := fyne.CurrentApp().Driver()
	for _, e := range live {
		if !e.Visible() || d.CanvasForObject(e) != c {
			continue
		}
		at := d.AbsolutePositionForObject(e)
		if at.IsZero() { // not in the window's shown objects
			continue
		}
		size := e.Size()
		if pos.X >= at.X && pos.Y >= at.Y && pos.X < at.X+size.Width && pos.Y < at.Y+size.Height {
			return e
		}
	}
	return nil
}
