package data

import (
	"fmt"
	"strings"
)

// The agreement in words, shared by its screen and its printout so paper
// and screen say the same thing. The keys live in
// translations/agreement.*.toml.

// DurationText says "1 h 30 min", "2 h" or "45 min".
func DurationText(w Words, minutes int) string {
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

// ClockText writes minutes since midnight as 24-hour "07:30".
func ClockText(minutes int) string { return fmt.Sprintf("%02d:%02d", minutes/60, minutes%60) }

// BedtimeText is a later bedtime's time, "21:30", or for one before
// noon "00:30 (after midnight)": the night of the day it was agreed for.
func BedtimeText(w Words, minutes int) string {
	if minutes < MorningEndsBefore {
		return w.T("time.after_midnight", map[string]any{"Time": ClockText(minutes)})
	}
	return ClockText(minutes)
}

// StartText is when an occurrence starts, said as BedtimeText says it
// when a later bedtime moved an evening time past midnight.
func StartText(w Words, o Occurrence) string {
	start := o.Start.Hour()*60 + o.Start.Minute()
	if start < MorningEndsBefore && o.Window.Start >= MorningEndsBefore {
		return BedtimeText(w, start)
	}
	return ClockText(start)
}

// DayName is the full name of day i, Monday 0.
func DayName(w Words, i int) string { return w.T(fmt.Sprintf("agreement.day.%d", i)) }

// DayShort is the short name of day i, Monday 0.
func DayShort(w Words, i int) string { return w.T(fmt.Sprintf("agreement.dayshort.%d", i)) }

// DaysText says which days a device-free time is on.
func DaysText(w Words, d Days) string {
	switch d {
	case EveryDay:
		return w.T("agreement.days.every")
	case SchoolDays:
		return w.T("agreement.days.school")
	case Weekend:
		return w.T("agreement.days.weekend")
	}
	var names []string
	for i, on := range d {
		if on {
			names = append(names, DayShort(w, i))
		}
	}
	return strings.Join(names, ", ")
}

// TimesText says "20:30 to 07:00 the next morning".
func TimesText(w Words, win Window) string {
	key := "agreement.window.times"
	if win.CrossesMidnight() {
		key = "agreement.window.times_overnight"
	}
	return w.T(key, map[string]any{"Start": ClockText(win.Start), "End": ClockText(win.End)})
}

// WhoText says who a device-free time is for, naming kids in their order.
func WhoText(w Words, win Window, kids []Child) string {
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
