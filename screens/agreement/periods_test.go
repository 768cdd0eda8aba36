package agreement_test

import (
	"slices"
	"testing"
	"time"

	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"family-online-safety/data"
	"family-online-safety/screens"
	"family-online-safety/screens/agreement"
	"family-online-safety/screens/screentest"
	"family-online-safety/screens/widgets"
)

var languages = []string{"en", "cy", "pl"}

func day(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }

// chooseRadio picks option in whichever radio group offers it.
func chooseRadio(t *testing.T, h *screentest.Harness, option string) {
	t.Helper()
	for _, r := range screentest.Find[*widget.RadioGroup](h.Root()) {
		if slices.Contains(r.Options, option) {
			r.SetSelected(option)
			return
		}
	}
	t.Fatalf("no choice %q on %q", option, screentest.Texts(h.Root()))
}

// On the last day of term at 23:59 Home shows term time's limit and
// plan; at 00:00 on the first day of the holidays, the holiday limit,
// the holiday device-free time and the holiday in force.
func TestHomeSwitchesToHolidayLimitsAtMidnight(t *testing.T) {
	for _, lang := range languages {
		t.Run(lang, func(t *testing.T) {
			h := screentest.New(t, screentest.Lang(lang))
			s := h.Store
			leo, _ := s.AddChild(data.Child{Name: "Leo", BirthYear: 2016, BirthMonth: 3})
			one, three := data.Minutes(60), data.Minutes(180)
			must(t, s.SetWeek(leo.ID, data.Week{one, one, one, one, one, one, one}))
			must(t, s.SetHolidayWeek(leo.ID, data.Week{three, three, three, three, three}))
			_, err := s.AddWindow(data.Window{Label: "School run", Days: data.SchoolDays, Start: 7*60 + 30, End: 8*60 + 30, Everyone: true, When: data.PeriodTerm})
			must(t, err)
			_, err = s.AddWindow(data.Window{Label: "Lie-in", Days: data.EveryDay, Start: 8 * 60, End: 10 * 60, Everyone: true, When: data.PeriodHolidays})
			must(t, err)
			_, err = s.AddHoliday(data.Holiday{Name: "Christmas", First: day(2026, 12, 21), Last: day(2027, 1, 1)})
			must(t, err)
			tr := h.Tr
			today := func(min int) string {
				return tr.T("home.agreement.today", map[string]any{"Time": data.DurationText(tr, min)})
			}
			next := func(label, at string) string {
				return tr.T("home.agreement.next", map[string]any{"Label": label,
					"When": tr.T("home.agreement.tomorrow", map[string]any{"Time": at})})
			}
			holiday := tr.T("periods.home.holiday_named", map[string]any{"Name": "Christmas", "Last": screens.FormatDate(tr, day(2027, 1, 1))})

			// Sunday night, the last day of term: Monday is a holiday, so
			// no school run next but the holiday lie-in.
			card := homeCard(h, time.Date(2026, 12, 20, 23, 59, 0, 0, time.Local), "Leo")
			mustSay(t, card, today(60), next("Lie-in", "08:00"))
			mustNotSay(t, card, holiday)
			card = homeCard(h, time.Date(2026, 12, 21, 0, 0, 0, 0, time.Local), "Leo")
			mustSay(t, card, today(180), holiday)
			mustNotSay(t, card, "School run")
			// Back to school on Monday 4 January.
			card = homeCard(h, time.Date(2027, 1, 3, 23, 59, 0, 0, time.Local), "Leo")
			mustSay(t, card, today(60), next("School run", "07:30"))
		})
	}
}

