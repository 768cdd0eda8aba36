// Package children is the "Children & apps" screen: the children, and for
// each their details (and foster or kinship placement), app notes against
// the built-in catalogue, and the concern log.
package children

import (
	"net/url"
	"time"

	"family-online-safety/data"
	"family-online-safety/screens"
)

// ChildStore is what the screen needs for the children themselves.
type ChildStore interface {
	Children() ([]data.Child, error)
	Child(id data.ID) (data.Child, error)
	AddChild(c data.Child) (data.Child, error)
	UpdateChild(c data.Child) error
	DeleteChild(id data.ID) error
	ChildExport(id data.ID, w data.Words, now time.Time) (string, error)
}

// AppNoteStore reads and writes one child's app notes.
type AppNoteStore interface {
	AppNotes(child data.ID) ([]data.AppNote, error)
	AddAppNote(n data.AppNote) (data.AppNote, error)
	UpdateAppNote(n data.AppNote) error
	DeleteAppNote(child, id data.ID) error
}

// ConcernStore reads and writes a child's concern log.
type ConcernStore interface {
	Concerns(child data.ID) ([]data.Concern, error)
	AddConcern(c data.Concern) (data.Concern, error)
	UpdateConcern(c data.Concern) error
	DeleteConcern(child, id data.ID) error
}

// Store is everything the Children & apps screen reads and writes.
type Store interface {
	ChildStore
	AppNoteStore
	ConcernStore
	WordsStore
}

// AppNoteLister lists a child's app notes, for Home.
type AppNoteLister interface {
	AppNotes(child data.ID) ([]data.AppNote, error)
}

// URLOpener opens a web address when the user asks.
type URLOpener interface {
	OpenURL(u *url.URL) error
}

// messages are this screen's own words for a refused value, where they
// say more than the rule's general text.
var messages = screens.Messages{
	screens.Key(data.FieldChildBirth, data.RuleRequired):      "children.born.missing",
	screens.Key(data.FieldChildBirth, data.RuleRange):         "children.born.invalid",
	screens.Key(data.FieldChildBirth, data.RuleFuture):        "children.born.invalid",
	screens.Key(data.FieldChildName, data.RuleRequired):       "children.name.invalid",
	screens.Key(data.FieldChildName, data.RuleTooLong):        "children.name.invalid",
	screens.Key(data.FieldAppNoteName, data.RuleRequired):     "appnote.name.invalid",
	screens.Key(data.FieldAppNoteName, data.RuleTooLong):      "appnote.name.invalid",
	screens.Key(data.FieldAppNoteName, data.RuleDuplicate):    "appnote.duplicate",
	screens.Key(data.FieldAppNoteReview, data.RuleOrder):      "appnote.save.invalid",
	screens.Key(data.FieldConcernDate, data.RuleRequired):     "concern.date.missing",
	screens.Key(data.FieldConcernDate, data.RuleFuture):       "concern.date.future",
	screens.Key(data.FieldConcernHappened, data.RuleRequired): "concern.happened.missing",
}

// newChildMessages are messages for a child not saved yet: there is no
// last saved name to keep.
var newChildMessages = func() screens.Messages {
	m := screens.Messages{}
	for k, v := range messages {
		m[k] = v
	}
	m[screens.Key(data.FieldChildName, data.RuleRequired)] = "children.name.invalid_new"
	m[screens.Key(data.FieldChildName, data.RuleTooLong)] = "children.name.invalid_new"
	return m
}()
