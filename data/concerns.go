package data

import (
	"fmt"
	"sort"
	"strings"
	"time"
)

// Concern is one dated entry in a child's concern log: what happened,
// what was done and who was told, kept to pass on to a social worker or
// school.
type Concern struct {
	ID       ID        `json:"id"`
	ChildID  ID        `json:"child_id"`
	Date     time.Time `json:"date"`
	Happened string    `json:"happened"`
	Done     string    `json:"done,omitempty"`
	Told     string    `json:"told,omitempty"`
}

// Validate checks an entry before it is saved; now bounds the date.
func (c *Concern) Validate(now time.Time) error {
	c.Happened = strings.TrimSpace(c.Happened)
	switch {
	case c.Date.IsZero():
		return invalid(FieldConcernDate, RuleRequired)
	case Day(c.Date).After(Day(now)):
		return invalid(FieldConcernDate, RuleFuture)
	case c.Happened == "":
		return invalid(FieldConcernHappened, RuleRequired)
	}
	c.Date = Day(c.Date)
	return nil
}

// AddConcern saves a new entry in a child's log.
func (s *Store) AddConcern(c Concern) (Concern, error) {
	if err := c.Validate(s.now()); err != nil {
		return Concern{}, err
	}
	err := s.db.Update(func(tx txn) error {
		if err := requireChild(tx, c.ChildID); err != nil {
			return err
		}
		id, err := nextID(tx, bucketConcerns)
		if err != nil {
			return err
		}
		c.ID = id
		return put(tx, bucketConcerns, childKey(c.ChildID, id), c)
	})
	if err != nil {
		return Concern{}, err
	}
	return c, nil
}

// UpdateConcern replaces a saved entry.
func (s *Store) UpdateConcern(c Concern) error {
	if err := c.Validate(s.now()); err != nil {
		return err
	}
	return s.db.Update(func(tx txn) error {
		key := childKey(c.ChildID, c.ID)
		if tx.Bucket(bucketConcerns).Get(key) == nil {
			return fmt.Errorf("concern %d: %w", c.ID, ErrNotFound)
		}
		return put(tx, bucketConcerns, key, c)
	})
}

// DeleteConcern removes one entry and compacts the file (see compact.go).
func (s *Store) DeleteConcern(child, id ID) error {
	return s.compacted(s.db.Update(func(tx txn) error {
		b := tx.Bucket(bucketConcerns)
		key := childKey(child, id)
		if b.Get(key) == nil {
			return fmt.Errorf("concern %d: %w", id, ErrNotFound)
		}
		return del(tx, bucketConcerns, key)
	}))
}

// Concerns returns a child's log, oldest first (entries on the same day
// in the order they were written).
func (s *Store) Concerns(child ID) ([]Concern, error) {
	var out []Concern
	err := s.db.View(func(tx txn) (err error) {
		out, err = allForChild[Concern](tx, bucketConcerns, child)
		return err
	})
	sortConcerns(out)
	return out, err
}

func sortConcerns(log []Concern) {
	sort.SliceStable(log, func(i, j int) bool { return log[i].Date.Before(log[j].Date) })
}
