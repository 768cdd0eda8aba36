package data

import (
	"errors"
	"fmt"
	"sort"
	"strings"
	"time"

	"family-online-safety/content"
)

// Decision is what the family has agreed about one app for one child.
type Decision string

// The decisions a carer can record. The zero value means "not decided yet".
const (
	DecisionUndecided  Decision = ""
	DecisionAllowed    Decision = "allowed"
	DecisionConditions Decision = "conditions" // allowed with conditions
	DecisionNotYet     Decision = "not-yet"
	DecisionNotAllowed Decision = "not-allowed"
)

// Decisions lists the choices in the order the app offers them.
var Decisions = []Decision{DecisionAllowed, DecisionConditions, DecisionNotYet, DecisionNotAllowed}

// ErrDuplicate is wrapped with ErrInvalid when a child already has a note
// for the app.
var ErrDuplicate = errors.New("already noted")

// MaxAppNameLength bounds the name of an app added by hand.
const MaxAppNameLength = 60

// AppNote is what the family has decided about one app for one child.
type AppNote struct {
	ID      ID `json:"id"`
	ChildID ID `json:"child_id"`
	// AppID is the catalogue id (content.Apps), empty for an app the
	// catalogue does not know; Name is then the name typed in.
	AppID      string   `json:"app_id,omitempty"`
	Name       string   `json:"name,omitempty"`
	Decision   Decision `json:"decision,omitempty"`
	Conditions string   `json:"conditions,omitempty"`
	// Checked holds the ids of the catalogue settings the carer has
	// checked on the child's device.
	Checked      []string  `json:"checked,omitempty"`
	TalksTo      string    `json:"talks_to,omitempty"` // who they talk to on it
	Note         string    `json:"note,omitempty"`
	LastReviewed time.Time `json:"last_reviewed,omitzero"`
	NextReview   time.Time `json:"next_review,omitzero"`
}

// App returns the note's catalogue entry, if it has one.
func (n AppNote) App() (content.App, bool) {
	if n.AppID == "" {
		return content.App{}, false
	}
	return content.AppByID(n.AppID)
}

// DisplayName is the app's brand name from the catalogue, or the name
// typed in.
func (n AppNote) DisplayName() string {
	if app, ok := n.App(); ok {
		return app.Name
	}
	return n.Name
}

// IsChecked reports whether the setting has been ticked.
func (n AppNote) IsChecked(setting string) bool {
	for _, s := range n.Checked {
		if s == setting {
			return true
		}
	}
	return false
}

// ReviewDue reports whether the next review date has come.
func (n AppNote) ReviewDue(now time.Time) bool {
	return !n.NextReview.IsZero() && !Day(now).Before(Day(n.NextReview))
}

// Validate checks a note before it is saved.
func (n *AppNote) Validate() error {
	n.Name = strings.TrimSpace(n.Name)
	if n.AppID != "" {
		if _, ok := content.AppByID(n.AppID); !ok {
			return invalid(FieldAppNoteApp, RuleUnknown)
		}
	} else if n.Name == "" {
		return invalid(FieldAppNoteName, RuleRequired)
	}
	if len([]rune(n.Name)) > MaxAppNameLength {
		return tooLong(FieldAppNoteName, MaxAppNameLength)
	}
	switch n.Decision {
	case DecisionUndecided, DecisionAllowed, DecisionConditions, DecisionNotYet, DecisionNotAllowed:
	default:
		return invalid(FieldAppNoteDecision, RuleUnknown)
	}
	if !n.LastReviewed.IsZero() && !n.NextReview.IsZero() && n.NextReview.Before(n.LastReviewed) {
		return invalid(FieldAppNoteReview, RuleOrder)
	}
	return nil
}

// Day is the calendar day of t, as midnight UTC, the form every stored
// date takes.
func Day(t time.Time) time.Time {
	y, m, d := t.Date()
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
}

// TooYoungFor reports whether child is, on day, below the minimum age in
// region r (see content.App.MinAgeIn) or the PEGI rating of the note's
// app. It counts the birthday from the first of the birth month, as
// Child.AgeOn does. Apps outside the catalogue have no known minimum age.
func TooYoungFor(child Child, n AppNote, day time.Time, r content.Region) (content.App, bool) {
	app, ok := n.App()
	if !ok {
		return content.App{}, false
	}
	return app, content.TooYoungIn(app, child.AgeOn(day), r)
}

