package home

import (
	"strconv"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"family-online-safety/data"
	"family-online-safety/screens"
	"family-online-safety/screens/widgets"
)

// changeForm is the small dialog that adds a today-only change, kept as a
// draft while it is filled in.
type changeForm struct {
	c        *changes
	kids     []data.Child
	kind     *widget.RadioGroup
	until    *widgets.Entry
	minutes  *widgets.Entry
	day      *widgets.Entry
	who      *widget.Select
	reason   *widgets.Entry
	problems *screens.FieldProblems
	typed    *screens.Draft
	dlg      *dialog.CustomDialog
	tried    bool // Save was refused: each problem goes as soon as it is mended
}

var changeMessages = screens.Messages{
	screens.Key(data.FieldChangeKind, data.RuleRequired): "periods.change.err.kind",
	screens.Key(data.FieldChangeDay, data.RuleRange):     "periods.change.err.day",
	screens.Key(data.FieldChangeMinutes, data.RuleRange): "periods.change.err.minutes",
}

// showForm opens the form for child (its name chosen under "For").
func (c *changes) showForm(child data.Child) {
	kids, err := c.store.ActiveChildren()
	if err != nil {
		dialog.ShowInformation(c.tr.T("error.title"), screens.LoadProblem(c.tr, err), c.win)
		return
	}
	f := &changeForm{c: c, kids: kids, problems: screens.NewFieldProblems(c.tr, changeMessages)}
	body := f.build(child)
	cancel := widget.NewButton(c.tr.T("periods.change.cancel"), func() { f.dlg.Hide() })
	save := widget.NewButtonWithIcon(c.tr.T("periods.change.save"), theme.ConfirmIcon(), f.submit)
	save.Importance = widget.HighImportance
	f.dlg = dialog.NewCustomWithoutButtons(c.tr.T("periods.change.title"), body, c.win)
	f.dlg.SetButtons([]fyne.CanvasObject{cancel, save})
	f.dlg.Resize(fyne.NewSize(600, 0))
	f.dlg.Show()
}

func (f *changeForm) build(child data.Child) fyne.CanvasObject {
	tr, env := f.c.tr, f.c.env
	var kinds []string
	for _, k := range data.DayChangeKinds {
		kinds = append(kinds, tr.T("periods.change.kind."+string(k)))
	}
	f.kind = widget.NewRadioGroup(kinds, func(string) { f.kindChanged() })
	f.until, f.minutes, f.day, f.reason = env.Entry(), env.Entry(), env.Entry(), env.Entry()
	f.until.SetPlaceHolder(tr.T("periods.change.until.placeholder")) // an example, not a value
	f.minutes.SetText("30")
	f.day.SetText(screens.FormatDate(tr, env.Now()))
	f.reason.SetPlaceHolder(tr.T("periods.change.reason.placeholder"))
	names := []string{tr.T("periods.change.everyone")}
	for _, k := range f.kids {
		names = append(names, k.Name)
	}
	f.who = widget.NewSelect(names, nil)
	f.who.SetSelected(child.Name)

	f.typed = env.Draft("home.daychange")
	f.typed.Keep("kind", func() string { return string(f.chosenKind()) })
	if k := f.typed.Value("kind"); k != "" {
		f.setKind(data.DayChangeKind(k))
	}
	f.kind.OnChanged = func(string) { f.kindChanged(); f.typed.Changed(); f.recheck() }
	for _, e := range []*widgets.Entry{f.until, f.minutes, f.day, f.reason} {
		e.OnChanged = func(string) { f.recheck() } // the draft keeps this and adds its own
	}
	f.who.OnChanged = func(string) { f.recheck() }
	f.typed.Entry("until", f.until)
	f.typed.Entry("minutes", f.minutes)
	f.typed.Entry("day", f.day)
	f.typed.Entry("reason", f.reason)
	f.typed.Select("who", f.who)
	f.kindChanged()

	field := func(label, name string, obj fyne.CanvasObject) *widget.FormItem {
		return widget.NewFormItem(label, container.NewVBox(obj, f.problems.Under(name, label)))
	}
	minutes := container.NewBorder(nil, nil, nil, widget.NewLabel(tr.T("periods.change.minutes_unit")), f.minutes)
	form := widgets.NewForm(
		field(tr.T("periods.change.kind"), data.FieldChangeKind, f.kind),
		field(tr.T("periods.change.until"), data.FieldChangeUntil, f.until),
		field(tr.T("periods.change.minutes"), data.FieldChangeMinutes, minutes),
		field(tr.T("periods.change.day"), data.FieldChangeDay, f.day),
		field(tr.T("periods.change.who"), data.FieldChangeWho, f.who),
		field(tr.T("periods.change.reason"), data.FieldChangeReason, f.reason),
	)
	return container.NewVBox(widgets.Para(tr.T("periods.change.intro")), form, f.problems.Form)
}

