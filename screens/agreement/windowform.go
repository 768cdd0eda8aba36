package agreement

import (
	"slices"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"family-online-safety/data"
	"family-online-safety/screens"
	"family-online-safety/screens/widgets"
)

// windowForm adds a device-free time, or changes one: a change to a saved
// time is saved as it is made.
type windowForm struct {
	s       *Screen
	editing data.ID // 0 when adding

	card     *widget.Card
	label    *widgets.Entry
	days     []*widget.Check
	start    *widgets.Entry
	end      *widgets.Entry
	everyone *widget.Check
	kids     []*widget.Check
	period   *widget.RadioGroup
	problems *screens.FieldProblems
	add      *widget.Button
	done     *widget.Button
	quiet    bool // set while filling the form, so no save is triggered
	typed    *screens.Draft
	tried    bool // Add was refused: the problems are told again as the form changes
}

func newWindowForm(s *Screen) *windowForm {
	f := &windowForm{s: s, problems: screens.NewFieldProblems(s.tr, messages)}
	tr := s.tr
	f.label = s.env.Entry()
	f.label.SetPlaceHolder(tr.T("agreement.window.label.placeholder"))
	f.start, f.end = s.env.Entry(), s.env.Entry()
	f.start.SetPlaceHolder("20:30")
	f.end.SetPlaceHolder("07:00")
	size := fyne.NewSize(90, f.start.MinSize().Height)
	times := container.NewHBox(container.NewGridWrap(size, f.start), widget.NewLabel(tr.T("agreement.window.to")), container.NewGridWrap(size, f.end))
	f.label.OnChanged = func(string) { f.changed() }
	f.start.OnChanged = func(string) { f.changed() }
	f.end.OnChanged = func(string) { f.changed() }
	f.add = widget.NewButtonWithIcon(tr.T("agreement.window.add"), theme.ContentAddIcon(), f.submit)
	f.add.Importance = widget.HighImportance
	f.done = widget.NewButtonWithIcon(tr.T("agreement.window.done"), theme.ConfirmIcon(), f.reset)
	under := func(name, field string, objs ...fyne.CanvasObject) fyne.CanvasObject {
		return container.NewVBox(append(objs, f.problems.Under(field, name))...)
	}
	form := widgets.NewForm(
		widget.NewFormItem(tr.T("agreement.window.label"), under(tr.T("agreement.window.label"), data.FieldWindowLabel, f.label, f.quickLabels())),
		widget.NewFormItem(tr.T("agreement.window.days"), under(tr.T("agreement.window.days"), data.FieldWindowDays, f.dayChecks(), f.dayPresets())),
		widget.NewFormItem(tr.T("agreement.window.when"), under(tr.T("agreement.window.when"), data.FieldWindowTimes, times)),
		widget.NewFormItem(tr.T("agreement.window.who"), under(tr.T("agreement.window.who"), data.FieldWindowWho, f.whoChecks())),
		widget.NewFormItem(tr.T("periods.window.label"), under(tr.T("periods.window.label"), data.FieldWindowWhen, f.periodChoice())),
	)
	f.card = widgets.Card("", tr.T("agreement.window.hint"), container.NewVBox(form, f.problems.Form, widgets.WrapRow(f.add, f.done)))
	f.reset()
	f.keepTyped()
	return f
}

// quickLabels fill in a common name with one click.
func (f *windowForm) quickLabels() fyne.CanvasObject {
	quick := widgets.WrapRow()
	for _, key := range []string{"agreement.window.quick.bedtime", "agreement.window.quick.dinner", "agreement.window.quick.homework"} {
		text := f.s.tr.T(key)
		quick.Add(widget.NewButton(text, func() { f.label.SetText(text) }))
	}
	return quick
}

func (f *windowForm) dayChecks() fyne.CanvasObject {
	row := widgets.WrapRow()
	for i := range 7 {
		c := widget.NewCheck(data.DayShort(f.s.tr, i), func(bool) { f.changed() })
		f.days = append(f.days, c)
		row.Add(c)
	}
	return row
}

// dayPresets tick every day, school days or the weekend at once.
func (f *windowForm) dayPresets() fyne.CanvasObject {
	setDays := func(d data.Days) func() {
		return func() {
			f.quiet = true
			for i, c := range f.days {
				c.SetChecked(d[i])
			}
			f.quiet = false
			f.changed()
		}
	}
	tr := f.s.tr
	return widgets.WrapRow(
		widget.NewButton(tr.T("agreement.days.every"), setDays(data.EveryDay)),
		widget.NewButton(tr.T("agreement.days.school"), setDays(data.SchoolDays)),
		widget.NewButton(tr.T("agreement.days.weekend"), setDays(data.Weekend)),
	)
}

