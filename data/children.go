package data

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"sort"
	"strings"
	"time"
)

// MaxNameLength bounds a child's name or nickname, in characters.
const MaxNameLength = 60

// MaxChildAge is the oldest a child on record can be born: care leavers
// may stay in touch well past 18.
const MaxChildAge = 25

// Child is one child the family looks after. Only a name or nickname and a
// birth month are kept: enough to work out an age, no more.
type Child struct {
	ID         ID     `json:"id"`
	Name       string `json:"name"`
	BirthYear  int    `json:"birth_year"`
	BirthMonth int    `json:"birth_month"` // 1–12
	Notes      string `json:"notes,omitempty"`
	Archived   bool   `json:"archived,omitempty"`

	// Placed marks a foster or kinship placement; Placement holds its
	// details and is kept even if the tick is taken off by mistake.
	Placed    bool      `json:"placed,omitempty"`
	Placement Placement `json:"placement,omitzero"`

	// OwnPhone is the day they got (or will get) a phone of their own,
	// a turning point for reviewing the agreement; zero when none.
	OwnPhone time.Time `json:"own_phone,omitzero"`
}

// Placement is what a foster or kinship carer needs to hand: who to call
// and what they may decide.
type Placement struct {
	Start              time.Time `json:"start,omitzero"` // day the child came to live here
	SocialWorker       string    `json:"social_worker,omitempty"`
	SocialWorkerPhone  string    `json:"social_worker_phone,omitempty"`
	OutOfHoursPhone    string    `json:"out_of_hours_phone,omitempty"`
	DelegatedAuthority string    `json:"delegated_authority,omitempty"` // what the carer may decide
	PhotoRules         string    `json:"photo_rules,omitempty"`         // photos and sharing
	Contact            string    `json:"contact,omitempty"`             // contact arrangements
}

// HasContacts reports whether the placement names anyone to call.
func (p Placement) HasContacts() bool {
	return p.SocialWorker != "" || p.SocialWorkerPhone != "" || p.OutOfHoursPhone != ""
}

// AgeOn is the child's age in whole years on the given day. With only a
// birth month known, the birthday counts from the first of that month.
func (c Child) AgeOn(day time.Time) int {
	age := day.Year() - c.BirthYear
	if int(day.Month()) < c.BirthMonth {
		age--
	}
	if age < 0 {
		return 0
	}
	return age
}

// Validate checks a child before it is saved; now bounds the birth date.
// It refuses with the first of the child's Problems.
func (c *Child) Validate(now time.Time) error {
	c.Name = strings.TrimSpace(c.Name)
	if p := c.Problems(now); len(p) > 0 {
		return p[0]
	}
	return nil
}

// Problems is every rule the child breaks, at most one per field (name,
// then birth date), so a form can say them all at once.
func (c Child) Problems(now time.Time) []error {
	var out []error
	name := strings.TrimSpace(c.Name)
	switch {
	case name == "":
		out = append(out, invalid(FieldChildName, RuleRequired))
	case len([]rune(name)) > MaxNameLength:
		out = append(out, tooLong(FieldChildName, MaxNameLength))
	}
	switch {
	case c.BirthMonth == 0 || c.BirthYear == 0:
		out = append(out, invalid(FieldChildBirth, RuleRequired))
	case c.BirthMonth < 1 || c.BirthMonth > 12:
		out = append(out, outOfRange(FieldChildBirth, 1, 12))
	case c.BirthYear < now.Year()-MaxChildAge:
		out = append(out, outOfRange(FieldChildBirth, now.Year()-MaxChildAge, now.Year()))
	case c.BirthYear > now.Year() || (c.BirthYear == now.Year() && c.BirthMonth > int(now.Month())):
		out = append(out, invalid(FieldChildBirth, RuleFuture))
	}
	return out
}

// AddChild saves a new child and returns it with its id.
func (s *Store) AddChild(c Child) (Child, error) {
	if err := c.Validate(s.now()); err != nil {
		return Child{}, err
	}
	err := s.db.Update(func(tx txn) error {
		id, err := nextID(tx, bucketChildren)
		if err != nil {
			return err
		}
		c.ID = id
		return put(tx, bucketChildren, id.key(), c)
	})
	return c, err
}

// UpdateChild replaces a saved child.
func (s *Store) UpdateChild(c Child) error {
	if err := c.Validate(s.now()); err != nil {
		return err
	}
	return s.db.Update(func(tx txn) error {
		if err := requireChild(tx, c.ID); err != nil {
			return err
		}
		return put(tx, bucketChildren, c.ID.key(), c)
	})
}

