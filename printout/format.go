package printout

import (
	"fmt"
	"strings"
	"time"

	"family-online-safety/content"
	"family-online-safety/data"
)

// Words in the chosen language, shared by the documents. The same keys as
// the agreement screen, so paper and screen say the same thing.

// duration says "1 h 30 min", "2 h" or "45 min".
func duration(w data.Words, minutes int) string {
	h, m := minutes/60, minutes%60
	switch {
	case h > 0 && m > 0:
		return w.T("agreement.duration.hm", map[string]any{"H": h, "M": m})
	case h > 0:
		return w.T("agreement.duration.h", map[string]any{"H": h})
	default:
		return w.T("agreement.duration.m", map[string]any{"M": m})
	}
}

// limitText is one day's limit: a duration, "no screens" or "not set".
func limitText(w data.Words, l data.Limit) string {
	switch {
	case !l.Set:
		return w.T("print.limit.none")
	case l.Minutes == 0:
		return w.T("print.limit.zero")
	}
	return duration(w, l.Minutes)
}

// clock is minutes since midnight as 24-hour "07:30".
func clock(minutes int) string { return fmt.Sprintf("%02d:%02d", minutes/60, minutes%60) }

// dateText is a day as the region writes dates, as on screen.
func dateText(w data.Words, t time.Time) string { return content.FormatDate(content.RegionOf(w), t) }

// dayName is the full name of day i, Monday 0.
func dayName(w data.Words, i int) string { return w.T(fmt.Sprintf("agreement.day.%d", i)) }

// dayShort is the short name of day i, Monday 0.
func dayShort(w data.Words, i int) string { return w.T(fmt.Sprintf("agreement.dayshort.%d", i)) }

// daysText says which days a window is on.
func daysText(w data.Words, d data.Days) string {
	switch d {
	case data.EveryDay:
		return w.T("agreement.days.every")
	case data.SchoolDays:
		return w.T("agreement.days.school")
	case data.Weekend:
		return w.T("agreement.days.weekend")
	}
	var names []string
	for i, on := range d {
		if on {
			names = append(names, dayShort(w, i))
		}
	}
	return strings.Join(names, ", ")
}

// timesText says "20:30 to 07:00 the next morning".
func timesText(w data.Words, win data.Window) string {
	key := "agreement.window.times"
	if win.CrossesMidnight() {
		key = "agreement.window.times_overnight"
	}
	return w.T(key, map[string]any{"Start": clock(win.Start), "End": clock(win.End)})
}

// whoText says who a window is for.
func whoText(w data.Words, win data.Window, kids []data.Child) string {
	if win.Everyone {
		return w.T("agreement.window.everyone")
	}
	var names []string
	for _, c := range kids {
		if win.AppliesTo(c.ID) {
			names = append(names, c.Name)
		}
	}
	if len(names) == 0 {
		return w.T("agreement.window.nobody")
	}
	return strings.Join(names, ", ")
}

// places lists the device-free places switched on, built-in ones first.
func places(w data.Words, a data.Agreement) []string {
	var out []string
	for _, key := range data.BuiltinPlaces {
		if a.HasPlace(key) {
			out = append(out, w.T("agreement.place."+key))
		}
	}
	for _, it := range a.Custom {
		out = append(out, it.Text)
	}
	return out
}
