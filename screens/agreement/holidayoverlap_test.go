package agreement_test

import (
	"testing"
	"time"

	"family-online-safety/data"
	"family-online-safety/screens"
	"family-online-safety/screens/agreement"
	"family-online-safety/screens/screentest"
)

// Typing a holiday that shares days with a saved one is refused under
// the first day, naming the other holiday and its dates; nothing is saved.
func TestAnOverlappingHolidayIsRefusedOnTheForm(t *testing.T) {
	for _, lang := range languages {
		t.Run(lang, func(t *testing.T) {
			now := time.Date(2026, 11, 29, 10, 0, 0, 0, time.Local)
			h := screentest.New(t, screentest.Lang(lang), screentest.At(now), screentest.Child("Mia", 2015, 5))
			tr := h.Tr
			if _, err := h.Store.AddHoliday(data.Holiday{Name: "Winter break", First: day(2026, 12, 4), Last: day(2026, 12, 10)}); err != nil {
				t.Fatal(err)
			}
			h.Show(agreement.New(h.Env(), h.Store, h.Store).View())
			chooseRadio(t, h, tr.T("periods.toggle.holidays"))
			dates := dateEntries(h)
			h.Press(h.Entry(tr.T("periods.holiday.name.placeholder")), "Overlap", nil)
			h.Press(dates[0], screens.FormatDate(tr, day(2026, 12, 8)), nil)
			h.Press(dates[1], screens.FormatDate(tr, day(2026, 12, 20)), nil)
			h.Tap(tr.T("periods.holiday.add"))
			h.Shows(tr.T("periods.holiday.err.overlap", map[string]any{"Name": "Winter break",
				"First": screens.FormatDate(tr, day(2026, 12, 4)), "Last": screens.FormatDate(tr, day(2026, 12, 10))}))
			if hols, _ := h.Store.Holidays(); len(hols) != 1 {
				t.Fatalf("an overlapping holiday was saved: %+v", hols)
			}
		})
	}
}
