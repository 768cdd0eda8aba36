package home_test

import (
	"testing"

	"fyne.io/fyne/v2/test"

	"family-online-safety/screens"
	"family-online-safety/screens/screentest"
	"family-online-safety/screens/widgets"
)

// A refused Save of a today-only change says every problem at once, each
// under its field; each goes as soon as its value is mended, without
// another Save, and nothing is saved until all are.
func TestChangeSaysEveryProblemAtOnceAndClearsEachWhenMended(t *testing.T) {
	h := family(t, "en")
	tr := h.Tr
	showHome(h, friday)
	tapInCard(h, "Mia", tr.T("periods.change.add"))
	chooseInDialog(h, tr.T("periods.change.kind.bedtime"))
	var day *widgets.Entry
	for _, e := range screentest.Find[*widgets.Entry](h.Overlay()) {
		if e.Text == screens.FormatDate(tr, friday) {
			day = e
		}
	}
	until := inDialog(h, h.Tr.T("periods.change.until.placeholder"))
	test.Type(until, "late")
	day.SetText("soon")
	test.Tap(screentest.Button(t, h.Overlay(), tr.T("periods.change.save")))
	untilErr := tr.T("periods.change.err.until")
	dayErr := tr.T("date.invalid", map[string]any{"Example": screens.FormatDate(tr, friday)})
	screentest.MustHaveText(t, h.Overlay(), untilErr)
	screentest.MustHaveText(t, h.Overlay(), dayErr)
	until.SetText("22:15")
	if screentest.HasText(h.Overlay(), untilErr) {
		t.Error("the bedtime's problem stayed after it was mended")
	}
	screentest.MustHaveText(t, h.Overlay(), dayErr)
	if got, _ := h.Store.DayChanges(childID(h, "Mia")); len(got) != 0 {
		t.Fatalf("saved while refused: %+v", got)
	}
	day.SetText(screens.FormatDate(tr, friday))
	if screentest.HasText(h.Overlay(), dayErr) {
		t.Error("the date's problem stayed after it was mended")
	}
	test.Tap(screentest.Button(t, h.Overlay(), tr.T("periods.change.save")))
	if got, _ := h.Store.DayChanges(childID(h, "Mia")); len(got) == 0 {
		t.Fatal("not saved once mended")
	}
}
