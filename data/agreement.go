package data

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"slices"
	"strings"
	"time"
)

// The family agreement's storage: one record for the whole family in the
// agreement bucket under keyAgreement, and the versions signed before it
// under keys "history/" + id, oldest first. agreement_model.go has the
// model and its rules.

var (
	keyAgreement     = []byte("current")
	prefixHistory    = []byte("history/")
	keyHistorySeqKey = []byte("history-seq")
)

// Agreement returns the family's agreement; an empty one if there is none.
// Children deleted since are left out.
func (s *Store) Agreement() (Agreement, error) {
	var a Agreement
	err := s.db.View(func(tx txn) (err error) {
		a, err = loadAgreement(tx)
		return err
	})
	return a, err
}

func loadAgreement(tx txn) (Agreement, error) {
	var a Agreement
	if err := getOrDefault(tx, bucketAgreement, keyAgreement, &a); err != nil {
		return a, err
	}
	a.dropChildren(func(id ID) bool { return tx.Bucket(bucketChildren).Get(id.key()) != nil })
	return a, nil
}

// change runs edit on the agreement in one transaction and saves it. A
// change of substance (content true) to a signed agreement first moves the
// signed version to the history and clears the signatures, so the family
// signs the new version again.
func (s *Store) change(content bool, edit func(tx txn, a *Agreement) error) error {
	return s.db.Update(func(tx txn) error {
		a, err := loadAgreement(tx)
		if err != nil {
			return err
		}
		before, err := substance(a)
		if err != nil {
			return err
		}
		signed := a.Signed()
		if err := edit(tx, &a); err != nil {
			return err
		}
		if content && signed {
			after, err := substance(a)
			if err != nil {
				return err
			}
			if !bytes.Equal(before, after) {
				now := s.now()
				if err := archive(tx, before, now); err != nil {
					return err
				}
				a.Signatures = nil
				a.ChangedAt = now
			}
		}
		if content && !signed {
			if err := backToSigned(tx, &a); err != nil { // agreementresign.go
				return err
			}
		}
		return put(tx, bucketAgreement, keyAgreement, a)
	})
}

// substance encodes what the family agreed to: everything but the undo.
func substance(a Agreement) ([]byte, error) {
	a.Undo = nil
	return encode(a)
}

func archive(tx txn, snapshot []byte, at time.Time) error {
	var old Agreement
	if err := decode(snapshot, &old); err != nil {
		return err
	}
	old.Undo = nil
	b := tx.Bucket(bucketAgreement)
	n := uint64(1)
	if v := b.Get(keyHistorySeqKey); len(v) == 8 {
		n = binary.BigEndian.Uint64(v) + 1
	}
	seq := make([]byte, 8)
	binary.BigEndian.PutUint64(seq, n)
	if err := b.Put(keyHistorySeqKey, seq); err != nil {
		return err
	}
	id := ID(n)
	return put(tx, bucketAgreement, append(slices.Clone(prefixHistory), id.key()...),
		AgreementVersion{ID: id, Agreement: old, ChangedAt: at})
}

// AgreementHistory returns the earlier signed versions, newest first.
func (s *Store) AgreementHistory() ([]AgreementVersion, error) {
	var out []AgreementVersion
	err := s.db.View(func(tx txn) error {
		sl, err := sealerOf(tx)
		if err != nil {
			return err
		}
		c := tx.Bucket(bucketAgreement).Cursor()
		for k, v := c.Seek(prefixHistory); k != nil && strings.HasPrefix(string(k), string(prefixHistory)); k, v = c.Next() {
			var ver AgreementVersion
			if err := decodeAt(sl, bucketAgreement, k, v, &ver); err != nil {
				return err
			}
			out = append(out, ver)
		}
		return nil
	})
	slices.Reverse(out)
	return out, err
}

// SetLimit sets one child's limit for one day (0 = Monday … 6 = Sunday).
func (s *Store) SetLimit(child ID, day int, l Limit) error {
	return s.setLimitIn(termWeeks, child, day, l)
}

// SetWeek replaces a child's limits for every day at once (the presets).
func (s *Store) SetWeek(child ID, week Week) error {
	return s.setWeekIn(termWeeks, child, week)
}

// weeksOf picks the limits an edit changes: term time's or the holidays'.
type weeksOf func(a *Agreement) *map[ID]Week

