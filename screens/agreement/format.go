package agreement

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"family-online-safety/data"
	"family-online-safety/screens"
)

// Formatting and parsing shared by the agreement screen and its Home
// section.

// formatDuration says "1 h 30 min", "2 h" or "45 min".
func formatDuration(tr screens.Translator, minutes int) string {
	h, m := minutes/60, minutes%60
	switch {
	case h > 0 && m > 0:
		return tr.T("agreement.duration.hm", map[string]any{"H": h, "M": m})
	case h > 0:
		return tr.T("agreement.duration.h", map[string]any{"H": h})
	default:
		return tr.T("agreement.duration.m", map[string]any{"M": m})
	}
}

// clock formats minutes since midnight as 24-hour "07:30".
func clock(minutes int) string { return fmt.Sprintf("%02d:%02d", minutes/60, minutes%60) }

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

// dayName is the full name of day i, Monday 0.
func dayName(tr screens.Translator, i int) string { return tr.T(fmt.Sprintf("agreement.day.%d", i)) }

// dayShort is the short name of day i, Monday 0.
func dayShort(tr screens.Translator, i int) string {
	return tr.T(fmt.Sprintf("agreement.dayshort.%d", i))
}

// formatDays says which days a window is on.
func formatDays(tr screens.Translator, d data.Days) string {
	switch d {
	case data.EveryDay:
		return tr.T("agreement.days.every")
	case data.SchoolDays:
		return tr.T("agreement.days.school")
	case data.Weekend:
		return tr.T("agreement.days.weekend")
	}
	var names []string
	for i, on := range d {
		if on {
			names = append(names, dayShort(tr, i))
		}
	}
	return strings.Join(names, ", ")
}

// formatTimes says "20:30 to 07:00 the next morning".
func formatTimes(tr screens.Translator, w data.Window) string {
	key := "agreement.window.times"
	if w.CrossesMidnight() {
		key = "agreement.window.times_overnight"
	}
	return tr.T(key, map[string]any{"Start": clock(w.Start), "End": clock(w.End)})
}

// formatWho says who a window is for.
func formatWho(tr screens.Translator, w data.Window, kids []data.Child) string {
	if w.Everyone {
		return tr.T("agreement.window.everyone")
	}
	var names []string
	for _, c := range kids {
		for _, id := range w.Children {
			if id == c.ID {
				names = append(names, c.Name)
			}
		}
	}
	if len(names) == 0 {
		return tr.T("agreement.window.nobody")
	}
	return strings.Join(names, ", ")
}
