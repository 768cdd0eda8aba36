package app

import (
	"slices"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"family-online-safety/data"
	"family-online-safety/screens"
	"family-online-safety/screens/screentest"
)

// TestScreenshotsOfTermTimeAndHolidays renders the demo family with
// holiday dates, holiday limits and today-only changes: Home with a later
// bedtime tonight, the dialog that adds one, the Screen time tab in its
// holidays view, and Home in the holidays (saved as periods-*.png with
// SCREENSHOTS_DIR).
func TestScreenshotsOfTermTimeAndHolidays(t *testing.T) {
	dir := screenshotDir(t)
	h := newHarness(t)
	now := shotTime
	h.app.now = func() time.Time { return now }
	h.app.fyne.Settings().SetTheme(fixedVariant{Theme(), variants["light"]})
	h.win.Resize(fyne.NewSize(1100, 800))
	if err := h.app.StartDemo(); err != nil {
		t.Fatal(err)
	}
	s := h.app.store
	kids, _ := s.ActiveChildren()
	day := func(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }
	for _, hol := range []data.Holiday{
		{Name: "Christmas", First: day(2026, 12, 19), Last: day(2027, 1, 4)},
		{Name: "February half term", First: day(2027, 2, 13), Last: day(2027, 2, 21)},
	} {
		if _, err := s.AddHoliday(hol); err != nil {
			t.Fatal(err)
		}
	}
	var leo data.ID
	for _, k := range kids {
		if k.Name == "Leo" {
			leo = k.ID
		}
	}
	two := data.Minutes(120)
	if err := s.SetHolidayWeek(leo, data.Week{two, two, two, two, two}); err != nil {
		t.Fatal(err)
	}
	if _, err := s.AddDayChange(data.DayChange{Kind: data.ChangeBedtime, Day: now, Until: 21*60 + 30, Reason: "School concert"}, []data.ID{leo}); err != nil {
		t.Fatal(err)
	}
	for _, d := range []int{-12, -5} {
		now = shotTime.AddDate(0, 0, d)
		if _, err := s.AddDayChange(data.DayChange{Kind: data.ChangeBedtime, Day: now, Until: 21 * 60}, []data.ID{leo}); err != nil {
			t.Fatal(err)
		}
	}
	now = shotTime
	a, _ := s.Agreement()
	for _, w := range a.Windows {
		if w.Label == "Homework" {
			w.When = data.PeriodTerm
			if err := s.UpdateWindow(w); err != nil {
				t.Fatal(err)
			}
		}
	}
	if err := s.Sign("Rachel", now); err != nil { // the holiday limits are signed for
		t.Fatal(err)
	}

	h.win.Resize(fyne.NewSize(1100, 1400)) // Leo's card is the second
	h.app.Show(screens.HomeID)
	shoot(t, h, dir, "periods-home-change")
	tapInCard(t, h, "Leo", h.app.tr.T("periods.change.add"))
	shoot(t, h, dir, "periods-change-dialog")
	h.win.Canvas().Overlays().Top().Hide()
	h.win.Resize(fyne.NewSize(1100, 1800)) // the holiday dates are under the week

	h.app.Show(screens.AgreementID)
	for _, r := range screentest.Find[*widget.RadioGroup](h.win.Content()) {
		if hols := h.app.tr.T("periods.toggle.holidays"); slices.Contains(r.Options, hols) {
			r.SetSelected(hols)
		}
	}
	shoot(t, h, dir, "periods-agreement-holidays")

	now = time.Date(2026, 12, 22, 10, 0, 0, 0, time.Local)
	h.win.Resize(fyne.NewSize(1100, 1400))
	h.app.Show(screens.HomeID)
	shoot(t, h, dir, "periods-home-holidays")
}

func tapInCard(t *testing.T, h *harness, name, label string) {
	t.Helper()
	for _, c := range screentest.Find[*widget.Card](h.win.Content()) {
		if c.Title == name {
			test.Tap(screentest.Button(t, c.Content, label))
			return
		}
	}
	t.Fatalf("no card for %s", name)
}
