package agreement

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"

	"family-online-safety/data"
	"family-online-safety/screens"
	"family-online-safety/screens/widgets"
)

// Term time and holidays on the Screen time tab: a toggle between the
// two, the holiday limits (a day left empty keeps term time's), and the
// family's holiday periods (holidayform.go).

// periodToggle switches the tab between term-time and holiday limits.
func (s *Screen) periodToggle() fyne.CanvasObject {
	term, hols := s.tr.T("periods.toggle.term"), s.tr.T("periods.toggle.holidays")
	toggle := widget.NewRadioGroup([]string{term, hols}, nil)
	toggle.Horizontal, toggle.Required = true, true
	toggle.SetSelected(map[bool]string{false: term, true: hols}[s.holidayView])
	toggle.OnChanged = func(v string) {
		if on := v == hols; on != s.holidayView {
			s.holidayView = on
			s.showSection(sectionLimits)
		}
	}
	return widgets.NewForm(widget.NewFormItem(s.tr.T("periods.toggle.label"), toggle))
}

// holidayLimits is the Screen time tab in its holidays view.
func (s *Screen) holidayLimits(pick *widget.Select, rows fyne.CanvasObject) fyne.CanvasObject {
	return widgets.Page(
		widgets.NewForm(widget.NewFormItem(s.tr.T("agreement.limits.child"), pick)),
		s.periodToggle(),
		widgets.Para(s.tr.T("periods.limits.explain")),
		widget.NewCard(s.tr.T("periods.limits.week"), "", rows),
		s.presetsCard(),
		newHolidayForm(s).card(),
	)
}

// setLimit saves one day's limit, for the holidays or term time.
func (s *Screen) setLimit(holiday bool, child data.ID, day int, l data.Limit) error {
	if holiday {
		return s.store.SetHolidayLimit(child, day, l)
	}
	return s.store.SetLimit(child, day, l)
}

// setWeek saves a week of limits, for the holidays or term time.
func (s *Screen) setWeek(holiday bool, child data.ID, w data.Week) error {
	if holiday {
		return s.store.SetHolidayWeek(child, w)
	}
	return s.store.SetWeek(child, w)
}

// asTermTime says what an empty holiday day means: term time's limit.
func (s *Screen) asTermTime(child data.ID, day int) string {
	l := s.a.LimitOn(child, day, false)
	var what string
	switch {
	case !l.Set:
		what = s.tr.T("agreement.limits.none")
	case l.Minutes == 0:
		what = s.tr.T("agreement.limits.zero")
	default:
		what = data.DurationText(s.tr, l.Minutes)
	}
	return s.tr.T("periods.limits.as_term", map[string]any{"Limit": what})
}

// periodText names a device-free time's period ("" for always).
func periodText(tr screens.Translator, p data.Period) string {
	if p == data.PeriodAlways {
		return ""
	}
	return tr.T("periods.window." + string(p))
}

// periodChoice is the device-free form's "always / term time only /
// holidays only" choice.
func (f *windowForm) periodChoice() fyne.CanvasObject {
	var names []string
	for _, p := range data.Periods {
		names = append(names, f.s.tr.T("periods.window.choice."+periodKey(p)))
	}
	f.period = widget.NewRadioGroup(names, func(string) { f.changed() })
	f.period.Required = true // one under another: long in Welsh and Polish
	f.period.SetSelected(names[0])
	return f.period
}

func periodKey(p data.Period) string {
	if p == data.PeriodAlways {
		return "always"
	}
	return string(p)
}

func (f *windowForm) chosenPeriod() data.Period {
	for i, name := range f.period.Options {
		if name == f.period.Selected {
			return data.Periods[i]
		}
	}
	return data.PeriodAlways
}

func (f *windowForm) setPeriod(p data.Period) {
	for i, q := range data.Periods {
		if q == p {
			f.period.SetSelected(f.period.Options[i])
		}
	}
}
