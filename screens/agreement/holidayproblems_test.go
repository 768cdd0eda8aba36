package agreement_test

import (
	"strings"
	"testing"
	"time"

	"family-online-safety/data"
	"family-online-safety/screens"
	"family-online-safety/screens/agreement"
	"family-online-safety/screens/screentest"
)

// A refused holiday says every problem at once, each under its field;
// each goes as soon as its value is mended, without another Add, and
// nothing is saved until all are.
func TestHolidaySaysEveryProblemAtOnceAndClearsEachWhenMended(t *testing.T) {
	now := time.Date(2026, 11, 29, 10, 0, 0, 0, time.Local)
	h := screentest.New(t, screentest.Lang("en"), screentest.At(now), screentest.Child("Mia", 2015, 5))
	tr := h.Tr
	h.Show(agreement.New(h.Env(), h.Store, h.Store).View())
	chooseRadio(t, h, tr.T("periods.toggle.holidays"))
	dates := dateEntries(h)
	name := h.Entry(tr.T("periods.holiday.name.placeholder"))
	name.SetText(strings.Repeat("x", data.MaxLabelLength+1))
	dates[0].SetText("soon")
	dates[1].SetText(screens.FormatDate(tr, day(2026, 12, 20)))
	h.Tap(tr.T("periods.holiday.add"))
	long := tr.T("invalid.too_long", map[string]any{"Max": data.MaxLabelLength})
	unread := tr.T("date.invalid", map[string]any{"Example": screens.FormatDate(tr, now)})
	h.Shows(long)
	h.Shows(unread)
	dates[0].SetText(screens.FormatDate(tr, day(2026, 12, 18)))
	if screentest.HasText(h.Root(), unread) {
		t.Error("the first day's problem stayed after it was mended")
	}
	h.Shows(long)
	if hols, _ := h.Store.Holidays(); len(hols) != 0 {
		t.Fatalf("saved while refused: %+v", hols)
	}
	name.SetText("Christmas")
	if screentest.HasText(h.Root(), long) {
		t.Error("the name's problem stayed after it was mended")
	}
	h.Tap(tr.T("periods.holiday.add"))
	if hols, _ := h.Store.Holidays(); len(hols) != 1 {
		t.Fatalf("not saved once mended: %+v", hols)
	}
}
