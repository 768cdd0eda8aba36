// Package welcome is the first-run screen: language, region, the first
// child (or a demo family), and the promise that everything stays here.
package welcome

import (
	"family-online-safety/content"
	"family-online-safety/data"
)

// Actions finish the first run, one way or the other.
type Actions interface {
	SetLanguage(code string)
	// Finish saves the region, the first child if any, and marks the
	// welcome done.
	Finish(region content.Region, first *data.Child) error
	StartDemo() error
}

// Draft keeps what was typed on the welcome screen, so that switching
// language (which rebuilds every screen) loses nothing.
type Draft struct {
	Language string
	Region   content.Region
	Name     string
	Month    int // 1–12, 0 when not chosen
	Year     int // 0 when not chosen
	// Passphrase, when set, encrypts the family's records from the start
	// (privacy.go); Repeat is it typed again.
	Passphrase, Repeat string
}
