package agreement

import (
	"errors"
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

// holidayForm lists the family's holiday periods and adds or changes one.
// The dates are typed in the region's order; they are not part of the
// signed agreement, so saving one never asks to sign again.
type holidayForm struct {
	s        *Screen
	editing  data.ID // 0 when adding
	name     *widgets.Entry
	first    *widgets.Entry
	last     *widgets.Entry
	problems *screens.FieldProblems
	save     *widget.Button
	cancel   *widget.Button
	typed    *screens.Draft
	tried    bool // Save was refused: each problem goes as soon as it is mended
}

var holidayMessages = screens.Messages{
	screens.Key(data.FieldHolidayLast, data.RuleOrder):    "periods.holiday.err.order",
	screens.Key(data.FieldHolidayLast, data.RuleRange):    "periods.holiday.err.long",
	screens.Key(data.FieldHolidays, data.RuleFull):        "periods.holiday.err.full",
	screens.Key(data.FieldHolidayFirst, data.RuleOverlap): "periods.holiday.err.overlap",
}

func newHolidayForm(s *Screen) *holidayForm {
	f := &holidayForm{s: s, problems: screens.NewFieldProblems(s.tr, holidayMessages)}
	example := map[string]any{"Example": screens.FormatDate(s.tr, s.env.Now())}
	f.name, f.first, f.last = s.env.Entry(), s.env.Entry(), s.env.Entry()
	f.name.SetPlaceHolder(s.tr.T("periods.holiday.name.placeholder"))
	f.first.SetPlaceHolder(s.tr.T("date.placeholder", example))
	f.last.SetPlaceHolder(s.tr.T("date.placeholder", example))
	f.save = widget.NewButtonWithIcon(s.tr.T("periods.holiday.add"), theme.ContentAddIcon(), f.submit)
	f.save.Importance = widget.HighImportance
	f.cancel = widget.NewButton(s.tr.T("periods.holiday.cancel"), f.reset)
	f.cancel.Hide()
	for _, e := range []*widgets.Entry{f.name, f.first, f.last} {
		e.OnChanged = func(string) { f.recheck() } // the draft keeps this and adds its own
	}
	f.typed = s.env.Draft("agreement.holiday")
	f.typed.Entry("name", f.name)
	f.typed.Entry("first", f.first)
	f.typed.Entry("last", f.last)
	return f
}

// card shows the periods, then the form.
func (f *holidayForm) card() fyne.CanvasObject {
	tr := f.s.tr
	list := container.NewVBox()
	if len(f.s.hols) == 0 {
		list.Add(widgets.Para(tr.T("periods.holiday.empty")))
	}
	now := f.s.env.Now()
	for _, h := range f.s.hols {
		text := tr.T("periods.holiday.line", map[string]any{"First": formatDate(tr, h.First), "Last": formatDate(tr, h.Last)}) +
			" · " + tr.N("periods.holiday.days", h.Days())
		if h.Covers(now) {
			text += " · " + tr.T("periods.holiday.now")
		}
		name := h.Name
		if name == "" {
			name = tr.T("periods.holiday.unnamed")
		}
		title := widget.NewLabelWithStyle(name, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
		edit := widget.NewButtonWithIcon(tr.T("agreement.edit"), theme.DocumentCreateIcon(), func() { f.edit(h) })
		del := widget.NewButtonWithIcon(tr.T("agreement.delete"), theme.DeleteIcon(), func() {
			f.s.saved(f.s.store.DeleteHoliday(h.ID), true)
		})
		list.Add(container.NewBorder(nil, nil, nil, container.NewHBox(edit, del), container.NewVBox(title, widgets.Para(text))))
	}
	form := widgets.NewForm(
		widget.NewFormItem(tr.T("periods.holiday.name"), container.NewVBox(f.name, f.problems.Under(data.FieldHolidayName, tr.T("periods.holiday.name")))),
		widget.NewFormItem(tr.T("periods.holiday.first"), container.NewVBox(f.first, f.problems.Under(data.FieldHolidayFirst, tr.T("periods.holiday.first")))),
		widget.NewFormItem(tr.T("periods.holiday.last"), container.NewVBox(f.last, f.problems.Under(data.FieldHolidayLast, tr.T("periods.holiday.last")))),
	)
	return widget.NewCard(tr.T("periods.holiday.title"), "", container.NewVBox(widgets.Para(tr.T("periods.holiday.subtitle")),
		list, widget.NewSeparator(), form, f.problems.Form, container.NewHBox(f.save, f.cancel)))
}

// edit fills the form with a saved period.
func (f *holidayForm) edit(h data.Holiday) {
	f.editing = h.ID
	f.name.SetText(h.Name)
	f.first.SetText(formatDate(f.s.tr, h.First))
	f.last.SetText(formatDate(f.s.tr, h.Last))
	f.save.SetText(f.s.tr.T("periods.holiday.save"))
	f.save.SetIcon(theme.ConfirmIcon())
	f.cancel.Show()
	f.tried = false
	f.problems.Clear()
}

func (f *holidayForm) reset() {
	f.editing = 0
	f.name.SetText("")
	f.first.SetText("")
	f.last.SetText("")
	f.typed.Clear()
	f.save.SetText(f.s.tr.T("periods.holiday.add"))
	f.save.SetIcon(theme.ContentAddIcon())
	f.cancel.Hide()
	f.tried = false
	f.problems.Clear()
}

// read turns the form into a period, and says every problem at once:
// the store's rules (data.Holiday.Problems) and, in the form's own words,
// a date that cannot be read.
func (f *holidayForm) read() (data.Holiday, bool) {
	h := data.Holiday{ID: f.editing, Name: f.name.Text}
	texts := map[string]string{}
	h.First = f.date(f.first.Text, data.FieldHolidayFirst, texts)
	h.Last = f.date(f.last.Text, data.FieldHolidayLast, texts)
	return h, !f.problems.ShowAll(h.Problems(), texts)
}

// date reads one typed date; an empty one is left to the store to refuse.
func (f *holidayForm) date(text, field string, texts map[string]string) time.Time {
	if strings.TrimSpace(text) == "" {
		return time.Time{}
	}
	t, ok := screens.ParseDate(f.s.tr, text)
	if !ok {
		example := map[string]any{"Example": screens.FormatDate(f.s.tr, f.s.env.Now())}
		texts[field] = f.s.tr.T("date.invalid", example)
	}
	return t
}

// recheck says the problems again after a refused Save, so each goes
// as soon as it is mended.
func (f *holidayForm) recheck() {
	if f.tried {
		f.read()
	}
}

func (f *holidayForm) submit() {
	h, ok := f.read()
	f.tried = !ok
	if !ok {
		f.problems.GoToFirst()
		return
	}
	var err error
	if f.editing == 0 {
		_, err = f.s.store.AddHoliday(h)
	} else {
		err = f.s.store.UpdateHoliday(h)
	}
	if f.problems.Show(refused(err), f.overlapWords(err)) {
		return
	}
	f.typed.Clear()
	f.s.saved(err, true)
}

// overlapWords name the saved period a refused one overlaps.
func (f *holidayForm) overlapWords(err error) map[string]any {
	var o *data.OverlapError
	if !errors.As(err, &o) {
		return nil
	}
	name := o.Other.Name
	if name == "" {
		name = f.s.tr.T("periods.holiday.unnamed")
	}
	return map[string]any{"Name": name, "First": formatDate(f.s.tr, o.Other.First), "Last": formatDate(f.s.tr, o.Other.Last)}
}