// sameApp reports whether two notes are about the same app: the same
// catalogue app, whether picked or typed ("tik tok" is TikTok), or the same
// typed name in any case.
func sameApp(a, b AppNote) bool {
	ida, idb := a.AppID, b.AppID
	if app, ok := content.MatchApp(a.Name); ida == "" && ok {
		ida = app.ID
	}
	if app, ok := content.MatchApp(b.Name); idb == "" && ok {
		idb = app.ID
	}
	if ida != "" || idb != "" {
		return ida == idb
	}
	return strings.EqualFold(strings.TrimSpace(a.Name), strings.TrimSpace(b.Name))
}

// AddAppNote saves a new note for a child. A catalogue app can have only
// one note per child.
func (s *Store) AddAppNote(n AppNote) (AppNote, error) {
	if err := n.Validate(); err != nil {
		return AppNote{}, err
	}
	err := s.db.Update(func(tx txn) error {
		if err := requireChild(tx, n.ChildID); err != nil {
			return err
		}
		existing, err := allForChild[AppNote](tx, bucketAppNotes, n.ChildID)
		if err != nil {
			return err
		}
		for _, e := range existing {
			if sameApp(e, n) {
				return &FieldError{Field: FieldAppNoteName, Rule: RuleDuplicate, Reason: ErrDuplicate}
			}
		}
		id, err := nextID(tx, bucketAppNotes)
		if err != nil {
			return err
		}
		n.ID = id
		return put(tx, bucketAppNotes, childKey(n.ChildID, id), n)
	})
	if err != nil {
		return AppNote{}, err
	}
	return n, nil
}

// UpdateAppNote replaces a saved note. A note renamed, or turned into its
// catalogue app, is refused when the child has another note for that app.
func (s *Store) UpdateAppNote(n AppNote) error {
	if err := n.Validate(); err != nil {
		return err
	}
	return s.db.Update(func(tx txn) error {
		key := childKey(n.ChildID, n.ID)
		var old AppNote
		if err := get(tx, bucketAppNotes, key, &old); err != nil {
			return fmt.Errorf("app note %d: %w", n.ID, err)
		}
		if sameApp(old, n) {
			// Still about the same app: two notes that are already both
			// there (kept side by side from another home) stay editable.
			return put(tx, bucketAppNotes, key, n)
		}
		existing, err := allForChild[AppNote](tx, bucketAppNotes, n.ChildID)
		if err != nil {
			return err
		}
		for _, e := range existing {
			if e.ID != n.ID && sameApp(e, n) {
				return &FieldError{Field: FieldAppNoteName, Rule: RuleDuplicate, Reason: ErrDuplicate}
			}
		}
		return put(tx, bucketAppNotes, key, n)
	})
}

// DeleteAppNote removes one note.
func (s *Store) DeleteAppNote(child, id ID) error {
	return s.db.Update(func(tx txn) error {
		b := tx.Bucket(bucketAppNotes)
		key := childKey(child, id)
		if b.Get(key) == nil {
			return fmt.Errorf("app note %d: %w", id, ErrNotFound)
		}
		return del(tx, bucketAppNotes, key)
	})
}

// AppNote returns one note.
func (s *Store) AppNote(child, id ID) (AppNote, error) {
	var n AppNote
	err := s.db.View(func(tx txn) error {
		return get(tx, bucketAppNotes, childKey(child, id), &n)
	})
	return n, err
}

// AppNotes returns a child's notes, sorted by app name.
func (s *Store) AppNotes(child ID) ([]AppNote, error) {
	var out []AppNote
	err := s.db.View(func(tx txn) (err error) {
		out, err = allForChild[AppNote](tx, bucketAppNotes, child)
		return err
	})
	sortNotes(out)
	return out, err
}

func sortNotes(notes []AppNote) {
	sort.SliceStable(notes, func(i, j int) bool {
		return strings.ToLower(notes[i].DisplayName()) < strings.ToLower(notes[j].DisplayName())
	})
}
