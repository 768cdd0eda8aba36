package data

import (
	"fmt"
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"

	"family-online-safety/content"
)

// DateLayout is how a day is written in records: sortable, no time zone.
const DateLayout = "2006-01-02"

// MaxDiscussionNote bounds the short note kept with a discussion, in characters.
const MaxDiscussionNote = 280

// Bounds on a family's own starters, in characters.
const (
	MaxOwnQuestion = 300
	MaxOwnTip      = 600
)

// ownPrefix starts the starter id of a family's own starter ("own-7"), so
// built-in and own starters share one id space in discussions and marks.
const ownPrefix = "own-"

// Discussion records that a grown-up talked a starter through with a child.
type Discussion struct {
	ID        ID     `json:"id"`
	ChildID   ID     `json:"child_id"`
	StarterID string `json:"starter_id"`     // a built-in id or an own starter's StarterID
	Date      string `json:"date"`           // DateLayout, the day it was talked about
	Note      string `json:"note,omitempty"` // what was said or agreed
}

// Day parses the discussion's date.
func (d Discussion) Day() (time.Time, error) {
	return time.ParseInLocation(DateLayout, d.Date, time.Local)
}

func (d Discussion) key() []byte { return childKey(d.ChildID, d.ID) }

// Validate checks a discussion before it is saved; today bounds the date.
func (d *Discussion) Validate(today time.Time) error {
	d.Note = strings.TrimSpace(d.Note)
	d.StarterID = strings.TrimSpace(d.StarterID)
	day, err := time.ParseInLocation(DateLayout, strings.TrimSpace(d.Date), time.Local)
	switch {
	case d.StarterID == "":
		return invalid(FieldDiscussionStart, RuleRequired)
	case err != nil:
		return invalid(FieldDiscussionDate, RuleFormat)
	case day.Format(DateLayout) > today.Format(DateLayout):
		return invalid(FieldDiscussionDate, RuleFuture)
	case len([]rune(d.Note)) > MaxDiscussionNote:
		return tooLong(FieldDiscussionNote, MaxDiscussionNote)
	}
	d.Date = day.Format(DateLayout)
	return nil
}

// MarkDiscussed saves a discussion and returns it with its id.
func (s *Store) MarkDiscussed(d Discussion) (Discussion, error) {
	if err := d.Validate(s.now()); err != nil {
		return Discussion{}, err
	}
	err := s.db.Update(func(tx txn) error {
		if err := requireChild(tx, d.ChildID); err != nil {
			return err
		}
		id, err := nextID(tx, bucketDiscussions)
		if err != nil {
			return err
		}
		d.ID = id
		return put(tx, bucketDiscussions, d.key(), d)
	})
	return d, err
}

// Discussions returns one child's discussions, newest first.
func (s *Store) Discussions(childID ID) ([]Discussion, error) {
	var out []Discussion
	err := s.db.View(func(tx txn) (err error) {
		out, err = allForChild[Discussion](tx, bucketDiscussions, childID)
		return err
	})
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].Date != out[j].Date {
			return out[i].Date > out[j].Date
		}
		return out[i].ID > out[j].ID
	})
	return out, err
}

// DeleteDiscussion removes one discussion from a child's history.
func (s *Store) DeleteDiscussion(childID, id ID) error {
	return s.db.Update(func(tx txn) error {
		key := Discussion{ChildID: childID, ID: id}.key()
		b := tx.Bucket(bucketDiscussions)
		if b.Get(key) == nil {
			return fmt.Errorf("discussion %d: %w", id, ErrNotFound)
		}
		return del(tx, bucketDiscussions, key)
	})
}

// OwnStarter is a conversation starter the family wrote themselves.
type OwnStarter struct {
	ID       ID             `json:"id"`
	Question string         `json:"question"`
	Tip      string         `json:"tip,omitempty"`
	Bands    []content.Band `json:"bands"`
	Topic    content.Topic  `json:"topic"`
}

// StarterID is the id discussions and marks use for this starter.
func (o OwnStarter) StarterID() string {
	return ownPrefix + strconv.FormatUint(uint64(o.ID), 10)
}

// IsOwnStarterID reports whether a starter id names one of the family's own.
func IsOwnStarterID(id string) bool { return strings.HasPrefix(id, ownPrefix) }

// Validate checks an own starter before it is saved, and puts its bands
// in order, youngest first.
func (o *OwnStarter) Validate() error {
	o.Question = strings.TrimSpace(o.Question)
	o.Tip = strings.TrimSpace(o.Tip)
	var bands []content.Band
	for _, b := range content.Bands {
		if slices.Contains(o.Bands, b) {
			bands = append(bands, b)
		}
	}
	if p := o.Problems(); len(p) > 0 {
		return p[0]
	}
	o.Bands = bands
	return nil
}

