package agreement

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

// HomeSection is the Home block saying what the family agreement
// puts in force for a child right now, what comes next, and whether the
// agreement is due for review. It shows nothing for a child the agreement
// does not cover, unless a review is due.
func HomeSection(env screens.Env, store Reader) screens.HomeSection {
	tr := env.Tr
	return func(child data.Child) fyne.CanvasObject {
		p, err := plan(store, child.ID)
		if err != nil {
			return dangerLabel(screens.LoadProblem(tr, err))
		}
		a, now := p.Agreement, env.Now()
		st := data.StatusIn(p, child.ID, now)
		if !st.HasPlan && !st.ReviewDue {
			return nil
		}
		box := container.NewVBox()
		line := func(icon fyne.Resource, text string, imp widget.Importance) {
			l := widgets.Para(text)
			l.Importance = imp
			box.Add(container.NewBorder(nil, nil, widget.NewIcon(icon), nil, l))
		}
		if st.HasPlan {
			if st.Holiday {
				line(theme.CalendarIcon(), holidayText(tr, p.Holidays, now), widget.MediumImportance)
			}
			switch { // one line either way: a device-free time ending moves nothing below
			case st.Free():
				line(theme.VisibilityOffIcon(), tr.T("home.agreement.free_until", map[string]any{
					"Until": whenText(tr, st.FreeUntil, now, true), "Labels": strings.Join(st.FreeLabels, ", ")}), widget.HighImportance)
			case st.Next != nil:
				line(theme.VisibilityIcon(), tr.T("home.agreement.not_free"), widget.MediumImportance)
			}
			line(theme.HistoryIcon(), todayText(tr, st.Today), widget.MediumImportance)
			if st.Next != nil {
				line(theme.NavigateNextIcon(), tr.T("home.agreement.next", map[string]any{
					"Label": st.Next.Label, "When": whenText(tr, st.Next.Start, now, false)}), widget.MediumImportance)
			}
		}
		switch {
		case st.ReviewDue:
			line(theme.WarningIcon(), tr.T("home.agreement.review_due", map[string]any{"Date": formatDate(tr, a.ReviewOn())}), widget.WarningImportance)
		case a.Signed():
			line(theme.ConfirmIcon(), tr.T("home.agreement.signed", map[string]any{
				"Date": formatDate(tr, a.AgreedOn()), "Review": formatDate(tr, a.ReviewOn())}), widget.MediumImportance)
		default:
			line(theme.InfoIcon(), tr.T("home.agreement.unsigned"), widget.MediumImportance)
		}
		return box
	}
}

// todayText says the day's screen time.
func todayText(tr screens.Translator, l data.Limit) string {
	switch {
	case !l.Set:
		return tr.T("home.agreement.today_none")
	case l.Minutes == 0:
		return tr.T("home.agreement.today_zero")
	}
	return tr.T("home.agreement.today", map[string]any{"Time": data.DurationText(tr, l.Minutes)})
}

// whenText is "07:00" for a time today (or, for the end of a device-free
// time, within the next day), "tomorrow at 07:00" for tomorrow, and
// "Monday at 21:00" further ahead.
func whenText(tr screens.Translator, t, now time.Time, ending bool) string {
	hhmm := t.Format("15:04")
	y, m, d := now.Date()
	ty, tm, td := t.Date()
	switch {
	case y == ty && m == tm && d == td, ending && t.Sub(now) < 24*time.Hour:
		return hhmm
	case time.Date(y, m, d+1, 0, 0, 0, 0, now.Location()).Equal(time.Date(ty, tm, td, 0, 0, 0, 0, t.Location())):
		return tr.T("home.agreement.tomorrow", map[string]any{"Time": hhmm})
	}
	return tr.T("home.agreement.day_time", map[string]any{"Day": data.DayName(tr, data.DayIndex(t.Weekday())), "Time": hhmm})
}
