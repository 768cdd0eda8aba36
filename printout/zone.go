package printout

import (
	"fmt"
	"os"
	"strings"
	"time"

	ics "github.com/arran4/golang-ical"
)

// ZoneID names a time zone for a calendar file: its IANA name
// ("Europe/London"), which calendar apps know. Go calls the computer's
// zone "Local", so its name is looked for in TZ and /etc/localtime; when
// none is found the zone gets a name of its own, defined by the file's
// VTIMEZONE.
func ZoneID(loc *time.Location) string {
	if name := loc.String(); name != "Local" && name != "" {
		return name
	}
	if tz := strings.TrimPrefix(os.Getenv("TZ"), ":"); tz != "" && !strings.HasPrefix(tz, "/") {
		return tz
	}
	if link, err := os.Readlink("/etc/localtime"); err == nil {
		if i := strings.Index(link, "zoneinfo/"); i >= 0 {
			return link[i+len("zoneinfo/"):]
		}
	}
	name, _ := time.Now().In(loc).Zone()
	return "Family-Online-Safety-" + name
}

// vTimezone describes loc for calendar apps from its changes in year:
// a STANDARD and a DAYLIGHT part, each repeating yearly on the same
// weekday of the month ("last Sunday of March"); one STANDARD part for a
// zone without summer time.
func vTimezone(tzid string, loc *time.Location, year int) *ics.VTimezone {
	tz := ics.NewTimezone(tzid)
	t := time.Date(year, 1, 1, 0, 0, 0, 0, loc)
	changes := 0
	for changes < 4 {
		_, next := t.ZoneBounds()
		if next.IsZero() || next.Year() > year {
			break
		}
		tz.Components = append(tz.Components, observance(t, next))
		t, changes = next, changes+1
	}
	if changes == 0 {
		_, off := t.Zone()
		std := tz.AddStandard()
		setObservance(&std.ComponentBase, t, off, off, "")
	}
	return tz
}

// observance is the zone change at next, from the zone in force at before.
func observance(before, next time.Time) ics.Component {
	_, from := before.Zone()
	_, to := next.Zone()
	wall := next.UTC().Add(time.Duration(from) * time.Second) // as a clock still on the old time reads it
	rule := fmt.Sprintf("FREQ=YEARLY;BYMONTH=%d;BYDAY=%s", int(wall.Month()), nthWeekday(wall))
	if next.IsDST() {
		d := &ics.Daylight{}
		setObservance(&d.ComponentBase, wall, from, to, rule)
		return d
	}
	s := ics.NewStandard()
	setObservance(&s.ComponentBase, wall, from, to, rule)
	return s
}

func setObservance(c *ics.ComponentBase, wall time.Time, from, to int, rule string) {
	c.SetProperty(ics.ComponentPropertyDtStart, wall.Format(icsLocal))
	c.SetProperty(ics.ComponentProperty("TZOFFSETFROM"), offset(from))
	c.SetProperty(ics.ComponentProperty("TZOFFSETTO"), offset(to))
	if rule != "" {
		c.AddRrule(rule)
	}
}

// nthWeekday is "-1SU" for the last Sunday of its month, "2SU" for the
// second, and so on.
func nthWeekday(t time.Time) string {
	code := byDayCodes[(int(t.Weekday())+6)%7]
	if t.AddDate(0, 0, 7).Month() != t.Month() {
		return "-1" + code
	}
	return fmt.Sprintf("%d%s", (t.Day()-1)/7+1, code)
}

// offset is seconds east of UTC as "+0100" or "-0500".
func offset(sec int) string {
	sign := '+'
	if sec < 0 {
		sign, sec = '-', -sec
	}
	return fmt.Sprintf("%c%02d%02d", sign, sec/3600, sec/60%60)
}
