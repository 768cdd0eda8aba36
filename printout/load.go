package printout

import (
	"time"

	"family-online-safety/content"
	"family-online-safety/data"
)

// FamilySource is what a Family is read from (the store): the plan
// (agreement, holidays, today-only changes) and the active children.
type FamilySource interface {
	data.PlanSource
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

// LoadFamily reads the plan (the agreement, the holidays and the
// children's today-only changes) and the active children.
func LoadFamily(src FamilySource, r content.Region, now time.Time) (Family, error) {
	kids, err := src.ActiveChildren()
	if err != nil {
		return Family{}, err
	}
	ids := make([]data.ID, len(kids))
	for i, k := range kids {
		ids[i] = k.ID
	}
	plan, err := data.ReadPlan(src, ids)
	if err != nil {
		return Family{}, err
	}
	return Family{Plan: plan, Children: kids, Region: r.OrDefault(), Now: now}, nil
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