// kindChanged offers the bedtime or the minutes only for their kind.
func (f *changeForm) kindChanged() {
	k := f.chosenKind()
	enable := func(e *widgets.Entry, on bool) {
		if on {
			e.Enable()
		} else {
			e.Disable()
		}
	}
	enable(f.until, k == data.ChangeBedtime)
	enable(f.minutes, k == data.ChangeExtra)
}

func (f *changeForm) chosenKind() data.DayChangeKind {
	for i, name := range f.kind.Options {
		if name == f.kind.Selected {
			return data.DayChangeKinds[i]
		}
	}
	return ""
}

func (f *changeForm) setKind(k data.DayChangeKind) {
	for i, q := range data.DayChangeKinds {
		if q == k {
			f.kind.SetSelected(f.kind.Options[i])
		}
	}
}

// read turns the form into a change and the children it is for, and
// says every problem at once: the store's rules (data.DayChange.Problems)
// and, in the form's own words, a time, number or date that cannot be read.
func (f *changeForm) read() (data.DayChange, []data.ID, bool) {
	tr := f.c.tr
	ch := data.DayChange{Kind: f.chosenKind(), Reason: f.reason.Text}
	texts := map[string]string{}
	switch ch.Kind {
	case data.ChangeBedtime:
		t, err := time.Parse("15:04", strings.ReplaceAll(strings.TrimSpace(f.until.Text), ".", ":"))
		if err != nil {
			texts[data.FieldChangeUntil] = tr.T("periods.change.err.until")
		}
		ch.Until = t.Hour()*60 + t.Minute()
	case data.ChangeExtra:
		n, err := strconv.Atoi(strings.TrimSpace(f.minutes.Text))
		if err != nil {
			texts[data.FieldChangeMinutes] = tr.T("periods.change.err.minutes", map[string]any{"Min": 1, "Max": data.MaxExtraMinutes})
		}
		ch.Minutes = n
	}
	if strings.TrimSpace(f.day.Text) != "" {
		d, ok := screens.ParseDate(tr, f.day.Text)
		if !ok {
			texts[data.FieldChangeDay] = tr.T("date.invalid", map[string]any{"Example": screens.FormatDate(tr, f.c.env.Now())})
		}
		ch.Day = d
	}
	if f.problems.ShowAll(ch.Problems(f.c.env.Now()), texts) {
		return ch, nil, false
	}
	var who []data.ID
	for i, k := range f.kids {
		if f.who.SelectedIndex() == 0 || f.who.SelectedIndex() == i+1 {
			who = append(who, k.ID)
		}
	}
	return ch, who, true
}

// recheck says the problems again after a refused Save, so each goes
// as soon as it is mended.
func (f *changeForm) recheck() {
	if f.tried {
		f.read()
	}
}

func (f *changeForm) submit() {
	ch, who, ok := f.read()
	f.tried = !ok
	if !ok {
		f.problems.GoToFirst()
		return
	}
	_, err := f.c.store.AddDayChange(ch, who)
	if f.problems.Show(err) {
		return
	}
	f.typed.Done()
	f.dlg.Hide()
	f.c.nav.Show(screens.HomeID)
}
