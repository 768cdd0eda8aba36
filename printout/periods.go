package printout

import (
	"fmt"
	"time"

	ics "github.com/arran4/golang-ical"

	"family-online-safety/data"
)

// Term time and holidays on paper and in the calendar: the limits table
// of the period in force comes first, the other period's after it; the
// holiday dates are listed (they are not part of what is signed); a
// device-free time says when it holds; and the calendar skips a
// term-time time on holiday days and repeats a holidays-only time in
// each holiday period only.

// holidaySource is a FamilySource that also keeps holiday periods (the
// store does; a source without them prints term time only).
type holidaySource interface {
	Holidays() ([]data.Holiday, error)
}

// loadHolidays reads the holiday periods when src keeps them.
func loadHolidays(src FamilySource) ([]data.Holiday, error) {
	if h, ok := src.(holidaySource); ok {
		return h.Holidays()
	}
	return nil, nil
}

// inHolidays reports whether the document is made in a holiday period.
func (fam Family) inHolidays() bool { return data.InHolidays(fam.Holidays, fam.Now) }

// holidayWeek is a child's week in the holidays (days not set there
// keep term time's).
func holidayWeek(a data.Agreement, child data.ID) data.Week {
	var w data.Week
	for d := range 7 {
		w[d] = a.LimitOn(child, d, true)
	}
	return w
}

// periodLimits prints the limits of the period in force first, then the
// other's, when the agreement has holiday limits at all.
func (p *page) periodLimits(fam Family) {
	w := p.w
	hasHoliday := false
	for _, c := range fam.Children {
		hasHoliday = hasHoliday || fam.Agreement.HolidayWeekFor(c.ID) != (data.Week{})
	}
	term := func() {
		p.limits(fam, w.T("print.limits"), fam.Agreement.WeekFor)
	}
	if !hasHoliday {
		term()
		return
	}
	holidays := func() {
		p.limits(fam, w.T("periods.print.limits.holidays"), func(c data.ID) data.Week { return holidayWeek(fam.Agreement, c) })
	}
	if fam.inHolidays() {
		holidays()
		term()
	} else {
		term()
		holidays()
	}
}

// holidayDates lists the holiday periods from today on, and says which
// period is in force as the document is made.
func (p *page) holidayDates(fam Family) {
	w := p.w
	today := data.Day(fam.Now)
	var lines []string
	for _, h := range fam.Holidays {
		if h.Last.Before(today) {
			continue
		}
		line := w.T("periods.holiday.line", map[string]any{"First": dateText(w, h.First), "Last": dateText(w, h.Last)})
		if h.Name != "" {
			line = h.Name + ": " + line
		}
		lines = append(lines, line)
	}
	if len(lines) == 0 && !fam.Agreement.HasHolidayRules() {
		return
	}
	p.heading(w.T("periods.print.holidays"))
	now := "periods.print.now.term"
	if fam.inHolidays() {
		now = "periods.print.now.holidays"
	}
	if len(lines) == 0 {
		p.para(w.T(now))
		return
	}
	p.para(w.T(now) + " " + w.T("periods.print.holidays.note"))
	p.list(lines, false)
}

// daysAndPeriod is a window's days, with "holidays only" or "term time
// only" when it holds in one period.
func daysAndPeriod(w data.Words, win data.Window) string {
	days := data.DaysText(w, win.Days)
	if win.When == data.PeriodAlways {
		return days
	}
	return days + " · " + w.T("periods.window."+string(win.When))
}

// termExdates leaves a term-time window's holiday days out of its weekly
// repeats (EXDATE, at the window's start time), from today on.
func termExdates(ev *ics.VEvent, win data.Window, fam Family, tzid string) {
	loc := fam.Now.Location()
	today := data.Day(fam.Now)
	for _, h := range fam.Holidays {
		for d := h.First; !d.After(h.Last); d = d.AddDate(0, 0, 1) {
			if d.Before(today) || !win.Days[data.DayIndex(d.Weekday())] {
				continue
			}
			at := time.Date(d.Year(), d.Month(), d.Day(), win.Start/60, win.Start%60, 0, 0, loc)
			ev.AddExdate(at.Format(icsLocal), ics.WithTZID(tzid))
		}
	}
}

// addHolidayWindow adds a holidays-only window once per holiday period
// still to come: weekly on its days, from the period's first day (or
// today) until its last day.
func addHolidayWindow(cal *ics.Calendar, win data.Window, fam Family, w data.Words, tzid string) {
	loc := fam.Now.Location()
	today := data.Day(fam.Now)
	for _, h := range fam.Holidays {
		if h.Last.Before(today) {
			continue
		}
		from := h.First
		if from.Before(today) {
			from = today
		}
		first := time.Date(from.Year(), from.Month(), from.Day(), 12, 0, 0, 0, loc)
		day := firstDay(win.Days, first)
		if data.Day(day).After(h.Last) {
			continue // none of its days falls in this period
		}
		end := time.Date(h.Last.Year(), h.Last.Month(), h.Last.Day(), 23, 59, 59, 0, loc)
		ev := windowEvent(cal, win, fam, w, tzid, day, fmt.Sprintf("device-free-%d-holiday-%d@family-online-safety", win.ID, h.ID))
		ev.AddRrule("FREQ=WEEKLY;BYDAY=" + ByDay(win.Days) + ";UNTIL=" + end.UTC().Format("20060102T150405Z"))
	}
}
