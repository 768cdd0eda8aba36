package widgets

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"
)

// Entry is a text field that also tells a watcher of every key pressed.
// Fyne sends key presses only to the focused widget, never to the window,
// while a field has focus; the watcher lets quick exit (Shift pressed
// three times) work while someone is typing.
type Entry struct {
	widget.Entry
	keys func(*fyne.KeyEvent)

	// OnFocus runs when the field gains focus, OnLeave when it loses it
	// (a form runs what it was waiting to save, or puts a value back).
	OnFocus, OnLeave []func()

	// OnCopy is told the text the field put on the clipboard (Ctrl+C,
	// Ctrl+X or the right-click menu), so the app can clear it later.
	OnCopy func(text string)

	fields *Fields // who counts the field (hiddenfield.go), or nil
	// own is the scroll area Fyne keeps the field's text in, once drawn
	own *container.Scroll
}

// NewEntry makes a one-line text field; keys may be nil.
func NewEntry(keys func(*fyne.KeyEvent)) *Entry {
	e := &Entry{keys: keys}
	e.ExtendBaseWidget(e)
	return e
}

// NewMultiLineEntry makes a text field for notes.
func NewMultiLineEntry(keys func(*fyne.KeyEvent)) *Entry {
	e := NewEntry(keys)
	e.MultiLine = true
	e.Wrapping = fyne.TextWrapWord
	return e
}

// AcceptsTab is false even for notes: Tab and Shift+Tab move to the next
// and previous control, as everywhere else; a tab character is never
// typed into (and saved with) the text.
func (e *Entry) AcceptsTab() bool { return false }

// KeyDown reports the key, then lets the field handle it.
func (e *Entry) KeyDown(k *fyne.KeyEvent) {
	if e.keys != nil {
		e.keys(k)
	}
	e.Entry.KeyDown(k)
}

// TypedShortcut lets the field handle a shortcut, then tells OnCopy what
// a copy or a cut put on the clipboard.
func (e *Entry) TypedShortcut(s fyne.Shortcut) {
	e.Entry.TypedShortcut(s)
	if e.OnCopy == nil {
		return
	}
	var cb fyne.Clipboard
	switch sc := s.(type) {
	case *fyne.ShortcutCopy:
		cb = sc.Clipboard
	case *fyne.ShortcutCut:
		cb = sc.Clipboard
	}
	if cb != nil {
		if text := cb.Content(); text != "" {
			e.OnCopy(text)
		}
	}
}

// FocusGained tells OnFocus.
func (e *Entry) FocusGained() {
	e.Entry.FocusGained()
	for _, f := range e.OnFocus {
		f()
	}
}

// FocusLost tells OnLeave.
func (e *Entry) FocusLost() {
	e.Entry.FocusLost()
	for _, f := range e.OnLeave {
		f()
	}
}

// AccessibilityLabel is the field's text, or its placeholder while it is
// empty. Fyne has no role for a text field yet: a screen reader reads
// what is in it, but cannot type into it.
func (e *Entry) AccessibilityLabel() string {
	if e.Password {
		return e.PlaceHolder // never the passphrase itself
	}
	if e.Text != "" {
		return e.Text
	}
	return e.PlaceHolder
}

// AccessibilityRole is text while the field shows words, else a container,
// which a screen reader passes over.
func (e *Entry) AccessibilityRole() fyne.AccessibleRole {
	if e.AccessibilityLabel() == "" {
		return fyne.AccessibleRoleContainer
	}
	return fyne.AccessibleRoleText
}
