package printout

import (
	"time"

	"family-online-safety/data"
)

// Term time and holidays on paper: each child's term-time and holiday
// limits side by side, the period in force as the document is made
// first; the holiday dates (they are not part of what is signed); and
// when each device-free time holds.

// periodLimits prints one table of limits; when the agreement has
// holiday limits, each child has a row for each period, the period in
// force on the day it is printed first.
func (p *page) periodLimits(fam Family) {
	w := p.w
	a := fam.Plan.Agreement
	hasHoliday := false
	for _, c := range fam.Children {
		hasHoliday = hasHoliday || a.HolidayWeekFor(c.ID) != (data.Week{})
	}
	if !hasHoliday {
		p.limits(fam, w.T("print.limits"), nil)
		return
	}
	order := []bool{false, true}
	if fam.today().Holiday {
		order = []bool{true, false}
	}
	var rows []limitRow
	for _, c := range fam.Children {
		for _, holiday := range order {
			key := "periods.print.row.term"
			if holiday {
				key = "periods.print.row.holidays"
			}
			var week data.Week
			for d := range 7 {
				week[d] = a.LimitOn(c.ID, d, holiday)
			}
			rows = append(rows, limitRow{label: w.T(key, map[string]any{"Name": c.Name}), week: week})
		}
	}
	p.limits(fam, w.T("periods.print.limits.both"), rows)
}

// holidayDates lists the holiday periods from today on, and says which
// period is in force as the document is made.
func (p *page) holidayDates(fam Family) {
	w := p.w
	today := fam.today()
	var lines []string
	for _, h := range fam.Plan.Holidays {
		if h.Last.Before(data.Day(fam.Now)) {
			continue
		}
		lines = append(lines, holidayLine(w, h))
	}
	if len(lines) == 0 && !fam.Plan.Agreement.HasHolidayRules() {
		return
	}
	p.heading(w.T("periods.print.holidays"))
	now := nowText(w, today)
	if len(lines) == 0 {
		p.para(now)
		return
	}
	p.para(now + " " + w.T("periods.print.holidays.note"))
	p.list(lines, false)
}

// holidayLine is "Christmas: 19/12/2026 to 04/01/2027".
func holidayLine(w data.Words, h data.Holiday) string {
	line := w.T("periods.holiday.line", map[string]any{"First": dateText(w, h.First), "Last": dateText(w, h.Last)})
	if h.Name != "" {
		line = h.Name + ": " + line
	}
	return line
}

// nowText says whether the day is term time or a holiday (which, until
// when).
func nowText(w data.Words, day data.DayPlan) string {
	switch {
	case !day.Holiday:
		return w.T("periods.print.now.term")
	case day.Period.Name != "":
		return w.T("periods.print.now.holiday_named", map[string]any{"Name": day.Period.Name, "Last": dateText(w, day.Period.Last)})
	}
	return w.T("periods.print.now.holidays")
}

// periodText is "term time only", "holidays only" or "all year".
func periodText(w data.Words, p data.Period) string {
	if p == data.PeriodAlways {
		return w.T("periods.window.always")
	}
	return w.T("periods.window." + string(p))
}

// daysAndPeriod is a window's days and when it holds: "Mon to Thu ·
// term time only", "Every day · all year".
func daysAndPeriod(w data.Words, win data.Window) string {
	return data.DaysText(w, win.Days) + " · " + periodText(w, win.When)
}

// calendarEnd is the last day a calendar file spells out holidays for:
// a week past the last holiday to come, and at least a week from now.
func calendarEnd(fam Family) time.Time {
	end := data.Day(fam.Now).AddDate(0, 0, 7)
	for _, h := range fam.Plan.Holidays {
		if last := h.Last.AddDate(0, 0, 7); last.After(end) {
			end = last
		}
	}
	return end
}
