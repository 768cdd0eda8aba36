package data

import (
	"bytes"
	"maps"
	"strconv"
	"strings"
)

// Drafts: what is typed into a form that creates something (a child, the
// welcome's first child, an app note, a concern, a contact, a starter, a
// note on a talk, a signature, a device-free time, a rule or a promise) is kept here as it is typed, so a quick exit,
// a crash or a restart loses nothing. A form reads its draft when it is
// built and clears it once what it creates has been saved.

var bucketDrafts = []byte("drafts")

// The forms whose drafts belong to one child, named by ChildDraft.
const (
	DraftAppNote = "appnote"
	DraftConcern = "concern"
)

// ChildDraft names the draft of a child's form (DraftAppNote,
// DraftConcern), so that deleting the child deletes it too.
func ChildDraft(form string, child ID) string {
	return form + "." + strconv.FormatUint(uint64(child), 10)
}

// The note on a talk about a starter is kept per starter (the form lets
// the child change); its DraftChild field names the child it is about.
const (
	draftDiscussed = "discussed."
	DraftChild     = "child"
)

// DiscussedDraft names the draft of the "mark as discussed" form of a
// starter; the form keeps the child's id in DraftChild, so that deleting
// the child deletes the draft too.
func DiscussedDraft(starter string) string { return draftDiscussed + starter }

// deleteChildDrafts removes a deleted child's drafts: nothing typed about
// them stays behind.
func deleteChildDrafts(tx txn, child ID) error {
	b := tx.Bucket(bucketDrafts)
	if b == nil {
		return nil
	}
	keys := [][]byte{[]byte(ChildDraft(DraftAppNote, child)), []byte(ChildDraft(DraftConcern, child)),
		[]byte(ChildDraft(DraftChildWords, child))}
	id := strconv.FormatUint(uint64(child), 10)
	prefix := []byte(draftDiscussed)
	c := b.Cursor()
	for k, _ := c.Seek(prefix); k != nil && bytes.HasPrefix(k, prefix); k, _ = c.Next() {
		var d Draft
		if err := get(tx, bucketDrafts, k, &d); err == nil && d[DraftChild] == id {
			keys = append(keys, bytes.Clone(k))
		}
	}
	for _, k := range keys {
		if err := b.Delete(k); err != nil {
			return err
		}
	}
	return nil
}

// Draft is one form's typed fields, by field name.
type Draft map[string]string

// Empty reports whether nothing but blanks was typed.
func (d Draft) Empty() bool {
	for _, v := range d {
		if strings.TrimSpace(v) != "" {
			return false
		}
	}
	return true
}

// Draft is the draft kept for form, or an empty one.
func (s *Store) Draft(form string) (Draft, error) {
	out := Draft{}
	err := s.db.View(func(tx txn) error {
		if tx.Bucket(bucketDrafts) == nil {
			return nil
		}
		err := get(tx, bucketDrafts, []byte(form), &out)
		if err == ErrNotFound {
			return nil
		}
		return err
	})
	if out == nil {
		out = Draft{}
	}
	return out, err
}

// SaveDraft keeps what is typed in form; an empty draft is removed.
func (s *Store) SaveDraft(form string, d Draft) error {
	if d.Empty() {
		return s.ClearDraft(form)
	}
	d = maps.Clone(d)
	return s.db.Update(func(tx txn) error {
		return put(tx, bucketDrafts, []byte(form), d)
	})
}

// ClearDraft forgets form's draft, once what it made is saved.
func (s *Store) ClearDraft(form string) error {
	return s.db.Update(func(tx txn) error {
		b := tx.Bucket(bucketDrafts)
		if b == nil || b.Get([]byte(form)) == nil {
			return nil
		}
		return b.Delete([]byte(form))
	})
}
