// Package help is the "Get help" screen: what to do and who to call, for
// the chosen region, with no internet. Three tabs: what happened, who to
// call (with the family's own contacts), and if your child tells you.
package help

import (
	"family-online-safety/data"
	"family-online-safety/screens"
)

// ContactStore is the family's own contacts.
type ContactStore interface {
	Contacts() ([]data.Contact, error)
	AddContact(c data.Contact) (data.Contact, error)
	UpdateContact(c data.Contact) error
	DeleteContact(id data.ID) error
	RestoreContact(c data.Contact) error
}

// SettingsReader gives the region.
type SettingsReader = screens.SettingsReader

// LinkActions copy a number and open a web address when asked.
type LinkActions = screens.LinkActions

// messages are the help screen's own words for a contact's fields.
var messages = screens.Messages{
	screens.Key(data.FieldContactPhone, data.RuleFormat): "invalid.contact.phone",
	screens.Key(data.FieldContactEmail, data.RuleFormat): "invalid.contact.email",
}
