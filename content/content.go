// Package content holds the built-in catalogues the app ships with:
// conversation starters, apps and games, and where to get help.
//
// Only ids and metadata live here. Every sentence a user reads lives in the
// translation files (translations/*.toml), keyed by the item's id, so the
// content is translated like the rest of the app. Every item records the
// source it follows and the month that source was last checked, so the app
// can show "Advice last checked: 2026-11".
package content

import "time"

// Checked is the year and month ("2026-11") a built-in item was last
// compared with its source.
type Checked string

// Source names where a built-in fact comes from.
type Source struct {
	Name    string // organisation or document, e.g. "NSPCC"
	URL     string // https address, empty when there is none
	Checked Checked
}

// Band is an age band for conversation starters.
type Band string

// The age bands, youngest first.
const (
	BandUnder5 Band = "under5"
	Band5to7   Band = "5-7"
	Band8to10  Band = "8-10"
	Band11to12 Band = "11-12"
	Band13to15 Band = "13-15"
	Band16to17 Band = "16-17"
)

// Bands lists every band, youngest first.
var Bands = []Band{BandUnder5, Band5to7, Band8to10, Band11to12, Band13to15, Band16to17}

// BandForAge returns the band for a child of the given age in whole years.
// Children of 18 or over are given the oldest band.
func BandForAge(years int) Band {
	switch {
	case years < 5:
		return BandUnder5
	case years <= 7:
		return Band5to7
	case years <= 10:
		return Band8to10
	case years <= 12:
		return Band11to12
	case years <= 15:
		return Band13to15
	default:
		return Band16to17
	}
}

// OldestChecked is the earliest check among sources: what a text citing
// them all can honestly say it was last checked. "" for none.
func OldestChecked(sources []Source) Checked {
	var out Checked
	for _, s := range sources {
		if out == "" || (s.Checked != "" && s.Checked < out) {
			out = s.Checked
		}
	}
	return out
}

// NewestChecked is the latest check among sources, "" for none.
func NewestChecked(sources []Source) Checked {
	var out Checked
	for _, s := range sources {
		if s.Checked > out {
			out = s.Checked
		}
	}
	return out
}

// StaleAfterMonths is how long built-in advice is trusted without a new
// check: a screen whose newest check is older says so.
const StaleAfterMonths = 12

// Month is when the item was checked, as the first day of that month,
// and whether the value is a year and month.
func (c Checked) Month() (time.Time, bool) {
	t, err := time.Parse("2006-01", string(c))
	return t, err == nil
}

// StaleOn reports whether advice checked in c is more than
// StaleAfterMonths before day: checked in November 2026, it is stale from
// December 2027. A value that is not a month is never stale.
func (c Checked) StaleOn(day time.Time) bool {
	t, ok := c.Month()
	if !ok {
		return false
	}
	months := (day.Year()-t.Year())*12 + int(day.Month()) - int(t.Month())
	return months > StaleAfterMonths
}
