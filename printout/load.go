package printout

import (
	"time"

	"family-online-safety/content"
	"family-online-safety/data"
)

// FamilySource is what a Family is read from (the store).
type FamilySource interface {
	Agreement() (data.Agreement, error)
	ActiveChildren() ([]data.Child, error)
}

// SheetSource is what a carer's sheet is read from (the store).
type SheetSource interface {
	FamilySource
	Child(id data.ID) (data.Child, error)
	AppNotes(child data.ID) ([]data.AppNote, error)
	Contacts() ([]data.Contact, error)
	Concerns(child data.ID) ([]data.Concern, error)
}

// LoadFamily reads the agreement and the active children.
func LoadFamily(src FamilySource, r content.Region, now time.Time) (Family, error) {
	a, err := src.Agreement()
	if err != nil {
		return Family{}, err
	}
	kids, err := src.ActiveChildren()
	if err != nil {
		return Family{}, err
	}
	hols, err := loadHolidays(src)
	if err != nil {
		return Family{}, err
	}
	return Family{Agreement: a, Children: kids, Holidays: hols, Region: r.OrDefault(), Now: now}, nil
}

// LoadSheet reads everything the sheet for one child needs. The concern
// log is read only when foster is set.
func LoadSheet(src SheetSource, child data.ID, foster bool, r content.Region, now time.Time) (Sheet, error) {
	fam, err := LoadFamily(src, r, now)
	if err != nil {
		return Sheet{}, err
	}
	sh := Sheet{Family: fam, Foster: foster}
	if sh.Child, err = src.Child(child); err != nil {
		return Sheet{}, err
	}
	if sh.Apps, err = src.AppNotes(child); err != nil {
		return Sheet{}, err
	}
	if sh.Contacts, err = src.Contacts(); err != nil {
		return Sheet{}, err
	}
	if foster {
		if sh.Concerns, err = src.Concerns(child); err != nil {
			return Sheet{}, err
		}
	}
	return sh, nil
}
