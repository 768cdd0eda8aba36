package home

import (
	"strings"
	"time"

	"family-online-safety/data"
	"family-online-safety/screens"
)

// changeText says one today-only change: what, when it ends and why.
func changeText(tr screens.Translator, ch data.DayChange, now time.Time) string {
	args := map[string]any{
		"Time":    data.ClockText(ch.Until),
		"Extra":   data.DurationText(tr, ch.Minutes),
		"Date":    screens.FormatDate(tr, ch.Day),
		"DayName": data.DayName(tr, data.DayIndex(ch.Day.Weekday())),
	}
	when := "today"
	switch {
	case ch.Day.After(data.Day(now)):
		when = "later"
	case ch.Day.Before(data.Day(now)) && !ch.InForce(now):
		when = "past"
	case ended(ch, now):
		when = "ended"
	}
	text := tr.T("periods.change."+string(ch.Kind)+"."+when, args)
	if when == "today" {
		if ch.Kind == data.ChangeBedtime && ch.Until < data.MorningEndsBefore {
			text += " " + tr.T("periods.change.ends_morning", args)
		} else if ch.Kind != data.ChangeBedtime {
			text += " " + tr.T("periods.change.ends_midnight")
		}
	}
	if ch.Reason != "" {
		text = tr.T("periods.change.with_reason", map[string]any{"Change": text, "Reason": ch.Reason})
	}
	return text
}

// countsText is "3 late nights, 1 day without screens".
func countsText(tr screens.Translator, counts map[data.DayChangeKind]int) string {
	var parts []string
	for _, k := range data.DayChangeKinds {
		if n := counts[k]; n > 0 {
			parts = append(parts, tr.N("periods.count."+string(k), n))
		}
	}
	if len(parts) == 0 {
		return tr.T("periods.history.none")
	}
	return strings.Join(parts, ", ")
}
