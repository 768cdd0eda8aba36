package children

import (
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"family-online-safety/data"
	"family-online-safety/screens"
	"family-online-safety/screens/widgets"
)

// dateField is a date typed in the region's order (or as ISO), with a
// calendar button beside it, and problem under it. changed is called with
// the day (zero when cleared) once the text is a whole date; until then
// problem says how to write it. changed shows any refusal in problem itself.
func dateField(env screens.Env, value time.Time, problem *widget.Label, changed func(time.Time)) fyne.CanvasObject {
	tr := env.Tr
	example := map[string]any{"Example": screens.FormatDate(tr, env.Now())}
	entry := env.Entry()
	entry.SetPlaceHolder(tr.T("date.placeholder", example))
	entry.SetText(screens.FormatDate(tr, value))
	entry.OnChanged = func(s string) {
		var day time.Time
		if s != "" {
			d, ok := screens.ParseDate(tr, s)
			if !ok {
				widgets.SetProblem(problem, tr.T("date.invalid", example))
				return
			}
			day = data.Day(d)
		}
		widgets.SetProblem(problem, "")
		changed(day)
	}
	pick := widgets.IconButton(theme.CalendarIcon(), tr.T("a11y.calendar"), nil)
	pick.OnTapped = func() {
		start := value
		if d, ok := screens.ParseDate(tr, entry.Text); ok {
			start = d
		}
		if start.IsZero() {
			start = env.Now()
		}
		showCalendar(pick, start, func(t time.Time) { entry.SetText(screens.FormatDate(tr, t)) })
	}
	return container.NewVBox(container.NewBorder(nil, nil, nil, pick, entry), widgets.Room(problem))
}

// showCalendar opens a calendar under (or, near the bottom, above) the
// button, kept inside the window; picking a day or pressing Escape closes
// it.
func showCalendar(under fyne.CanvasObject, start time.Time, picked func(time.Time)) {
	c := fyne.CurrentApp().Driver().CanvasForObject(under)
	if c == nil {
		return
	}
	var pop *widget.PopUp
	cal := widget.NewCalendar(start, func(t time.Time) {
		pop.Hide()
		picked(t)
	})
	keys := widgets.NewEscapeCloser(cal, func() { pop.Hide() })
	pop = widget.NewPopUp(keys, c)
	pos := fyne.CurrentApp().Driver().AbsolutePositionForObject(under)
	pop.ShowAtPosition(widgets.InsideWindow(c.Size(), pop.MinSize(), pos, under.Size()))
	c.Focus(keys)
}
