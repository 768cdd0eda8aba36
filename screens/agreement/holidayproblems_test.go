package agreement_test

import (
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

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

// A problem that wraps onto two lines under the first day moves neither
// the last day's field nor the Add button: the room was kept.
func TestATwoLineHolidayProblemMovesNothingBelowIt(t *testing.T) {
	now := time.Date(2026, 11, 29, 10, 0, 0, 0, time.Local)
	h := screentest.New(t, screentest.Lang("pl"), screentest.At(now), screentest.Size(800, 600), screentest.Child("Mia", 2015, 5))
	tr := h.Tr
	h.Show(agreement.New(h.Env(), h.Store, h.Store).View())
	chooseRadio(t, h, tr.T("periods.toggle.holidays"))
	dates := dateEntries(h)
	add := screentest.Button(t, h.Root(), tr.T("periods.holiday.add"))
	h.Win.Content().Refresh()
	d := fyne.CurrentApp().Driver()
	// Where each is from the first day's field, above the problem: the
	// refused Save scrolls the page to the problem.
	from := func(o fyne.CanvasObject) fyne.Position {
		return d.AbsolutePositionForObject(o).Subtract(d.AbsolutePositionForObject(dates[0]))
	}
	lastAt, addAt := from(dates[1]), from(add)
	dates[0].SetText("soon")
	test.Tap(add)
	h.Win.Content().Refresh() // lay out again, as the next frame would
	unread := tr.T("date.invalid", map[string]any{"Example": screens.FormatDate(tr, now)})
	h.Shows(unread)
	var problem *widget.Label
	for _, l := range screentest.Find[*widget.Label](h.Root()) {
		if strings.Contains(l.Text, unread) {
			problem = l
		}
	}
	if one := widget.NewLabel("x").MinSize().Height; problem.MinSize().Height < one*1.5 {
		t.Fatalf("the problem is one line (%v), so this proves nothing", problem.MinSize().Height)
	}
	if got := from(dates[1]); got != lastAt {
		t.Errorf("the last day's field moved from %v to %v", lastAt, got)
	}
	if got := from(add); got != addAt {
		t.Errorf("Add moved from %v to %v", addAt, got)
	}
}