func termWeeks(a *Agreement) *map[ID]Week    { return &a.Limits }
func holidayWeeks(a *Agreement) *map[ID]Week { return &a.HolidayLimits }

// setLimitIn sets one child's limit for one day in the weeks picked.
func (s *Store) setLimitIn(weeks weeksOf, child ID, day int, l Limit) error {
	if day < 0 || day > 6 {
		return outOfRange(FieldLimitDay, 0, 6)
	}
	if err := ValidateLimit(l); err != nil {
		return err
	}
	return s.change(true, func(tx txn, a *Agreement) error {
		if err := requireChild(tx, child); err != nil {
			return err
		}
		week := (*weeks(a))[child]
		week[day] = l
		putWeek(weeks(a), child, week)
		return nil
	})
}

// setWeekIn replaces a child's week in the weeks picked.
func (s *Store) setWeekIn(weeks weeksOf, child ID, week Week) error {
	for _, l := range week {
		if err := ValidateLimit(l); err != nil {
			return err
		}
	}
	return s.change(true, func(tx txn, a *Agreement) error {
		if err := requireChild(tx, child); err != nil {
			return err
		}
		putWeek(weeks(a), child, week)
		return nil
	})
}

// putWeek keeps a child's week; an empty week is no entry at all.
func putWeek(weeks *map[ID]Week, child ID, week Week) {
	if *weeks == nil {
		*weeks = map[ID]Week{}
	}
	if week == (Week{}) {
		delete(*weeks, child)
		return
	}
	(*weeks)[child] = week
}

func (a *Agreement) newID() ID {
	a.LastID++
	return a.LastID
}

func requireChildren(tx txn, w Window) error {
	for _, id := range w.Children {
		if err := requireChild(tx, id); err != nil {
			return err
		}
	}
	return nil
}

// AddWindow adds a device-free time and returns it with its id.
func (s *Store) AddWindow(w Window) (Window, error) {
	if err := w.Validate(); err != nil {
		return Window{}, err
	}
	err := s.change(true, func(tx txn, a *Agreement) error {
		if len(a.Windows) >= MaxWindows {
			return full(FieldWindows, MaxWindows)
		}
		if err := requireChildren(tx, w); err != nil {
			return err
		}
		w.ID, w.UID = a.newID(), newUID()
		a.Windows = append(a.Windows, w)
		return nil
	})
	return w, err
}

// UpdateWindow replaces a saved device-free time.
func (s *Store) UpdateWindow(w Window) error {
	if err := w.Validate(); err != nil {
		return err
	}
	return s.change(true, func(tx txn, a *Agreement) error {
		if err := requireChildren(tx, w); err != nil {
			return err
		}
		i := slices.IndexFunc(a.Windows, func(x Window) bool { return x.ID == w.ID })
		if i < 0 {
			return fmt.Errorf("device-free time %d: %w", w.ID, ErrNotFound)
		}
		w.UID = windowUID(a.Windows[i]) // the same time, changed
		a.Windows[i] = w
		return nil
	})
}

// DeleteWindow removes a device-free time; UndoDelete brings it back.
func (s *Store) DeleteWindow(id ID) error {
	return s.change(true, func(_ txn, a *Agreement) error {
		i := slices.IndexFunc(a.Windows, func(x Window) bool { return x.ID == id })
		if i < 0 {
			return fmt.Errorf("device-free time %d: %w", id, ErrNotFound)
		}
		w := a.Windows[i]
		a.Windows = slices.Delete(a.Windows, i, i+1)
		a.Undo = &Deleted{Index: i, Window: &w}
		return nil
	})
}

// SetPlace switches a built-in device-free place on or off.
func (s *Store) SetPlace(key string, on bool) error {
	if !slices.Contains(BuiltinPlaces, key) {
		return invalid(FieldPlace, RuleUnknown)
	}
	return s.change(true, func(_ txn, a *Agreement) error {
		a.Places = slices.DeleteFunc(a.Places, func(p string) bool { return p == key })
		if on {
			a.Places = append(a.Places, key)
			// keep the display order
			slices.SortFunc(a.Places, func(x, y string) int {
				return slices.Index(BuiltinPlaces, x) - slices.Index(BuiltinPlaces, y)
			})
		}
		return nil
	})
}

