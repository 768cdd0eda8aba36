// Package sharing holds the screens of sharing with another carer (issue
// 14): the Settings card with Export and Import, the handover pack for one
// child, the summary of what an import would do, and the choice for each
// record changed in both homes. The work is the sharing package's; this
// package only asks and shows. (folder*.go, the shared-folder sync, is
// another feature's.)
package sharing

import (
	"errors"
	"time"

	"fyne.io/fyne/v2"

	"family-online-safety/data"
	"family-online-safety/screens"
	"family-online-safety/sharing"
)

// Store is what these screens need of the family's store.
type Store interface {
	sharing.Store
	Children() ([]data.Child, error)
	Contacts() ([]data.Contact, error)
}

// Sharer asks for and shows everything about sharing. The app builds one
// per screen; tests replace the dialogs and run the work at once.
type Sharer struct {
	env     screens.Env
	store   Store
	win     fyne.Window
	version string // the app's, written into each file

	// AskSave asks where to save, suggesting name, and calls chosen with
	// the path (not at all when cancelled); nil is Fyne's save dialog.
	AskSave func(name string, chosen func(path string))
	// AskOpen asks which file to open; nil is Fyne's open dialog.
	AskOpen func(chosen func(path string))
	// Run does slow work (scrypt takes about a second) away from the UI
	// goroutine, then done on it; nil runs both at once.
	Run func(work, done func())
	// Changed is called once an import has changed the family, so the
	// app can show the new records.
	Changed func()
}

// New makes a Sharer. version is the app's version (FyneApp.toml), passed
// in by the app so it is written in one place.
func New(env screens.Env, store Store, win fyne.Window, version string) *Sharer {
	return &Sharer{env: env, store: store, win: win, version: version}
}

func (s *Sharer) run(work, done func()) {
	if s.Run == nil {
		work()
		done()
		return
	}
	s.Run(work, done)
}

func (s *Sharer) now() time.Time {
	if s.env.Now == nil {
		return time.Now()
	}
	return s.env.Now()
}

// problem is the translated message for why sharing failed: never the
// error's own words.
func (s *Sharer) problem(err error) string {
	return s.env.Tr.T(sharing.MessageKey(err)) + tooManyOf(s.env.Tr, err)
}

// tooManyOf names the kind a refused file holds too many of, and the
// most a file may hold (" " and a sentence; "" for any other problem).
func tooManyOf(tr screens.Translator, err error) string {
	var tm *data.TooManyError
	if !errors.As(err, &tm) {
		return ""
	}
	return " " + tr.T("sharing.error.too_many_kind", map[string]any{"Kind": tr.T("sharing.section." + tm.Section), "Max": tm.Max})
}

// leftOutOf names, kind by kind, how many of a file's new records were
// not added ("" when err says nothing of it).
func leftOutOf(tr screens.Translator, err error) string {
	var lo *sharing.LeftOutError
	if !errors.As(err, &lo) {
		return ""
	}
	var out string
	for _, l := range lo.Left {
		out += "\n• " + tr.T("sharing.leftout.line", map[string]any{
			"Section": tr.T("sharing.section." + l.Section), "Count": l.Count, "Max": l.Max})
	}
	return out
}
