package agreement

import (
	"slices"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"family-online-safety/content"
	"family-online-safety/data"
	"family-online-safety/screens"
	"family-online-safety/screens/widgets"
)

// ---- Limits ----

func (s *Screen) limitsSection() fyne.CanvasObject {
	if len(s.kids) == 0 {
		return widgets.Page(widgets.Para(s.tr.T("agreement.limits.no_children")))
	}
	var names []string
	for _, c := range s.kids {
		names = append(names, c.Name)
	}
	pick := widget.NewSelect(names, nil)
	pick.SetSelected(s.kidName(s.child))
	pick.OnChanged = func(name string) {
		for _, c := range s.kids {
			if c.Name == name && c.ID != s.child {
				chosenByKey := screens.HasFocus(pick)
				s.child = c.ID
				s.showSection(sectionLimits)
				if chosenByKey { // the section is built again: the keyboard stays on the drop-down
					screens.FocusOn(s.childPick)
				}
			}
		}
	}
	s.childPick = pick
	week := s.a.WeekFor(s.child)
	if s.holidayView {
		week = s.a.HolidayWeekFor(s.child)
	}
	rows := container.NewVBox()
	for day := range 7 {
		rows.Add(s.limitRow(day, week[day]))
	}
	if s.holidayView {
		return s.holidayLimits(pick, rows)
	}
	return widgets.Page(
		widgets.NewForm(widget.NewFormItem(s.tr.T("agreement.limits.child"), pick)),
		s.periodToggle(),
		widgets.Para(s.tr.T("agreement.limits.explain")),
		widget.NewCard(s.tr.T("agreement.limits.week"), "", rows),
		s.presetsCard(),
		s.suggestionsCard(),
	)
}

// hmBoxes is a pair of narrow boxes for hours and minutes.
func (s *Screen) hmBoxes(l data.Limit) (*widgets.Entry, *widgets.Entry, fyne.CanvasObject) {
	h, m := s.env.Entry(), s.env.Entry()
	h.Text, m.Text = limitBoxes(l)
	h.PlaceHolder, m.PlaceHolder = "–", "–"
	size := fyne.NewSize(64, h.MinSize().Height)
	return h, m, container.NewHBox(
		container.NewGridWrap(size, h), widget.NewLabel(s.tr.T("agreement.limits.hours")),
		container.NewGridWrap(size, m), widget.NewLabel(s.tr.T("agreement.limits.minutes")))
}

func (s *Screen) presetsCard() fyne.CanvasObject {
	msg := widgets.Problem()
	apply := func(week data.Week) {
		err := s.setWeek(s.holidayView, s.child, week)
		widgets.SetProblem(msg, s.refusal(err))
		s.saved(err, err == nil)
	}
	everyH, everyM, everyBoxes := s.hmBoxes(data.Limit{})
	every := widget.NewButton(s.tr.T("agreement.preset.every.apply"), func() {
		l, ok := parseLimit(everyH.Text, everyM.Text)
		if !ok || !l.Set {
			widgets.SetProblem(msg, s.tr.T("agreement.limits.invalid"))
			return
		}
		apply(data.Week{l, l, l, l, l, l, l})
	})
	schoolH, schoolM, schoolBoxes := s.hmBoxes(data.Limit{})
	endH, endM, endBoxes := s.hmBoxes(data.Limit{})
	split := widget.NewButton(s.tr.T("agreement.preset.split.apply"), func() {
		sl, ok1 := parseLimit(schoolH.Text, schoolM.Text)
		wl, ok2 := parseLimit(endH.Text, endM.Text)
		if !ok1 || !ok2 || !sl.Set || !wl.Set {
			widgets.SetProblem(msg, s.tr.T("agreement.limits.invalid"))
			return
		}
		apply(data.Week{sl, sl, sl, sl, sl, wl, wl})
	})
	clearKey := "agreement.preset.clear"
	if s.holidayView {
		clearKey = "periods.limits.clear" // an empty holiday week follows term time
	}
	clearAll := widget.NewButtonWithIcon(s.tr.T(clearKey), theme.ContentClearIcon(), func() { apply(data.Week{}) })
	return widgets.Card(s.tr.T("agreement.preset.title"), s.tr.T("agreement.preset.subtitle"), container.NewVBox(
		widgets.NewForm(
			// Each button under its boxes: side by side they were wider
			// than a small laptop has in Welsh.
			widget.NewFormItem(s.tr.T("agreement.preset.every"), container.NewVBox(everyBoxes, container.NewHBox(every))),
			widget.NewFormItem(s.tr.T("agreement.preset.school"), schoolBoxes),
			widget.NewFormItem(s.tr.T("agreement.preset.weekend"), container.NewVBox(endBoxes, container.NewHBox(split))),
		),
		msg,
		container.NewHBox(clearAll),
	))
}

