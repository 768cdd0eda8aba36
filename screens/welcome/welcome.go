package welcome

import (
	"strconv"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"family-online-safety/content"
	"family-online-safety/data"
	"family-online-safety/screens"
	"family-online-safety/screens/widgets"
)

// messages are the welcome's own words for the child's details.
var messages = screens.Messages{
	screens.Key(data.FieldChildBirth, data.RuleRequired): "child.born.missing",
}

// Screen is the first-run screen.
type Screen struct {
	env     screens.Env
	tr      screens.Translator
	actions Actions
	draft   *Draft
	typed   *screens.Draft // the first child's fields, kept in the store as typed

	name     *widgets.Entry
	month    *widget.Select
	year     *widget.Select
	problems *screens.FieldProblems
	start    *widget.Button
	demo     *widget.Button
	pass     *screens.PassphraseForm
	tried    bool // Start was refused: each problem goes as soon as it is mended
}

// New builds the welcome screen around a draft the caller keeps.
func New(env screens.Env, actions Actions, draft *Draft) *Screen {
	return &Screen{env: env, tr: env.Tr, actions: actions, draft: draft}
}

// View renders the screen.
func (w *Screen) View() fyne.CanvasObject {
	d := w.draft
	language := screens.LanguageSelect(d.Language, func(code string) {
		d.Language = code
		w.actions.SetLanguage(code)
	})
	region := screens.RegionSelect(w.tr, d.Region, func(r content.Region) { d.Region = r })

	w.name = w.env.Entry()
	w.name.SetPlaceHolder(w.tr.T("child.name.placeholder"))
	w.name.SetText(d.Name)
	w.name.OnChanged = func(s string) { d.Name = s; w.recheck() }
	w.month = screens.MonthSelect(w.tr, d.Month, func(m int) { d.Month = m; w.recheck() })
	w.year = screens.YearSelect(w.tr, w.env.Now(), d.Year, func(y int) { d.Year = y; w.recheck() })
	w.keepFirstChild()

	w.problems = screens.NewFieldProblems(w.tr, messages)

	w.start = widget.NewButtonWithIcon(w.tr.T("welcome.start"), theme.ConfirmIcon(), w.finish)
	w.start.Importance = widget.HighImportance
	w.demo = widget.NewButtonWithIcon(w.tr.T("welcome.demo"), theme.MediaPlayIcon(), func() {
		if err := w.actions.StartDemo(); err != nil {
			widgets.SetProblem(w.problems.Form, w.tr.T("demo.error"))
		}
	})

	privacy := widget.NewCard("", "", container.NewBorder(nil, nil, widget.NewIcon(theme.VisibilityOffIcon()), nil,
		widgets.Para(w.tr.T("welcome.private"))))

	return widgets.Page(
		widgets.Heading(w.tr.T("welcome.title")),
		widgets.Para(w.tr.T("welcome.intro")),
		privacy,
		widgets.NewForm(
			widget.NewFormItem(w.tr.T("settings.language"), language),
			widget.NewFormItem(w.tr.T("settings.region"), region),
		),
		widgets.Heading(w.tr.T("welcome.first_child")),
		widgets.Para(w.tr.T("welcome.first_child.why")),
		widgets.NewForm(
			widget.NewFormItem(w.tr.T("child.name"), container.NewVBox(w.name, w.problems.Under(data.FieldChildName, w.tr.T("child.name")))),
			widget.NewFormItem(w.tr.T("child.born"), container.NewVBox(
				container.NewGridWithColumns(2, w.month, w.year), w.problems.Under(data.FieldChildBirth))),
		),
		w.passphraseCard(),
		w.problems.Form,
		container.NewHBox(w.start, w.demo),
		widgets.Para(w.tr.T("welcome.demo.explain")),
	)
}

func (w *Screen) finish() {
	d := w.draft
	region := d.Region
	if region == "" {
		region = content.DefaultRegion
	}
	if !w.pass.Empty() && !w.pass.Check() {
		return
	}
	first, ok := w.firstChild()
	if w.tried = !ok; !ok {
		w.problems.GoToFirst()
		return
	}
	if !w.problems.Show(w.actions.Finish(region, first)) {
		w.typed.Done()
	}
}

// firstChild is the child typed in, nil when none; ok is false when it
// breaks a rule, every problem then said at once under its field.
func (w *Screen) firstChild() (first *data.Child, ok bool) {
	d := w.draft
	if d.Name == "" && d.Month == 0 && d.Year == 0 {
		w.problems.Clear()
		return nil, true
	}
	first = &data.Child{Name: d.Name, BirthMonth: d.Month, BirthYear: d.Year}
	return first, !w.problems.ShowAll(first.Problems(w.env.Now()), nil)
}

// recheck says the problems again after a refused Start, so each goes
// as soon as it is mended.
func (w *Screen) recheck() {
	if w.tried && w.problems != nil {
		w.firstChild()
	}
}

// draftFirstChild names the draft of the welcome's first child.
const draftFirstChild = "welcome.child"

// keepFirstChild keeps the first child's details in the store as they are
// typed, as every form that creates something does: after a quick exit or
// a crash the welcome opens with them. The month and year are kept as
// numbers (a language change renames the months); what the caller's draft
// holds (the screen is rebuilt on a language change) wins.
func (w *Screen) keepFirstChild() {
	d := w.draft
	w.typed = w.env.Draft(draftFirstChild)
	w.typed.Entry("name", w.name)
	if m, _ := strconv.Atoi(w.typed.Value("month")); d.Month == 0 && m >= 1 && m <= 12 {
		w.month.SetSelectedIndex(m - 1) // its OnChanged sets d.Month
	}
	if y := w.typed.Value("year"); d.Year == 0 && y != "" {
		w.year.SetSelected(y)
	}
	number := func(n int) string {
		if n == 0 {
			return "" // nothing chosen is nothing to keep
		}
		return strconv.Itoa(n)
	}
	w.typed.Keep("month", func() string { return number(d.Month) })
	w.typed.Keep("year", func() string { return number(d.Year) })
	for _, sel := range []*widget.Select{w.month, w.year} {
		chosen := sel.OnChanged
		sel.OnChanged = func(v string) { chosen(v); w.typed.Changed() }
	}
}
