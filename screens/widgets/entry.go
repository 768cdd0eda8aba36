package widgets

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"
)

// KeyWatcher is told of every key pressed while a text field has focus.
// The app sets it once at start so that quick exit (Shift pressed three
// times) works while someone is typing: Fyne sends key presses only to
// the focused widget, never to the window, while a field has focus.
var KeyWatcher func(*fyne.KeyEvent)

// Entry is a text field that passes key presses to KeyWatcher.
type Entry struct {
	widget.Entry
}

// NewEntry makes a one-line text field.
func NewEntry() *Entry {
	e := &Entry{}
	e.ExtendBaseWidget(e)
	return e
}

// NewMultiLineEntry makes a text field for notes.
func NewMultiLineEntry() *Entry {
	e := NewEntry()
	e.MultiLine = true
	e.Wrapping = fyne.TextWrapWord
	return e
}

// KeyDown reports the key, then lets the field handle it.
func (e *Entry) KeyDown(k *fyne.KeyEvent) {
	if KeyWatcher != nil {
		KeyWatcher(k)
	}
	e.Entry.KeyDown(k)
}