// suggestionsCard offers the age-based starting points for the child.
func (s *Screen) suggestionsCard() fyne.CanvasObject {
	var child data.Child
	for _, c := range s.kids {
		if c.ID == s.child {
			child = c
		}
	}
	age := child.AgeOn(s.env.Now())
	box := container.NewVBox(widgets.Para(s.tr.T("agreement.suggest.explain")))
	for _, sg := range content.ScreenTimeFor(age) {
		text := s.tr.T(sg.TextKey(), map[string]any{"Start": data.ClockText(sg.Start), "End": data.ClockText(sg.End), "Name": child.Name})
		src := widget.NewLabelWithStyle(s.tr.T("agreement.suggest.source",
			map[string]any{"Source": sg.Source.Name, "Checked": string(sg.Source.Checked)}),
			fyne.TextAlignLeading, fyne.TextStyle{Italic: true})
		src.Wrapping = fyne.TextWrapWord
		src.SizeName = theme.SizeNameCaptionText
		item := container.NewVBox(widgets.Para(text), src)
		if b := s.suggestionButton(sg, child); b != nil {
			item.Add(container.NewHBox(b))
		}
		box.Add(item)
		box.Add(widget.NewSeparator())
	}
	title := s.tr.T("agreement.suggest.title", map[string]any{"Name": child.Name})
	return widget.NewCard(title, s.tr.N("child.age", age), box)
}

func (s *Screen) suggestionButton(sg content.ScreenTimeSuggestion, child data.Child) *widget.Button {
	var b *widget.Button
	switch sg.Kind {
	case content.SuggestLimit:
		l := data.Minutes(sg.Minutes)
		b = widget.NewButtonWithIcon(s.tr.T("agreement.suggest.use_limit"), theme.ConfirmIcon(), func() {
			s.saved(s.store.SetWeek(child.ID, data.Week{l, l, l, l, l, l, l}), true)
		})
		if s.a.WeekFor(child.ID) == (data.Week{l, l, l, l, l, l, l}) {
			b.SetText(s.tr.T("agreement.suggest.in_use"))
			b.Disable()
		}
	case content.SuggestWindow:
		label := s.tr.T(sg.LabelKey())
		w := data.Window{Label: label, Days: data.EveryDay, Start: sg.Start, End: sg.End, Children: []data.ID{child.ID}}
		b = widget.NewButtonWithIcon(s.tr.T("agreement.suggest.add_window"), theme.ContentAddIcon(), func() {
			_, err := s.store.AddWindow(w)
			s.saved(err, true)
		})
		if slices.ContainsFunc(s.a.Windows, func(x data.Window) bool {
			return x.Start == w.Start && x.End == w.End && x.AppliesTo(child.ID)
		}) {
			b.SetText(s.tr.T("agreement.suggest.in_use"))
			b.Disable()
		}
	case content.SuggestPlace:
		b = widget.NewButtonWithIcon(s.tr.T("agreement.suggest.add_place"), theme.ContentAddIcon(), func() {
			s.saved(s.store.SetPlace(sg.Place, true), true)
		})
		if s.a.HasPlace(sg.Place) {
			b.SetText(s.tr.T("agreement.suggest.in_use"))
			b.Disable()
		}
	}
	return b
}
