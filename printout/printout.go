// Package printout makes the files that leave the app for paper and
// calendars: the family agreement and the one-page sheet for another
// carer as PDF, and the device-free times as an iCalendar file. It takes
// plain data (the agreement, children, app notes, contacts, the words in
// the chosen language, the region and the time) and never imports Fyne,
// so every document can be made and checked without a window.
package printout

import (
	"time"

	"family-online-safety/content"
	"family-online-safety/data"
)

// Fonts are the TrueType fonts a PDF is set in. They are embedded (only
// the characters used), so Welsh ŵ and ŷ and Polish ł, ż, ś and ę print
// on any computer. The app passes the Noto Sans that Fyne bundles.
type Fonts struct {
	Regular []byte
	Bold    []byte
}

// Family is what every document is made from. Every document reads the
// plan through data.InForce, and refuses a plan not read with its
// holidays and today-only changes (data.Plan.Check): make a Family with
// LoadFamily.
type Family struct {
	Plan     data.Plan
	Children []data.Child // the active children, in the order to list them
	Region   content.Region
	Now      time.Time // the moment the document is made, in the computer's time zone
}

// check refuses a family whose plan was put together by hand.
func (fam Family) check() error { return fam.Plan.Check() }

// today is what the plan puts in force on the day the document is made.
func (fam Family) today() data.DayPlan { return data.InForce(fam.Plan, fam.Now) }

// Sheet is what the one-page sheet for another carer is made from, for
// one child.
type Sheet struct {
	Family
	Child data.Child
	// From is the first of the 7 days the sheet covers; zero means the
	// day it is printed (Now).
	From     time.Time
	Apps     []data.AppNote
	Contacts []data.Contact // the family's own contacts
	Concerns []data.Concern // shown only with Foster
	// Foster adds the placement's records: what the carer may decide,
	// photos, contact arrangements and the concern log. Left out unless
	// the user ticks it.
	Foster bool
}

// letterRegions print on US Letter paper; everywhere else uses A4.
var letterRegions = map[content.Region]bool{content.RegionUS: true, content.RegionCA: true}

// PaperSize is the paper a region prints on: "Letter" or "A4".
func PaperSize(r content.Region) string {
	if letterRegions[r] {
		return "Letter"
	}
	return "A4"
}
