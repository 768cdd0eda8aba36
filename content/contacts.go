package content

// Tristate is a yes/no answer that may not be known.
type Tristate int

// The Tristate values; the zero value is TristateUnknown.
const (
	TristateUnknown Tristate = iota
	TristateYes
	TristateNo
)

// Role is what a contact is in its region, where a text needs to name it
// (see Region.Facts). Most contacts have none.
type Role string

// The roles a text can refer to.
const (
	RoleEmergency          Role = "emergency"
	RolePoliceNonEmergency Role = "police"     // the police outside an emergency
	RoleChildLine          Role = "child-line" // the children's helpline
	RoleCrisis             Role = "crisis"     // suicide, self-harm, despair; any age
	RoleParents            Role = "parents"    // a helpline for parents and carers
)

// Contact is a service a family can phone, email or report to.
type Contact struct {
	ID     string
	Region Region // RegionAny for a service usable from any region
	Name   string // organisation name as it calls itself; not translated
	Phone  string // as dialled, spaces or hyphens allowed; empty if none
	Web    string // https address to open; empty if none
	Email  string // empty if none
	Role   Role
	// Anonymous says whether a report or call can be made without giving
	// a name.
	Anonymous Tristate
	// MinAge and MaxAge bound who the service is for, in whole years;
	// 0 means no bound.
	MinAge, MaxAge int
	// YoungPeopleOnly marks a line for children and young people, which a
	// parent's request for advice must never be routed to.
	YoungPeopleOnly bool
	// ProfessionalsOnly marks a line for people who work with children,
	// which a parent's request for advice must not be routed to either.
	ProfessionalsOnly bool
	// ReportsOnly marks a service that takes reports (a tipline) and
	// gives no advice to parents.
	ReportsOnly bool
	// NeedsWebAddress marks a service that acts only on a web address, so
	// it cannot help with an image sent in a private chat or group.
	NeedsWebAddress bool
	// Hours is true when the source states opening hours; the text is
	// under HoursKey.
	Hours  bool
	Source Source
}

// PurposeKey is the translation key of what the contact is for.
func (c Contact) PurposeKey() string { return "contact." + c.ID + ".purpose" }

// HoursKey is the translation key of the contact's hours. The key exists
// only when HasHours is true.
func (c Contact) HoursKey() string { return "contact." + c.ID + ".hours" }

// HasHours reports whether the contact has an hours text.
func (c Contact) HasHours() bool { return c.Hours }

// Label is how a text names the contact: "Childline (0800 1111)", or just
// the number when that is its name ("988").
func (c Contact) Label() string {
	if c.Phone == "" || c.Phone == c.Name {
		return c.Name
	}
	return c.Name + " (" + c.Phone + ")"
}

// TelURI is a tel: link for the contact's phone number (digits only), or ""
// when it has no phone.
func (c Contact) TelURI() string {
	digits := make([]byte, 0, len(c.Phone))
	for i := 0; i < len(c.Phone); i++ {
		if ch := c.Phone[i]; ch >= '0' && ch <= '9' {
			digits = append(digits, ch)
		}
	}
	if len(digits) == 0 {
		return ""
	}
	return "tel:" + string(digits)
}

// ContactsFor lists the region's contacts, most used first: its own
// contacts and any region-neutral ones it uses. It is empty for an unknown
// region.
func ContactsFor(r Region) []Contact { return contactsByID(regionOrder[r]) }

// contactsByID looks up each id in turn, skipping any that do not exist
// (the tests make sure none are missing).
func contactsByID(ids []string) []Contact {
	out := make([]Contact, 0, len(ids))
	for _, id := range ids {
		if c, ok := ContactByID(id); ok {
			out = append(out, c)
		}
	}
	return out
}

// ContactByID finds a contact by its id.
func ContactByID(id string) (Contact, bool) {
	for _, c := range contacts {
		if c.ID == id {
			return c, true
		}
	}
	return Contact{}, false
}

// AllContacts lists every contact, grouped by region, for documentation.
func AllContacts() []Contact { return append([]Contact(nil), contacts...) }
