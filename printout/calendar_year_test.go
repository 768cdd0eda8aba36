package printout

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	ics "github.com/arran4/golang-ical"

	"family-online-safety/content"
	"family-online-safety/data"
)

// A year of device-free times from 1 October 2026: half term is not in
// it (a past one is not listed), Christmas and February half term are,
// and the clocks change on 25 October and 28 March. The calendar file,
// read back by the app's library and by python3-icalendar, holds each
// time on exactly the days the plan (data.InForce) says, at its
// wall-clock time: term-time homework never in a holiday, the
// holidays-only lie-in only in one.
func TestCalendarMatchesThePlanForAYear(t *testing.T) {
	t.Parallel()
	loc := london(t)
	now := time.Date(2026, 10, 1, 12, 0, 0, 0, loc)
	s, tr := demo(t, "en", content.RegionUK, now)
	addHolidayPlan(t, s)
	fam, err := LoadFamily(s, content.RegionUK, now)
	if err != nil {
		t.Fatal(err)
	}
	from, to := data.Day(now), data.Day(now).AddDate(1, 0, 0)
	want := planStarts(fam, from, to)
	for _, kid := range fam.Children {
		one := fam.OnlyFor(kid.ID)
		b, err := DeviceFreeICS(one, tr)
		if err != nil {
			t.Fatal(err)
		}
		wantKid := planStarts(one, from, to)
		if got := expandICS(t, parseICS(t, b), loc, from, to); !slices.Equal(got, wantKid) {
			t.Errorf("%s's calendar, read by golang-ical:\n%s", kid.Name, diffLines(got, wantKid))
		}
	}
	b, err := DeviceFreeICS(fam, tr)
	if err != nil {
		t.Fatal(err)
	}
	got := expandICS(t, parseICS(t, b), loc, from, to)
	if !slices.Equal(got, want) {
		t.Errorf("the family's calendar, read by golang-ical:\n%s", diffLines(got, want))
	}
	if py := pythonStarts(t, b, from, to); !slices.Equal(py, want) {
		t.Errorf("the family's calendar, read by python3-icalendar:\n%s", diffLines(py, want))
	}
	ids := map[string]data.ID{}
	for _, w := range fam.Plan.Agreement.Windows {
		ids[w.Label] = w.ID
	}
	homework := fmt.Sprintf("device-free-%d@family-online-safety 20261221T163000Z", ids["Homework"])
	lieIn := fmt.Sprintf("device-free-%d-holiday-%d@family-online-safety 20261226T080000Z", ids["Lie-in"], fam.Plan.Holidays[1].ID)
	if slices.Contains(want, homework) || !slices.Contains(want, lieIn) {
		t.Errorf("homework on 21 December %v, a lie-in on Boxing Day %v", slices.Contains(want, homework), slices.Contains(want, lieIn))
	}
}

// planStarts is every start of every device-free time from from to to
// (excluded), as "UID start-in-UTC", sorted, read from the plan day by
// day.
func planStarts(fam Family, from, to time.Time) []string {
	var out []string
	loc := fam.Now.Location()
	for d := from; d.Before(to); d = d.AddDate(0, 0, 1) {
		day := data.InForce(fam.Plan, time.Date(d.Year(), d.Month(), d.Day(), 12, 0, 0, 0, loc))
		for _, w := range day.Windows {
			uid := fmt.Sprintf("device-free-%d@family-online-safety", w.ID)
			if w.When == data.PeriodHolidays {
				uid = fmt.Sprintf("device-free-%d-holiday-%d@family-online-safety", w.ID, day.Period.ID)
			}
			start := time.Date(d.Year(), d.Month(), d.Day(), w.Start/60, w.Start%60, 0, 0, loc)
			out = append(out, uid+" "+start.UTC().Format("20060102T150405Z"))
		}
	}
	slices.Sort(out)
	return out
}

