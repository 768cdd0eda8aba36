package printout

import (
	"fmt"
	"strings"
	"time"

	ics "github.com/arran4/golang-ical"

	"family-online-safety/data"
)

// icsLocal is a wall-clock time in the event's own time zone (TZID).
const icsLocal = "20060102T150405"

// byDayCodes are iCalendar's day names, Monday first like data.Days.
var byDayCodes = [7]string{"MO", "TU", "WE", "TH", "FR", "SA", "SU"}

// DeviceFreeICS is the device-free times as an iCalendar file to import
// into a family calendar, in the time zone of fam.Now (the computer's).
// Which days each time falls on is read from the plan day by day
// (data.InForce): a time that holds all year, or in term time, is one
// weekly event from today, and a term-time one skips each holiday day
// (EXDATE); a holidays-only time is one weekly event per holiday period,
// ending with it. A window past midnight ends the next morning. Events
// are shown as free time, not busy, and keep their ids, so importing
// again updates them.
func DeviceFreeICS(fam Family, w data.Words) ([]byte, error) {
	if err := fam.check(); err != nil {
		return nil, err
	}
	loc := fam.Now.Location()
	tzid := ZoneID(loc)
	cal := ics.NewCalendarFor("Family Online Safety")
	cal.SetMethod(ics.MethodPublish)
	cal.SetXWRCalName(w.T("print.ics.name"))
	cal.SetXWRTimezone(tzid)
	cal.AddVTimezone(vTimezone(tzid, loc, fam.Now.Year()-1))
	days := planDays(fam)
	for _, win := range fam.Plan.Agreement.Windows {
		if win.Start == win.End || win.Days == (data.Days{}) {
			continue // never in force: nothing to put in a calendar
		}
		if win.When == data.PeriodHolidays {
			addHolidayWindow(cal, win, fam, w, tzid, days)
			continue
		}
		addWeeklyWindow(cal, win, fam, w, tzid, days)
	}
	return []byte(cal.Serialize(ics.WithNewLine("\r\n"))), nil // RFC 5545 lines end in CRLF
}

// planDays is what the plan puts in force on each day from today to
// calendarEnd.
func planDays(fam Family) []data.DayPlan {
	y, m, d := fam.Now.Date()
	loc := fam.Now.Location()
	end := calendarEnd(fam)
	var out []data.DayPlan
	for i := 0; ; i++ {
		noon := time.Date(y, m, d+i, 12, 0, 0, 0, loc)
		if data.Day(noon).After(end) {
			return out
		}
		out = append(out, data.InForce(fam.Plan, noon))
	}
}

// holds reports whether the window is in force that day.
func holds(day data.DayPlan, win data.Window) bool {
	for _, x := range day.Windows {
		if x.ID == win.ID {
			return true
		}
	}
	return false
}

// addWeeklyWindow adds a weekly event from the first day the window
// holds, with an EXDATE for each later day of its week it does not hold
// on (a holiday, for a term-time one).
func addWeeklyWindow(cal *ics.Calendar, win data.Window, fam Family, w data.Words, tzid string, days []data.DayPlan) {
	first := -1
	var skip []data.DayPlan
	for i, day := range days {
		switch {
		case !win.Days[day.Weekday()]:
		case holds(day, win) && first < 0:
			first = i
		case !holds(day, win) && first >= 0:
			skip = append(skip, day)
		}
	}
	if first < 0 {
		first = 0
		for !win.Days[days[first].Weekday()] { // term time never comes back in the file: start on its first day
			first++
		}
	}
	ev := windowEvent(cal, win, fam, w, tzid, days[first].Date, fmt.Sprintf("device-free-%d@family-online-safety", win.ID))
	ev.AddRrule("FREQ=WEEKLY;BYDAY=" + ByDay(win.Days))
	for _, day := range skip {
		y, m, d := day.Date.Date()
		at := time.Date(y, m, d, win.Start/60, win.Start%60, 0, 0, day.Date.Location())
		ev.AddExdate(at.Format(icsLocal), ics.WithTZID(tzid))
	}
}

// addHolidayWindow adds a holidays-only window once per holiday period
// it holds in: weekly on its days, from the first day it holds in the
// period until the period's last day.
func addHolidayWindow(cal *ics.Calendar, win data.Window, fam Family, w data.Words, tzid string, days []data.DayPlan) {
	done := map[data.ID]bool{}
	for _, day := range days {
		h := day.Period
		if !holds(day, win) || done[h.ID] {
			continue
		}
		done[h.ID] = true
		end := time.Date(h.Last.Year(), h.Last.Month(), h.Last.Day(), 23, 59, 59, 0, day.Date.Location())
		ev := windowEvent(cal, win, fam, w, tzid, day.Date, fmt.Sprintf("device-free-%d-holiday-%d@family-online-safety", win.ID, h.ID))
		ev.AddRrule("FREQ=WEEKLY;BYDAY=" + ByDay(win.Days) + ";UNTIL=" + end.UTC().Format("20060102T150405Z"))
	}
}

// windowEvent is one window's event, first on day, without its repeats.
func windowEvent(cal *ics.Calendar, win data.Window, fam Family, w data.Words, tzid string, day time.Time, uid string) *ics.VEvent {
	loc := fam.Now.Location()
	y, m, d := day.Date()
	start := time.Date(y, m, d, win.Start/60, win.Start%60, 0, 0, loc)
	end := time.Date(y, m, d, win.End/60, win.End%60, 0, 0, loc)
	if win.CrossesMidnight() {
		end = time.Date(y, m, d+1, win.End/60, win.End%60, 0, 0, loc)
	}
	ev := cal.AddEvent(uid)
	ev.SetDtStampTime(fam.Now)
	ev.SetProperty(ics.ComponentPropertyDtStart, start.Format(icsLocal), ics.WithTZID(tzid))
	ev.SetProperty(ics.ComponentPropertyDtEnd, end.Format(icsLocal), ics.WithTZID(tzid))
	who := data.WhoText(w, win, fam.Children)
	ev.SetSummary(w.T("print.ics.summary", map[string]any{"Label": win.Label, "Who": who}))
	ev.SetDescription(w.T("print.ics.description", map[string]any{"Times": data.TimesText(w, win), "Days": daysAndPeriod(w, win), "Who": who}))
	ev.SetTimeTransparency(ics.TransparencyTransparent)
	return ev
}

// ByDay is a day set as an RRULE BYDAY list, Monday first: "MO,TU,WE".
func ByDay(days data.Days) string {
	var codes []string
	for i, on := range days {
		if on {
			codes = append(codes, byDayCodes[i])
		}
	}
	return strings.Join(codes, ",")
}

// OnlyFor keeps the device-free times that apply to one child, for a
// calendar of that child's times.
func (fam Family) OnlyFor(child data.ID) Family {
	a := fam.Plan.Agreement
	a.Windows = nil
	for _, w := range fam.Plan.Agreement.Windows {
		if w.AppliesTo(child) {
			a.Windows = append(a.Windows, w)
		}
	}
	fam.Plan.Agreement = a
	return fam
}
