package content

import "time"

// FormatDate writes a day in the order the region writes short dates:
// day/month/year in the UK, Ireland, Australia and New Zealand,
// month/day/year in the US, year-month-day in Canada (its official short
// form). "" for no date. Screens and printouts both write dates this way.
func FormatDate(r Region, t time.Time) string {
	if t.IsZero() {
		return ""
	}
	switch DateOrder(r) {
	case "mdy":
		return t.Format("01/02/2006")
	case "ymd":
		return t.Format(time.DateOnly)
	}
	return t.Format("02/01/2006")
}

// DateOrder is how a region orders a short date: "dmy", "mdy" or "ymd".
func DateOrder(r Region) string {
	switch r {
	case RegionUS:
		return "mdy"
	case RegionCA:
		return "ymd"
	}
	return "dmy"
}
