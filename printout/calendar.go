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
// into a family calendar: one weekly event per window, on its days, in
// the time zone of fam.Now (the computer's). A window past midnight ends
// the next morning. Events are shown as free time, not busy, and keep
// their id, so importing again updates them.
func DeviceFreeICS(fam Family, w data.Words) ([]byte, error) {
	loc := fam.Now.Location()
	tzid := ZoneID(loc)
	cal := ics.NewCalendarFor("Family Online Safety")
	cal.SetMethod(ics.MethodPublish)
	cal.SetXWRCalName(w.T("print.ics.name"))
	cal.SetXWRTimezone(tzid)
	cal.AddVTimezone(vTimezone(tzid, loc, fam.Now.Year()-1))
	for _, win := range fam.Agreement.Windows {
		addWindow(cal, win, fam, w, tzid)
	}
	return []byte(cal.Serialize(ics.WithNewLine("\r\n"))), nil // RFC 5545 lines end in CRLF
}

// addWindow adds one window's weekly event, starting on the first of its
// days from today. A term-time window skips the holiday days; a
// holidays-only one repeats in each holiday period only (periods.go).
func addWindow(cal *ics.Calendar, win data.Window, fam Family, w data.Words, tzid string) {
	if win.When == data.PeriodHolidays {
		addHolidayWindow(cal, win, fam, w, tzid)
		return
	}
	ev := windowEvent(cal, win, fam, w, tzid, firstDay(win.Days, fam.Now), fmt.Sprintf("device-free-%d@family-online-safety", win.ID))
	ev.AddRrule("FREQ=WEEKLY;BYDAY=" + ByDay(win.Days))
	if win.When == data.PeriodTerm {
		termExdates(ev, win, fam, tzid)
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

// firstDay is the first day, from now's day on, that is one of days.
func firstDay(days data.Days, now time.Time) time.Time {
	for i := range 7 {
		d := now.AddDate(0, 0, i)
		if days[data.DayIndex(d.Weekday())] {
			return d
		}
	}
	return now
}

// OnlyFor keeps the device-free times that apply to one child, for a
// calendar of that child's times.
func (fam Family) OnlyFor(child data.ID) Family {
	a := fam.Agreement
	a.Windows = nil
	for _, w := range fam.Agreement.Windows {
		if w.AppliesTo(child) {
			a.Windows = append(a.Windows, w)
		}
	}
	fam.Agreement = a
	return fam
}