// Child returns one child.
func (s *Store) Child(id ID) (Child, error) {
	var c Child
	err := s.db.View(func(tx txn) error {
		return get(tx, bucketChildren, id.key(), &c)
	})
	return c, err
}

// Children returns every child, archived ones included, sorted by name.
func (s *Store) Children() ([]Child, error) {
	var out []Child
	err := s.db.View(func(tx txn) (err error) {
		out, err = all[Child](tx, bucketChildren)
		return err
	})
	sort.SliceStable(out, func(i, j int) bool {
		return strings.ToLower(out[i].Name) < strings.ToLower(out[j].Name)
	})
	return out, err
}

// ActiveChildren returns the children not archived, sorted by name.
func (s *Store) ActiveChildren() ([]Child, error) {
	kids, err := s.Children()
	active := kids[:0]
	for _, c := range kids {
		if !c.Archived {
			active = append(active, c)
		}
	}
	return active, err
}

// childScopedBuckets hold records keyed childID.key()+recordID.key();
// deleting a child deletes its records in these buckets by prefix.
var childScopedBuckets = [][]byte{bucketDiscussions, bucketAppNotes, bucketConcerns,
	bucketChildWords, bucketDayChanges, bucketReviewPrompts}

// childKey is the 16-byte key of a record that belongs to one child.
func childKey(child, record ID) []byte {
	return append(child.key(), record.key()...)
}

// DeleteChild removes a child for good, with every record kept for them,
// and compacts the file so their details do not linger in free pages.
func (s *Store) DeleteChild(id ID) error {
	return s.compacted(s.db.Update(func(tx txn) error {
		if err := requireChild(tx, id); err != nil {
			return err
		}
		for _, name := range childScopedBuckets {
			if err := deletePrefix(tx, name, id.key()); err != nil {
				return err
			}
		}
		if err := deleteChildDrafts(tx, id); err != nil {
			return err
		}
		return del(tx, bucketChildren, id.key())
	}))
}

// deletePrefix deletes every key in bucket that starts with prefix.
func deletePrefix(tx txn, bucket, prefix []byte) error {
	var keys [][]byte
	c := tx.Bucket(bucket).Cursor()
	for k, _ := c.Seek(prefix); k != nil && bytes.HasPrefix(k, prefix); k, _ = c.Next() {
		keys = append(keys, append([]byte(nil), k...))
	}
	for _, k := range keys {
		if err := del(tx, bucket, k); err != nil {
			return err
		}
	}
	return nil
}

// allForChild decodes every record in bucket that belongs to child, in
// key (creation) order.
func allForChild[T any](tx txn, bucket []byte, child ID) ([]T, error) {
	var out []T
	prefix := child.key()
	sl, err := sealerOf(tx)
	if err != nil {
		return nil, err
	}
	c := tx.Bucket(bucket).Cursor()
	for k, v := c.Seek(prefix); k != nil && bytes.HasPrefix(k, prefix); k, v = c.Next() {
		var item T
		if decodeOrSkip(tx, sl, bucket, k, v, &item) {
			ownedBy(&item, k)
			out = append(out, item)
		}
	}
	return out, nil
}

// childOwned is a child-scoped record whose child and id can be set.
type childOwned interface{ own(child, id ID) }

// ownedBy makes a record read under key say the child and id of the key:
// whatever its value claims, it is shown on, edited on and deleted from
// the child it is kept under.
func ownedBy(item any, key []byte) {
	if o, ok := item.(childOwned); ok && len(key) == 16 {
		o.own(ID(binary.BigEndian.Uint64(key[:8])), ID(binary.BigEndian.Uint64(key[8:])))
	}
}

func (n *AppNote) own(child, id ID)      { n.ChildID, n.ID = child, id }
func (c *Concern) own(child, id ID)      { c.ChildID, c.ID = child, id }
func (d *Discussion) own(child, id ID)   { d.ChildID, d.ID = child, id }
func (c *DayChange) own(child, id ID)    { c.ChildID, c.ID = child, id }
func (p *ReviewPrompt) own(child, id ID) { p.ChildID, p.ID = child, id }
func (w *ChildWords) own(child, _ ID)    { w.ChildID = child }

func requireChild(tx txn, id ID) error {
	if tx.Bucket(bucketChildren).Get(id.key()) == nil {
		return fmt.Errorf("child %d: %w", id, ErrNotFound)
	}
	return nil
}
