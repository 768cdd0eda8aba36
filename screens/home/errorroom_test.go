package home_test

import (
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"family-online-safety/data"
	"family-online-safety/screens"
	"family-online-safety/screens/screentest"
	"family-online-safety/screens/widgets"
)

// At 800×600, in every language, no problem shown under a field of the
// "Change for today" dialog moves a field: each message fits the room
// kept for it, so the next click lands where the pointer was.
func TestChangeProblemsMoveNoFieldAt800x600(t *testing.T) {
	for _, lang := range languages {
		t.Run(lang, func(t *testing.T) {
			h := family(t, lang)
			tr := h.Tr
			showHome(h, friday)
			h.Win.Resize(fyne.NewSize(800, 600))
			tapInCard(h, "Mia", tr.T("periods.change.add"))
			fields := func() []fyne.CanvasObject {
				var out []fyne.CanvasObject
				for _, e := range screentest.Find[*widgets.Entry](h.Overlay()) {
					out = append(out, e)
				}
				out = append(out, screentest.Find[*widget.Select](h.Overlay())[0])
				return append(out, screentest.Find[*widget.RadioGroup](h.Overlay())[0])
			}
			where := func() []fyne.Position {
				h.Win.Canvas().Refresh(h.Overlay())
				var at []fyne.Position
				for _, o := range fields() {
					at = append(at, fyne.CurrentApp().Driver().AbsolutePositionForObject(o))
				}
				return at
			}
			before := where()
			entries := screentest.Find[*widgets.Entry](h.Overlay())
			until, minutes, day := entries[0], entries[1], entries[2]
			save := screentest.Button(t, h.Overlay(), tr.T("periods.change.save"))
			same := func(what string, show ...string) {
				t.Helper()
				for _, s := range show {
					screentest.MustHaveText(t, h.Overlay(), s)
				}
				for _, l := range screentest.Find[*widget.Label](h.Overlay()) {
					if l.Importance == widget.DangerImportance && l.Text != "" && lines(l) > widgets.ProblemLines {
						t.Errorf("%s: %q wraps to %d lines, more than the room kept", what, l.Text, lines(l))
					}
				}
				for i, at := range where() {
					if at != before[i] {
						t.Errorf("%s: field %d moved from %v to %v", what, i, before[i], at)
					}
				}
			}
			test.Tap(save)
			same("nothing chosen", tr.T("periods.change.err.kind"))
			chooseInDialog(h, tr.T("periods.change.kind.bedtime"))
			until.SetText("late")
			day.SetText("soon")
			same("bedtime and date unreadable", tr.T("periods.change.err.until"),
				tr.T("date.invalid", map[string]any{"Example": screens.FormatDate(tr, friday)}))
			chooseInDialog(h, tr.T("periods.change.kind.extra"))
			minutes.SetText("lots")
			day.SetText(screens.FormatDate(tr, friday.Add(60*24*time.Hour)))
			same("minutes unreadable, day too far", tr.T("periods.change.err.minutes", map[string]any{"Min": 1, "Max": data.MaxExtraMinutes}))
		})
	}
}

// lines is how many lines l wraps to at its width.
func lines(l *widget.Label) int {
	one := widget.NewLabel("M")
	one.TextStyle = l.TextStyle
	line := fyne.MeasureText("M", theme.TextSize(), l.TextStyle).Height
	return 1 + int((l.MinSize().Height-one.MinSize().Height+line/2)/line)
}