// AddItem appends text to one of the lists and returns the new item.
func (s *Store) AddItem(l List, text string) (Item, error) {
	if err := validListName(l); err != nil {
		return Item{}, err
	}
	text, err := tidyItemText(text)
	if err != nil {
		return Item{}, err
	}
	var it Item
	err = s.change(true, func(_ txn, a *Agreement) error {
		list := a.list(l)
		if len(*list) >= MaxItems {
			return full(FieldItems, MaxItems)
		}
		it = Item{ID: a.newID(), Text: text, UID: newUID()}
		*list = append(*list, it)
		return nil
	})
	return it, err
}

// UpdateItem changes the text of an item.
func (s *Store) UpdateItem(l List, id ID, text string) error {
	if err := validListName(l); err != nil {
		return err
	}
	text, err := tidyItemText(text)
	if err != nil {
		return err
	}
	return s.change(true, func(_ txn, a *Agreement) error {
		list := *a.list(l)
		i := slices.IndexFunc(list, func(x Item) bool { return x.ID == id })
		if i < 0 {
			return fmt.Errorf("%s %d: %w", l, id, ErrNotFound)
		}
		list[i].UID = itemUID(l, list[i]) // the same item, reworded
		list[i].Text = text
		return nil
	})
}

// MoveItem moves an item up (delta -1) or down (+1) its list.
func (s *Store) MoveItem(l List, id ID, delta int) error {
	if err := validListName(l); err != nil {
		return err
	}
	return s.change(true, func(tx txn, a *Agreement) error {
		list := *a.list(l)
		i := slices.IndexFunc(list, func(x Item) bool { return x.ID == id })
		if i < 0 {
			return fmt.Errorf("%s %d: %w", l, id, ErrNotFound)
		}
		j := i + delta
		if j < 0 || j >= len(list) {
			return nil
		}
		list[i], list[j] = list[j], list[i]
		reorderedAt(tx, a, l)
		return nil
	})
}

// DeleteItem removes an item from a list; UndoDelete brings it back.
func (s *Store) DeleteItem(l List, id ID) error {
	if err := validListName(l); err != nil {
		return err
	}
	return s.change(true, func(_ txn, a *Agreement) error {
		list := a.list(l)
		i := slices.IndexFunc(*list, func(x Item) bool { return x.ID == id })
		if i < 0 {
			return fmt.Errorf("%s %d: %w", l, id, ErrNotFound)
		}
		it := (*list)[i]
		*list = slices.Delete(*list, i, i+1)
		a.Undo = &Deleted{List: l, Index: i, Item: &it}
		return nil
	})
}

// UndoDelete puts back the last deleted window or item, once.
func (s *Store) UndoDelete() error {
	return s.change(true, func(_ txn, a *Agreement) error {
		u := a.Undo
		if u == nil {
			return fmt.Errorf("nothing to undo: %w", ErrNotFound)
		}
		a.Undo = nil
		switch {
		case u.Window != nil:
			a.Windows = slices.Insert(a.Windows, min(max(u.Index, 0), len(a.Windows)), *u.Window)
		case u.Item != nil:
			list := a.list(u.List)
			*list = slices.Insert(*list, min(max(u.Index, 0), len(*list)), *u.Item)
		}
		return nil
	})
}

// Sign adds a family member's typed name to the current version.
func (s *Store) Sign(name string, at time.Time) error {
	name, err := tidySignature(name)
	if err != nil {
		return err
	}
	return s.change(false, func(_ txn, a *Agreement) error {
		for _, sig := range a.Signatures {
			if strings.EqualFold(sig.Name, name) {
				return &FieldError{Field: FieldSignature, Rule: RuleDuplicate, Reason: ErrAlreadySigned}
			}
		}
		if len(a.Signatures) >= MaxSignatures {
			return full(FieldSignatures, MaxSignatures)
		}
		if !a.Signed() {
			a.Version++
			a.ChangedAt = time.Time{}
		}
		a.Signatures = append(a.Signatures, Signature{Name: name, SignedAt: at})
		return nil
	})
}

// SetReviewMonths sets how long after agreeing the family reviews it.
func (s *Store) SetReviewMonths(months int) error {
	if months < MinReviewMonths || months > MaxReviewMonths {
		return outOfRange(FieldReviewMonths, MinReviewMonths, MaxReviewMonths)
	}
	return s.change(false, func(_ txn, a *Agreement) error {
		a.ReviewMonths = months
		return nil
	})
}