// The Screen time tab's toggle shows the holiday limits; a holiday limit
// typed there is saved as one, the holiday dates are typed in the
// region's order, and a last day before the first is refused under its
// field.
func TestHolidayLimitsAndDatesAreEnteredOnTheScreenTimeTab(t *testing.T) {
	for _, lang := range languages {
		t.Run(lang, func(t *testing.T) {
			now := time.Date(2026, 11, 29, 10, 0, 0, 0, time.Local)
			h := screentest.New(t, screentest.Lang(lang), screentest.At(now), screentest.Child("Mia", 2015, 5))
			tr := h.Tr
			kids, _ := h.Store.ActiveChildren()
			mia := kids[0].ID
			h.Show(agreement.New(h.Env(), h.Store, h.Store).View())
			chooseRadio(t, h, tr.T("periods.toggle.holidays"))
			h.Shows(tr.T("periods.limits.week"))
			h.Shows(tr.T("periods.holiday.empty"))

			hours := h.Entry("–") // Monday's hours
			h.Press(hours, "2", nil)
			h.Leave()
			a, _ := h.Store.Agreement()
			if a.LimitOn(mia, 0, true) != data.Minutes(120) || a.LimitOn(mia, 0, false).Set {
				t.Fatalf("holiday %+v, term %+v", a.HolidayLimits, a.Limits)
			}

			dates := dateEntries(h)
			h.Press(h.Entry(tr.T("periods.holiday.name.placeholder")), "Christmas", nil)
			h.Press(dates[0], screens.FormatDate(tr, day(2026, 12, 21)), nil)
			h.Press(dates[1], screens.FormatDate(tr, day(2026, 12, 20)), nil)
			h.Tap(tr.T("periods.holiday.add"))
			h.Shows(tr.T("periods.holiday.err.order"))
			if hols, _ := h.Store.Holidays(); len(hols) != 0 {
				t.Fatalf("a refused holiday was saved: %+v", hols)
			}
			dates[1].SetText(screens.FormatDate(tr, day(2027, 1, 4)))
			h.Tap(tr.T("periods.holiday.add"))
			hols, _ := h.Store.Holidays()
			if len(hols) != 1 || hols[0].Name != "Christmas" || !hols[0].Last.Equal(day(2027, 1, 4)) {
				t.Fatalf("holidays = %+v", hols)
			}
			h.Shows("Christmas")
			h.Shows(tr.N("periods.holiday.days", 15))
			// Back to term time: the term-time boxes, still empty.
			chooseRadio(t, h, tr.T("periods.toggle.term"))
			h.Shows(tr.T("agreement.limits.week"))
		})
	}
}

// dateEntries are the holiday form's first and last day fields.
func dateEntries(h *screentest.Harness) []*widgets.Entry {
	h.T.Helper()
	want := h.Tr.T("date.placeholder", map[string]any{"Example": screens.FormatDate(h.Tr, h.Now())})
	var out []*widgets.Entry
	for _, e := range screentest.Find[*widgets.Entry](h.Root()) {
		if e.PlaceHolder == want {
			out = append(out, e)
		}
	}
	if len(out) != 2 {
		h.T.Fatalf("%d date fields", len(out))
	}
	return out
}

// A device-free time can hold in the holidays only, and says so.
func TestADeviceFreeTimeCanHoldInTheHolidaysOnly(t *testing.T) {
	for _, lang := range languages {
		t.Run(lang, func(t *testing.T) {
			h := screentest.New(t, screentest.Lang(lang), screentest.Child("Mia", 2015, 5))
			tr := h.Tr
			h.Show(agreement.New(h.Env(), h.Store, h.Store).View())
			h.Tab(tr.T("agreement.tab.free"))
			h.Press(h.Entry(tr.T("agreement.window.label.placeholder")), "Lie-in", nil)
			h.Press(h.Entry("20:30"), "08:00", nil)
			h.Press(h.Entry("07:00"), "10:00", nil)
			chooseRadio(t, h, tr.T("periods.window.choice.holidays"))
			test.Tap(screentest.Button(t, h.Root(), tr.T("agreement.window.add")))
			a, _ := h.Store.Agreement()
			if len(a.Windows) != 1 || a.Windows[0].When != data.PeriodHolidays {
				t.Fatalf("windows = %+v", a.Windows)
			}
			h.Shows(tr.T("periods.window.holidays"))
		})
	}
}