// Problems is every rule the starter breaks, at most one per field, in
// the order of the form's fields, so a form can say them all at once.
func (o OwnStarter) Problems() []error {
	var out []error
	q := strings.TrimSpace(o.Question)
	switch {
	case q == "":
		out = append(out, invalid(FieldOwnQuestion, RuleRequired))
	case len([]rune(q)) > MaxOwnQuestion:
		out = append(out, tooLong(FieldOwnQuestion, MaxOwnQuestion))
	}
	if len([]rune(strings.TrimSpace(o.Tip))) > MaxOwnTip {
		out = append(out, tooLong(FieldOwnTip, MaxOwnTip))
	}
	known := 0
	for _, b := range content.Bands {
		if slices.Contains(o.Bands, b) {
			known++
		}
	}
	if known == 0 || known != len(o.Bands) {
		out = append(out, invalid(FieldOwnBands, RuleRequired))
	}
	if !slices.Contains(content.Topics, o.Topic) {
		out = append(out, invalid(FieldOwnTopic, RuleRequired))
	}
	return out
}

// AddOwnStarter saves a new own starter and returns it with its id.
func (s *Store) AddOwnStarter(o OwnStarter) (OwnStarter, error) {
	if err := o.Validate(); err != nil {
		return OwnStarter{}, err
	}
	err := s.db.Update(func(tx txn) error {
		id, err := nextID(tx, bucketOwnStarters)
		if err != nil {
			return err
		}
		o.ID = id
		return put(tx, bucketOwnStarters, id.key(), o)
	})
	return o, err
}

// UpdateOwnStarter replaces a saved own starter.
func (s *Store) UpdateOwnStarter(o OwnStarter) error {
	if err := o.Validate(); err != nil {
		return err
	}
	return s.db.Update(func(tx txn) error {
		if tx.Bucket(bucketOwnStarters).Get(o.ID.key()) == nil {
			return fmt.Errorf("own starter %d: %w", o.ID, ErrNotFound)
		}
		return put(tx, bucketOwnStarters, o.ID.key(), o)
	})
}

// DeleteOwnStarter removes an own starter and its favourite or hidden
// mark. Discussions of it stay in each child's history.
func (s *Store) DeleteOwnStarter(id ID) error {
	return s.db.Update(func(tx txn) error {
		b := tx.Bucket(bucketOwnStarters)
		if b.Get(id.key()) == nil {
			return fmt.Errorf("own starter %d: %w", id, ErrNotFound)
		}
		if err := del(tx, bucketOwnStarters, id.key()); err != nil {
			return err
		}
		return del(tx, bucketStarterMark, []byte(OwnStarter{ID: id}.StarterID()))
	})
}

// OwnStarters returns the family's own starters, oldest first.
func (s *Store) OwnStarters() ([]OwnStarter, error) {
	var out []OwnStarter
	err := s.db.View(func(tx txn) (err error) {
		out, err = all[OwnStarter](tx, bucketOwnStarters)
		return err
	})
	return out, err
}

// StarterMark is what the family has marked on a starter.
type StarterMark struct {
	StarterID string `json:"starter_id"`
	Favourite bool   `json:"favourite,omitempty"`
	Hidden    bool   `json:"hidden,omitempty"`
}

// StarterMarks returns every mark, by starter id.
func (s *Store) StarterMarks() (map[string]StarterMark, error) {
	out := map[string]StarterMark{}
	err := s.db.View(func(tx txn) error {
		marks, err := all[StarterMark](tx, bucketStarterMark)
		for _, m := range marks {
			out[m.StarterID] = m
		}
		return err
	})
	return out, err
}

// SetFavourite marks or unmarks a starter as a favourite.
func (s *Store) SetFavourite(starterID string, on bool) error {
	return s.updateMark(starterID, func(m *StarterMark) { m.Favourite = on })
}

// SetHidden hides a starter from the list, or shows it again.
func (s *Store) SetHidden(starterID string, on bool) error {
	return s.updateMark(starterID, func(m *StarterMark) { m.Hidden = on })
}

func (s *Store) updateMark(starterID string, change func(*StarterMark)) error {
	if strings.TrimSpace(starterID) == "" {
		return invalid(FieldMarkStarter, RuleRequired)
	}
	key := []byte(starterID)
	return s.db.Update(func(tx txn) error {
		m := StarterMark{StarterID: starterID}
		if err := getOrDefault(tx, bucketStarterMark, key, &m); err != nil {
			return err
		}
		change(&m)
		if !m.Favourite && !m.Hidden {
			return del(tx, bucketStarterMark, key)
		}
		return put(tx, bucketStarterMark, key, m)
	})
}
