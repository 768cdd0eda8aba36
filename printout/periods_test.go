package printout

import (
	"strings"
	"testing"
	"time"

	ics "github.com/arran4/golang-ical"

	"family-online-safety/content"
	"family-online-safety/data"
)

// holidayFamily is the demo family with Christmas and February half term,
// holiday limits for Leo, homework in term time only and a holiday lie-in.
func holidayFamily(t *testing.T, lang string, now time.Time) (Family, data.Words) {
	t.Helper()
	s, tr := demo(t, lang, content.RegionUK, now)
	addHolidayPlan(t, s)
	fam, err := LoadFamily(s, content.RegionUK, now)
	if err != nil {
		t.Fatal(err)
	}
	return fam, tr
}

// addHolidayPlan gives the demo family Christmas and February half
// term, holiday limits for Leo, homework in term time only and a
// holiday lie-in.
func addHolidayPlan(t testing.TB, s *data.Store) {
	t.Helper()
	day := func(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }
	for _, h := range []data.Holiday{
		{Name: "Christmas", First: day(2026, 12, 19), Last: day(2027, 1, 4)},
		{Name: "Half term", First: day(2027, 2, 15), Last: day(2027, 2, 19)},
		{Name: "Last summer", First: day(2026, 7, 20), Last: day(2026, 8, 31)},
	} {
		if _, err := s.AddHoliday(h); err != nil {
			t.Fatal(err)
		}
	}
	leo := childNamed(t, s, "Leo")
	three := data.Minutes(180)
	if err := s.SetHolidayWeek(leo.ID, data.Week{three, three, three, three, three}); err != nil {
		t.Fatal(err)
	}
	a, _ := s.Agreement()
	for _, w := range a.Windows {
		if w.Label == "Homework" {
			w.When = data.PeriodTerm
			if err := s.UpdateWindow(w); err != nil {
				t.Fatal(err)
			}
		}
	}
	if _, err := s.AddWindow(data.Window{Label: "Lie-in", Days: data.EveryDay, Start: 8 * 60, End: 9 * 60, Everyone: true, When: data.PeriodHolidays}); err != nil {
		t.Fatal(err)
	}
}

// The agreement shows each child's term-time and holiday limits side by
// side, the period in force first, and says which it is; it lists the
// holiday dates still to come and marks when each device-free time
// holds.
func TestAgreementPDFFollowsThePeriodInForce(t *testing.T) {
	t.Parallel()
	for _, c := range []struct {
		lang    string
		now     time.Time
		holiday bool
	}{
		{"en", time.Date(2026, 12, 18, 23, 59, 0, 0, london(t)), false},
		{"en", time.Date(2026, 12, 19, 0, 0, 0, 0, london(t)), true},
		{"cy", time.Date(2026, 12, 21, 9, 0, 0, 0, london(t)), true},
		{"pl", time.Date(2026, 11, 29, 9, 0, 0, 0, london(t)), false},
	} {
		fam, tr := holidayFamily(t, c.lang, c.now)
		pdf, err := AgreementPDF(fam, tr, testFonts())
		if err != nil {
			t.Fatal(err)
		}
		text := pdfText(t, pdf)
		for _, kid := range fam.Children {
			term := strings.Index(text, tr.T("periods.print.row.term", map[string]any{"Name": kid.Name}))
			hols := strings.Index(text, tr.T("periods.print.row.holidays", map[string]any{"Name": kid.Name}))
			if term < 0 || hols < 0 || (hols < term) != c.holiday {
				t.Errorf("%s at %v: %s's term row at %d, holiday row at %d", c.lang, c.now, kid.Name, term, hols)
			}
		}
		squeeze := func(s string) string { return strings.Join(strings.Fields(s), "") }
		if !strings.Contains(squeeze(text), squeeze(tr.T("periods.print.row.holidays", map[string]any{"Name": "Leo"})+strings.Repeat(limitText(tr, data.Minutes(180)), 5))) {
			t.Errorf("%s: Leo's holiday limits are not 3 hours on school days:\n%s", c.lang, text)
		}
		now := tr.T("periods.print.now.term")
		if c.holiday {
			now = tr.T("periods.print.now.holiday_named", map[string]any{"Name": "Christmas", "Last": "04/01/2027"})
		}
		christmas := "Christmas: " + tr.T("periods.holiday.line", map[string]any{"First": "19/12/2026", "Last": "04/01/2027"})
		for _, want := range []string{now, christmas, "Half term: ", tr.T("periods.window.holidays"), tr.T("periods.window.term"), tr.T("periods.window.always")} {
			if !strings.Contains(text, want) {
				t.Errorf("%s at %v does not say %q:\n%s", c.lang, c.now, want, text)
			}
		}
		if strings.Contains(text, "Last summer") {
			t.Errorf("a holiday already over is printed")
		}
	}
}

// In the calendar, term-time homework skips the holiday days and the
// holiday lie-in repeats only in each holiday period to come.
func TestCalendarRepeatsTermTimesOutsideHolidaysOnly(t *testing.T) {
	t.Parallel()
	loc := london(t)
	now := time.Date(2026, 11, 25, 12, 0, 0, 0, loc)
	fam, tr := holidayFamily(t, "en", now)
	b, err := DeviceFreeICS(fam, tr)
	if err != nil {
		t.Fatal(err)
	}
	cal := parseICS(t, b)
	var homework *ics.VEvent
	var lieIns []*ics.VEvent
	for _, ev := range cal.Events() {
		switch sum := prop(&ev.ComponentBase, ics.ComponentPropertySummary); {
		case strings.Contains(sum, "Homework"):
			homework = ev
		case strings.Contains(sum, "Lie-in"):
			lieIns = append(lieIns, ev)
		}
	}
	if homework == nil {
		t.Fatal("no homework event")
	}
	var ex []string
	for _, p := range homework.Properties {
		if p.IANAToken == string(ics.ComponentPropertyExdate) {
			ex = append(ex, p.Value)
		}
	}
	// Homework is Monday to Thursday: Christmas has 21-24 and 28-31
	// December and 4 January; half term 15-18 February.
	want := []string{"20261221T163000", "20261231T163000", "20270104T163000", "20270215T163000", "20270218T163000"}
	for _, w := range want {
		if !strings.Contains(strings.Join(ex, ","), w) {
			t.Errorf("homework is not skipped on %s: EXDATE %v", w, ex)
		}
	}
	if len(ex) != 9+4 {
		t.Errorf("%d days skipped, want 13: %v", len(ex), ex)
	}
	if len(lieIns) != 2 {
		t.Fatalf("%d lie-in events, want one per holiday to come", len(lieIns))
	}
	first := lieIns[0]
	if start := prop(&first.ComponentBase, ics.ComponentPropertyDtStart); start != "20261219T080000" {
		t.Errorf("the Christmas lie-in starts %s", start)
	}
	if rule := prop(&first.ComponentBase, ics.ComponentPropertyRrule); !strings.Contains(rule, "UNTIL=20270104T235959Z") {
		t.Errorf("the Christmas lie-in repeats %s", rule)
	}
}
