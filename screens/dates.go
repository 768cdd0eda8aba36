package screens

import (
	"strconv"
	"strings"
	"time"

	"family-online-safety/content"
)

// One way to write and read dates on every screen: in the order the
// family's region writes them (day/month/year in the UK, Ireland,
// Australia and New Zealand; month/day/year in the US; year-month-day in
// Canada, as its official short form). ISO dates (2026-11-29) are always
// understood too. Records keep ISO; only screens use this.

// dateOrder is how a region orders a short date: "dmy", "mdy" or "ymd".
func dateOrder(tr Translator) string {
	switch content.RegionOf(tr) {
	case content.RegionUS:
		return "mdy"
	case content.RegionCA:
		return "ymd"
	}
	return "dmy"
}

// FormatDate writes a day as the region writes dates ("29/11/2026"); ""
// for no date.
func FormatDate(tr Translator, t time.Time) string {
	if t.IsZero() {
		return ""
	}
	switch dateOrder(tr) {
	case "mdy":
		return t.Format("01/02/2006")
	case "ymd":
		return t.Format(time.DateOnly)
	}
	return t.Format("02/01/2006")
}

// FormatDay is FormatDate for a record's ISO day ("2026-11-29"); text
// that is not one is shown as it is.
func FormatDay(tr Translator, iso string) string {
	t, err := time.Parse(time.DateOnly, iso)
	if err != nil {
		return iso
	}
	return FormatDate(tr, t)
}

// ParseDate reads a typed day in the region's order, or as ISO. Day,
// month and year may be split by "/", ".", "-" or spaces; a two-digit
// year is this century. ok is false for anything that is not a real day.
func ParseDate(tr Translator, s string) (time.Time, bool) {
	s = strings.TrimSpace(s)
	if t, err := time.Parse(time.DateOnly, s); err == nil {
		return t, true
	}
	parts := strings.FieldsFunc(s, func(r rune) bool { return r == '/' || r == '.' || r == '-' || r == ' ' })
	if len(parts) != 3 {
		return time.Time{}, false
	}
	var n [3]int
	for i, p := range parts {
		v, err := strconv.Atoi(p)
		if err != nil || v < 0 || len(p) > 4 {
			return time.Time{}, false
		}
		n[i] = v
	}
	var d, m, y int
	switch dateOrder(tr) {
	case "mdy":
		m, d, y = n[0], n[1], n[2]
	case "ymd":
		y, m, d = n[0], n[1], n[2]
	default:
		d, m, y = n[0], n[1], n[2]
	}
	if y < 100 {
		y += 2000
	}
	t := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
	if t.Day() != d || int(t.Month()) != m || y > 9999 {
		return time.Time{}, false
	}
	return t, true
}