// whoChecks are "Everyone" and one box per child.
func (f *windowForm) whoChecks() fyne.CanvasObject {
	f.everyone = widget.NewCheck(f.s.tr.T("agreement.window.everyone"), func(on bool) {
		for _, c := range f.kids {
			if on {
				c.Disable()
			} else {
				c.Enable()
			}
		}
		f.changed()
	})
	// On rows that wrap: a family of many children, or large text, never
	// widens the page.
	who := widgets.WrapRow(f.everyone)
	for _, k := range f.s.kids {
		c := widget.NewCheck(k.Name, func(bool) { f.changed() })
		f.kids = append(f.kids, c)
		who.Add(c)
	}
	return who
}

// reset empties the form for a new device-free time.
func (f *windowForm) reset() {
	f.tried = false
	f.fill(data.Window{Days: data.EveryDay, Everyone: true})
	f.editing = 0
	f.start.SetText("")
	f.end.SetText("")
	f.card.SetTitle(f.s.tr.T("agreement.window.new"))
	f.add.Show()
	f.done.Hide()
	f.problems.Clear()
}

// edit fills the form with a saved time; changes then save as made.
func (f *windowForm) edit(w data.Window) {
	f.tried = false
	f.editing = 0
	f.fill(w)
	f.editing = w.ID
	f.card.SetTitle(f.s.tr.T("agreement.window.editing", map[string]any{"Label": w.Label}))
	f.add.Hide()
	f.done.Show()
	f.problems.Clear()
	f.s.freeFocus(f.label)
}

func (f *windowForm) fill(w data.Window) {
	f.quiet = true
	defer func() { f.quiet = false }()
	f.label.SetText(w.Label)
	for i, c := range f.days {
		c.SetChecked(w.Days[i])
	}
	f.start.SetText(data.ClockText(w.Start))
	f.end.SetText(data.ClockText(w.End))
	f.everyone.SetChecked(w.Everyone)
	f.setPeriod(w.When)
	for i, c := range f.kids {
		c.SetChecked(!w.Everyone && slices.Contains(w.Children, f.s.kids[i].ID))
	}
}

// read turns the form into a window, and says what the window breaks:
// every field at once (the store's rules, data.Window.Problems), with a
// time that cannot be read said in the form's own words.
func (f *windowForm) read() (w data.Window, ok bool) {
	w = data.Window{ID: f.editing, Label: strings.TrimSpace(f.label.Text), Everyone: f.everyone.Checked, When: f.chosenPeriod()}
	for i, c := range f.days {
		w.Days[i] = c.Checked
	}
	for i, c := range f.kids {
		if c.Checked {
			w.Children = append(w.Children, f.s.kids[i].ID)
		}
	}
	var okS, okE bool
	w.Start, okS = parseClock(f.start.Text)
	w.End, okE = parseClock(f.end.Text)
	texts := map[string]string{}
	if !okS || !okE {
		texts[data.FieldWindowTimes] = f.s.tr.T("agreement.window.err.time")
	}
	return w, !f.problems.ShowAll(w.Problems(), texts)
}

// changed saves an edited window as it is typed, when it is valid.
func (f *windowForm) changed() {
	if f.quiet {
		return
	}
	if f.editing == 0 {
		f.typed.Changed() // a new time is kept as a draft until it is added
		if f.tried {
			f.read() // after a refused Add, each problem goes as soon as it is mended
		}
		return
	}
	w, ok := f.read()
	if !ok {
		return
	}
	err := f.s.store.UpdateWindow(w)
	if err != nil { // the form's own check passed: a rule it cannot see, such as an overlap
		f.problems.Show(refused(err))
	}
	if f.s.saved(err, false) {
		f.card.SetTitle(f.s.tr.T("agreement.window.editing", map[string]any{"Label": w.Label}))
		f.s.refreshWindows()
	}
}

func (f *windowForm) submit() {
	w, ok := f.read()
	f.tried = !ok
	if !ok {
		f.problems.GoToFirst()
		return
	}
	_, err := f.s.store.AddWindow(w)
	if err != nil { // the form's own check passed: a rule it cannot see, such as an overlap
		f.problems.Show(refused(err))
	}
	if f.s.saved(err, false) {
		f.typed.Clear()
		f.reset()
		f.s.refreshWindows()
	}
}
