package data

import (
	"fmt"
	"slices"
	"sort"
	"strings"
)

// Contact is one of the family's own contacts ("My contacts" on the help
// screen): the school's safeguarding lead, the council's children's
// services, the GP, a social worker. They are shown above the built-in
// helplines, so the people who know the child are at hand at 11 pm.
type Contact struct {
	ID    ID          `json:"id"`
	Name  string      `json:"name"`
	Role  ContactRole `json:"role"`
	Phone string      `json:"phone,omitempty"`
	Email string      `json:"email,omitempty"`
	Notes string      `json:"notes,omitempty"`
}

// ContactRole says who a contact is to the family. The screen shows it in
// the user's language.
type ContactRole string

// The roles a contact can have.
const (
	RoleSchool       ContactRole = "school"        // school safeguarding lead
	RoleCouncil      ContactRole = "council"       // council children's services
	RoleOutOfHours   ContactRole = "out-of-hours"  // council out-of-hours team
	RoleGP           ContactRole = "gp"            // GP or health visitor
	RoleSocialWorker ContactRole = "social-worker" // the child's or family's social worker
	RoleOther        ContactRole = "other"
)

// ContactRoles lists the roles in the order the screen offers them.
var ContactRoles = []ContactRole{RoleSchool, RoleCouncil, RoleOutOfHours, RoleGP, RoleSocialWorker, RoleOther}

// Limits on a contact's fields, in characters.
const (
	MaxContactName  = 80
	MaxContactPhone = 30
	MaxContactEmail = 254
	MaxContactNotes = 2000
)

// Validate tidies a contact and checks it before it is saved. A contact
// needs a name; a phone number and an email address are optional, but
// must look like one when given.
func (c *Contact) Validate() error {
	c.Name = strings.TrimSpace(c.Name)
	c.Phone = strings.TrimSpace(c.Phone)
	c.Email = strings.TrimSpace(c.Email)
	c.Notes = strings.TrimSpace(c.Notes)
	if c.Role == "" {
		c.Role = RoleOther
	}
	if p := c.Problems(); len(p) > 0 {
		return p[0]
	}
	return nil
}

// Problems is every rule the contact breaks, at most one per field, in
// the order of the form's fields, so a form can say them all at once.
func (c Contact) Problems() []error {
	var out []error
	name := strings.TrimSpace(c.Name)
	phone, email := strings.TrimSpace(c.Phone), strings.TrimSpace(c.Email)
	switch {
	case name == "":
		out = append(out, invalid(FieldContactName, RuleRequired))
	case len([]rune(name)) > MaxContactName:
		out = append(out, tooLong(FieldContactName, MaxContactName))
	}
	if c.Role != "" && !slices.Contains(ContactRoles, c.Role) {
		out = append(out, invalid(FieldContactRole, RuleUnknown))
	}
	if phone != "" && !validPhone(phone) {
		out = append(out, invalid(FieldContactPhone, RuleFormat))
	}
	if email != "" && !validEmail(email) {
		out = append(out, invalid(FieldContactEmail, RuleFormat))
	}
	if len([]rune(strings.TrimSpace(c.Notes))) > MaxContactNotes {
		out = append(out, tooLong(FieldContactNotes, MaxContactNotes))
	}
	return out
}

// validPhone accepts what people write down: digits with spaces, hyphens,
// dots, brackets and a leading +, and from 3 to 15 digits.
func validPhone(p string) bool {
	if len(p) > MaxContactPhone {
		return false
	}
	digits := 0
	for i, r := range p {
		switch {
		case r >= '0' && r <= '9':
			digits++
		case r == '+' && i == 0:
		case strings.ContainsRune(" -.()", r):
		default:
			return false
		}
	}
	return digits >= 3 && digits <= 15
}

// validEmail is a plain check: one @, something before it, a dot after it,
// no spaces.
func validEmail(e string) bool {
	if len(e) > MaxContactEmail || strings.ContainsAny(e, " \t\r\n") || strings.Count(e, "@") != 1 {
		return false
	}
	local, domain, _ := strings.Cut(e, "@")
	return local != "" && strings.Contains(domain, ".") &&
		!strings.HasPrefix(domain, ".") && !strings.HasSuffix(domain, ".")
}

// AddContact saves a new contact and returns it with its id.
func (s *Store) AddContact(c Contact) (Contact, error) {
	if err := c.Validate(); err != nil {
		return Contact{}, err
	}
	err := s.db.Update(func(tx txn) error {
		id, err := nextID(tx, bucketContacts)
		if err != nil {
			return err
		}
		c.ID = id
		return put(tx, bucketContacts, id.key(), c)
	})
	return c, err
}

// UpdateContact replaces a saved contact.
func (s *Store) UpdateContact(c Contact) error {
	if err := c.Validate(); err != nil {
		return err
	}
	return s.db.Update(func(tx txn) error {
		if tx.Bucket(bucketContacts).Get(c.ID.key()) == nil {
			return fmt.Errorf("contact %d: %w", c.ID, ErrNotFound)
		}
		return put(tx, bucketContacts, c.ID.key(), c)
	})
}

// DeleteContact removes a contact. The screen keeps the deleted contact
// for a moment so RestoreContact can undo it.
func (s *Store) DeleteContact(id ID) error {
	return s.db.Update(func(tx txn) error {
		b := tx.Bucket(bucketContacts)
		if b.Get(id.key()) == nil {
			return fmt.Errorf("contact %d: %w", id, ErrNotFound)
		}
		return del(tx, bucketContacts, id.key())
	})
}

// RestoreContact puts a deleted contact back under its old id (undo).
// Ids are never reused, so the old id is still free.
func (s *Store) RestoreContact(c Contact) error {
	if c.ID == 0 {
		return invalid(FieldContactID, RuleRequired)
	}
	if err := c.Validate(); err != nil {
		return err
	}
	return s.db.Update(func(tx txn) error {
		return put(tx, bucketContacts, c.ID.key(), c)
	})
}

// Contacts returns the family's contacts sorted by name.
func (s *Store) Contacts() ([]Contact, error) {
	var out []Contact
	err := s.db.View(func(tx txn) error {
		sl, err := sealerOf(tx)
		if err != nil {
			return err
		}
		return tx.Bucket(bucketContacts).ForEach(func(k, v []byte) error {
			if len(k) != 8 { // only the family's own contacts, keyed by id alone
				return nil
			}
			var c Contact
			if decodeOrSkip(tx, sl, bucketContacts, k, v, &c) {
				out = append(out, c)
			}
			return nil
		})
	})
	sort.SliceStable(out, func(i, j int) bool {
		return strings.ToLower(out[i].Name) < strings.ToLower(out[j].Name)
	})
	return out, err
}
