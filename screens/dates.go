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

// dateOrder is how the region in use orders a short date.
func dateOrder(tr Translator) string { return content.DateOrder(content.RegionOf(tr)) }

// FormatDate writes a day as the region writes dates ("29/11/2026"); ""
// for no date.
func FormatDate(tr Translator, t time.Time) string {
	return content.FormatDate(content.RegionOf(tr), t)
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
	n, ok := dateNumbers(s)
	if !ok {
		return time.Time{}, false
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

// dateNumbers splits a typed date into its three numbers, whatever the
// separator ("/", ".", "-" or spaces).
func dateNumbers(s string) (n [3]int, ok bool) {
	parts := strings.FieldsFunc(s, func(r rune) bool { return r == '/' || r == '.' || r == '-' || r == ' ' })
	if len(parts) != 3 {
		return n, false
	}
	for i, p := range parts {
		v, err := strconv.Atoi(p)
		if err != nil || v < 0 || len(p) > 4 {
			return n, false
		}
		n[i] = v
	}
	return n, true
}
