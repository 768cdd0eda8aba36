package data

import "slices"

// The contacts another home's file added without a question are named in
// Settings, with "Remove these" and "Keep them", until the carer answers.
// The list is kept (sealed in meta, like the refused floods), so a
// restart does not hide contacts the carer has not looked at yet.

var keyAddedContacts = []byte("added_contacts")

// keptAddedContacts caps the list: a file adds a few contacts a day, and
// Settings names the first of them only.
const keptAddedContacts = 1000

// AddedContact is a contact another home's file added: its stable id (to
// find it to remove it), and the name, phone and email it came with.
type AddedContact struct {
	UID   string `json:"uid"`
	Name  string `json:"name"`
	Phone string `json:"phone,omitempty"`
	Email string `json:"email,omitempty"`
}

// AddedContacts are the contacts other homes' files added that the carer
// has not answered about yet, oldest first.
func (s *Store) AddedContacts() ([]AddedContact, error) {
	var out []AddedContact
	err := s.db.View(func(tx txn) error {
		if err := get(tx, bucketMeta, keyAddedContacts, &out); err != nil && err != ErrNotFound {
			return err
		}
		return nil
	})
	return out, err
}

// SaveAddedContacts keeps list (the newest keptAddedContacts), replacing
// what was kept; an empty list removes it. Nothing is written when
// nothing changes.
func (s *Store) SaveAddedContacts(list []AddedContact) error {
	list = list[max(0, len(list)-keptAddedContacts):]
	if was, err := s.AddedContacts(); err == nil && slices.Equal(was, list) {
		return nil
	}
	return s.db.Update(func(tx txn) error {
		if len(list) == 0 {
			return del(tx, bucketMeta, keyAddedContacts)
		}
		return put(tx, bucketMeta, keyAddedContacts, list)
	})
}
