package agreement

import (
	"strconv"
	"strings"
	"time"

	"family-online-safety/data"
	"family-online-safety/screens"
)

// Formatting and parsing shared by the agreement screen and its Home
// section.

// parseClock reads "20:30", "7:05", "20.30" or "0730" into minutes since
// midnight.
func parseClock(s string) (int, bool) {
	s = strings.TrimSpace(s)
	var hs, ms string
	if i := strings.IndexAny(s, ":."); i >= 0 {
		hs, ms = s[:i], s[i+1:]
	} else if len(s) == 4 {
		hs, ms = s[:2], s[2:]
	} else {
		return 0, false
	}
	if len(ms) != 2 || len(hs) < 1 || len(hs) > 2 {
		return 0, false
	}
	h, err1 := strconv.Atoi(hs)
	m, err2 := strconv.Atoi(ms)
	if err1 != nil || err2 != nil || h < 0 || h > 23 || m < 0 || m > 59 {
		return 0, false
	}
	return h*60 + m, true
}

// parseLimit reads the hours and minutes boxes of one day. Both empty
// means "no limit set". ok is false for anything but whole numbers making
// 0 to 24 hours.
func parseLimit(hours, minutes string) (data.Limit, bool) {
	hours, minutes = strings.TrimSpace(hours), strings.TrimSpace(minutes)
	if hours == "" && minutes == "" {
		return data.Limit{}, true
	}
	num := func(s string, most int) (int, bool) {
		if s == "" {
			return 0, true
		}
		n, err := strconv.Atoi(s)
		return n, err == nil && n >= 0 && n <= most
	}
	h, okH := num(hours, 24)
	m, okM := num(minutes, 59)
	total := h*60 + m
	if !okH || !okM || total > data.MinutesPerDay {
		return data.Limit{}, false
	}
	return data.Minutes(total), true
}

// limitBoxes gives the text for the hours and minutes boxes of a limit.
func limitBoxes(l data.Limit) (string, string) {
	if !l.Set {
		return "", ""
	}
	return strconv.Itoa(l.Minutes / 60), strconv.Itoa(l.Minutes % 60)
}

// formatDate is the app's one way of writing a date (screens.FormatDate).
func formatDate(tr screens.Translator, t time.Time) string { return screens.FormatDate(tr, t) }
