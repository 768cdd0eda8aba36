package children

import (
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"family-online-safety/data"
	"family-online-safety/screens"
	"family-online-safety/screens/widgets"
)

// dateField is a date typed as YYYY-MM-DD, with a calendar button
// beside it, and problem under it. changed is called with the day (zero
// when cleared) once the text is a whole date; until then problem says how
// to write it. changed shows any refusal in problem itself.
func dateField(env screens.Env, value time.Time, problem *widget.Label, changed func(time.Time)) fyne.CanvasObject {
	tr := env.Tr
	entry := env.Entry()
	entry.SetPlaceHolder(tr.T("children.date.placeholder"))
	entry.SetText(data.DateText(value))
	entry.OnChanged = func(s string) {
		s = strings.TrimSpace(s)
		var day time.Time
		if s != "" {
			d, err := time.Parse(time.DateOnly, s)
			if err != nil {
				widgets.SetProblem(problem, tr.T("children.date.invalid"))
				return
			}
			day = data.Day(d)
		}
		widgets.SetProblem(problem, "")
		changed(day)
	}
	var pop *widget.PopUp
	pick := widget.NewButtonWithIcon("", theme.CalendarIcon(), nil)
	pick.OnTapped = func() {
		start := value
		if d, err := time.Parse(time.DateOnly, strings.TrimSpace(entry.Text)); err == nil {
			start = d
		}
		if start.IsZero() {
			start = env.Now()
		}
		cal := widget.NewCalendar(start, func(t time.Time) {
			entry.SetText(data.DateText(t))
			if pop != nil {
				pop.Hide()
			}
		})
		c := fyne.CurrentApp().Driver().CanvasForObject(pick)
		if c == nil {
			return
		}
		pop = widget.NewPopUp(cal, c)
		pos := fyne.CurrentApp().Driver().AbsolutePositionForObject(pick)
		pop.ShowAtPosition(pos.AddXY(0, pick.Size().Height))
	}
	return container.NewVBox(container.NewBorder(nil, nil, nil, pick, entry), problem)
}