// expandICS expands each weekly event (RRULE BYDAY, UNTIL, EXDATE) the
// way a calendar app does, from from to to (excluded), as planStarts.
func expandICS(t *testing.T, cal *ics.Calendar, loc *time.Location, from, to time.Time) []string {
	t.Helper()
	var out []string
	for _, ev := range cal.Events() {
		start := ev.GetProperty(ics.ComponentPropertyDtStart)
		if tz := start.ICalParameters["TZID"]; len(tz) != 1 || tz[0] != loc.String() {
			t.Fatalf("%s: DTSTART TZID %v, want %s", ev.Id(), tz, loc)
		}
		first, err := time.ParseInLocation(icsLocal, start.Value, loc)
		if err != nil {
			t.Fatal(err)
		}
		days, until := weeklyRule(t, prop(&ev.ComponentBase, ics.ComponentPropertyRrule))
		skip := map[string]bool{}
		for _, p := range ev.Properties {
			if p.IANAToken == string(ics.ComponentPropertyExdate) {
				for _, v := range strings.Split(p.Value, ",") {
					skip[v] = true
				}
			}
		}
		for d := data.Day(first); d.Before(to); d = d.AddDate(0, 0, 1) {
			at := time.Date(d.Year(), d.Month(), d.Day(), first.Hour(), first.Minute(), 0, 0, loc)
			switch {
			case !until.IsZero() && at.After(until):
				d = to
			case d.Before(from) || !days[data.DayIndex(d.Weekday())] || skip[at.Format(icsLocal)]:
			default:
				out = append(out, ev.Id()+" "+at.UTC().Format("20060102T150405Z"))
			}
		}
	}
	slices.Sort(out)
	return out
}

// weeklyRule reads "FREQ=WEEKLY;BYDAY=MO,TU;UNTIL=…Z".
func weeklyRule(t *testing.T, rule string) (days data.Days, until time.Time) {
	t.Helper()
	for _, part := range strings.Split(rule, ";") {
		k, v, _ := strings.Cut(part, "=")
		switch k {
		case "FREQ":
			if v != "WEEKLY" {
				t.Fatalf("not weekly: %s", rule)
			}
		case "BYDAY":
			for _, code := range strings.Split(v, ",") {
				days[slices.Index(byDayCodes[:], code)] = true
			}
		case "UNTIL":
			var err error
			if until, err = time.Parse("20060102T150405Z", v); err != nil {
				t.Fatal(err)
			}
		default:
			t.Fatalf("unexpected %s in %s", k, rule)
		}
	}
	return days, until
}

// pythonStarts reads the file with python3-icalendar (Debian's, which
// scripts/install-deps --test installs) through testdata/expand_ics.py.
func pythonStarts(t *testing.T, b []byte, from, to time.Time) []string {
	t.Helper()
	py := pythonWithICalendar(t)
	path := filepath.Join(t.TempDir(), "cal.ics")
	if err := os.WriteFile(path, b, 0o600); err != nil {
		t.Fatal(err)
	}
	var stderr bytes.Buffer
	cmd := exec.Command(py, filepath.Join("testdata", "expand_ics.py"), path, from.Format(time.DateOnly), to.Format(time.DateOnly))
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("expand_ics.py: %v\n%s", err, stderr.String())
	}
	lines := strings.Split(strings.TrimSpace(string(out)), "\n")
	slices.Sort(lines)
	return lines
}

// pythonWithICalendar finds a python3 that can import icalendar: the
// system's first (a pyenv or venv python on PATH may lack Debian's
// modules). Missing, the test fails under make test and CI, and is
// skipped in a plain go test.
func pythonWithICalendar(t *testing.T) string {
	t.Helper()
	for _, py := range []string{"/usr/bin/python3", "python3"} {
		if path, err := exec.LookPath(py); err == nil && exec.Command(path, "-c", "import icalendar, dateutil, pytz").Run() == nil {
			return path
		}
	}
	const msg = "python3-icalendar is missing: run scripts/install-deps --test"
	if requireTools() {
		t.Fatal(msg)
	}
	t.Skip(msg)
	return ""
}

// diffLines shows what one list has and the other lacks.
func diffLines(got, want []string) string {
	var b strings.Builder
	for _, g := range got {
		if !slices.Contains(want, g) {
			fmt.Fprintf(&b, "  extra   %s\n", g)
		}
	}
	for _, w := range want {
		if !slices.Contains(got, w) {
			fmt.Fprintf(&b, "  missing %s\n", w)
		}
	}
	return fmt.Sprintf("%d occurrences, want %d\n%s", len(got), len(want), b.String())
}
