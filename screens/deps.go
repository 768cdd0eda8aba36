// Package screens holds what every screen shares: the screen ids, the
// Translator, the Env each screen is built with, and the small interfaces
// several features need. Each feature lives in its own package below
// (agreement, starters, children, help, home, settings, welcome), states
// what it needs in its deps.go, and is wired up by the app's registry.
package screens

import (
	"net/url"
	"time"

	"fyne.io/fyne/v2"

	"family-online-safety/data"
	"family-online-safety/screens/widgets"
)

// ID names a screen in the navigation.
type ID string

// The screens, in navigation order.
const (
	HomeID      ID = "home"
	AgreementID ID = "agreement"
	StartersID  ID = "starters"
	ChildrenID  ID = "children"
	HelpID      ID = "help"
	SettingsID  ID = "settings"
)

// Translator gives every visible text in the chosen language.
type Translator interface {
	T(id string, data ...map[string]any) string
	N(id string, count int, data ...map[string]any) string
}

// Env is what every screen is built with besides its store: the words in
// the chosen language, the clock, and the key watcher that sees keys typed
// in text fields (quick exit: Shift three times). Tests pin Now; Keys may
// be nil.
type Env struct {
	Tr   Translator
	Now  func() time.Time
	Keys func(*fyne.KeyEvent)
	// Saves holds saves waiting for a pause in typing; nil saves at once.
	Saves *Pending
	// Drafts keeps what is typed in forms that create something; nil
	// keeps nothing (see Draft).
	Drafts DraftStore
	// Later runs f on the UI goroutine once the current event is done, so
	// a window can draw before all of a long screen is filled in. The app
	// queues it through fyne.Do; nil runs f at once (tests).
	Later func(f func())
	// Ticks has f run (on the UI goroutine) each time what holds right
	// now may have changed by itself: at midnight, when a device-free
	// time or a today-only change starts or ends. It is for a view that
	// shows "now" (the child's view), while its screen is on show; nil
	// never runs f (tests call it by hand).
	Ticks func(f func())
	// Copied is told the text a field put on the clipboard, so the app
	// clears it at lock, quit and after a while; nil: no one is told.
	Copied func(text string)
	// Fields counts the text fields made here, so the window's input hook
	// can tell a press that missed a field scrolled out of sight under
	// it (widgets.Fields); nil counts none.
	Fields *widgets.Fields
	// Escape has the Escape key (with no dialog open) run cancel while a
	// form shown in a screen is open; nil when it closes. Nil: Escape
	// does nothing to forms.
	Escape func(cancel func())
}

// OnEscape hands cancel to Escape, if there is one (nil: the form closed).
func (e Env) OnEscape(cancel func()) {
	if e.Escape != nil {
		e.Escape(cancel)
	}
}

// OnTick runs f through Ticks, if there is one.
func (e Env) OnTick(f func()) {
	if e.Ticks != nil {
		e.Ticks(f)
	}
}

// After runs f through Later, or at once when there is none.
func (e Env) After(f func()) {
	if e.Later == nil {
		f()
		return
	}
	e.Later(f)
}

// Entry makes a one-line text field that reports keys to the watcher.
func (e Env) Entry() *widgets.Entry { return e.told(widgets.NewEntry(e.Keys)) }

// MultiLineEntry makes a text field for notes that reports keys too.
func (e Env) MultiLineEntry() *widgets.Entry { return e.told(widgets.NewMultiLineEntry(e.Keys)) }

// told makes f tell Copied what it copies, and counted by Fields.
func (e Env) told(f *widgets.Entry) *widgets.Entry {
	f.OnCopy = e.Copied
	if e.Fields != nil {
		e.Fields.Count(f)
	}
	return f
}

// Navigator moves to another screen.
type Navigator interface {
	Show(id ID)
}

// ChildOpener opens the Children & apps screen on one child's tab.
type ChildOpener interface {
	ShowChild(child data.ID, tab int)
}

// ChildAdder opens Children & apps on the form that adds a child.
type ChildAdder interface {
	ShowAddChild()
}

// ChildLister lists the children shown on everyday screens.
type ChildLister interface {
	ActiveChildren() ([]data.Child, error)
}

// SettingsReader reads the family's app settings.
type SettingsReader interface {
	Settings() (data.Settings, error)
}

// Copier puts text on the clipboard through the app, so that quick exit
// can clear it again.
type Copier interface {
	Copy(text string)
}

// LinkActions are the clipboard and the browser. A web address opens only
// when the user asks; nothing is fetched from the internet otherwise.
type LinkActions interface {
	Copier
	OpenURL(u *url.URL) error
}

// HomeSection adds a block to each child's card on Home (what is in force
// now, a starter for today, app reviews due). Features offer theirs and
// the app hands them to Home; a section returns nil when it has nothing
// to say.
type HomeSection func(child data.Child) fyne.CanvasObject
