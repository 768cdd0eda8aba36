package screens

import (
	"strconv"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"family-online-safety/content"
	"family-online-safety/data"
	"family-online-safety/screens/widgets"
)

// WelcomeActions finish the first run, one way or the other.
type WelcomeActions interface {
	SetLanguage(code string)
	// Finish saves the region, the first child if any, and marks the
	// welcome done.
	Finish(region content.Region, first *data.Child) error
	StartDemo() error
}

// WelcomeDraft keeps what was typed on the welcome screen, so that
// switching language (which rebuilds every screen) loses nothing.
type WelcomeDraft struct {
	Language string
	Region   content.Region
	Name     string
	Month    int // 1–12, 0 when not chosen
	Year     int // 0 when not chosen
}

// Welcome is the first-run screen.
type Welcome struct {
	tr      Translator
	actions WelcomeActions
	draft   *WelcomeDraft

	name    *widgets.Entry
	month   *widget.Select
	year    *widget.Select
	problem *widget.Label
	start   *widget.Button
	demo    *widget.Button
}

// NewWelcome builds the welcome screen around a draft the caller keeps.
func NewWelcome(tr Translator, actions WelcomeActions, draft *WelcomeDraft) *Welcome {
	return &Welcome{tr: tr, actions: actions, draft: draft}
}

// View renders the screen.
func (w *Welcome) View() fyne.CanvasObject {
	d := w.draft
	language := LanguageSelect(d.Language, func(code string) {
		d.Language = code
		w.actions.SetLanguage(code)
	})
	region := RegionSelect(w.tr, d.Region, func(r content.Region) { d.Region = r })

	w.name = widgets.NewEntry()
	w.name.SetPlaceHolder(w.tr.T("child.name.placeholder"))
	w.name.SetText(d.Name)
	w.name.OnChanged = func(s string) { d.Name = s }
	w.month = MonthSelect(w.tr, d.Month, func(m int) { d.Month = m })
	w.year = YearSelect(w.tr, Now(), d.Year, func(y int) { d.Year = y })

	w.problem = widgets.Problem()

	w.start = widget.NewButtonWithIcon(w.tr.T("welcome.start"), theme.ConfirmIcon(), w.finish)
	w.start.Importance = widget.HighImportance
	w.demo = widget.NewButtonWithIcon(w.tr.T("welcome.demo"), theme.MediaPlayIcon(), func() {
		if err := w.actions.StartDemo(); err != nil {
			w.showProblem(err.Error())
		}
	})

	privacy := widget.NewCard("", "", container.NewBorder(nil, nil, widget.NewIcon(theme.VisibilityOffIcon()), nil,
		widgets.Para(w.tr.T("welcome.private"))))

	return widgets.Page(
		widgets.Heading(w.tr.T("welcome.title")),
		widgets.Para(w.tr.T("welcome.intro")),
		privacy,
		widget.NewForm(
			widget.NewFormItem(w.tr.T("settings.language"), language),
			widget.NewFormItem(w.tr.T("settings.region"), region),
		),
		widgets.Heading(w.tr.T("welcome.first_child")),
		widgets.Para(w.tr.T("welcome.first_child.why")),
		widget.NewForm(
			widget.NewFormItem(w.tr.T("child.name"), w.name),
			widget.NewFormItem(w.tr.T("child.born"), container.NewGridWithColumns(2, w.month, w.year)),
		),
		w.problem,
		container.NewHBox(w.start, w.demo),
		widgets.Para(w.tr.T("welcome.demo.explain")),
	)
}

func (w *Welcome) finish() {
	d := w.draft
	region := d.Region
	if region == "" {
		region = content.DefaultRegion
	}
	var first *data.Child
	if d.Name != "" || d.Month != 0 || d.Year != 0 {
		if d.Month == 0 || d.Year == 0 {
			w.showProblem(w.tr.T("child.born.missing"))
			return
		}
		first = &data.Child{Name: d.Name, BirthMonth: d.Month, BirthYear: d.Year}
		if err := first.Validate(Now()); err != nil {
			w.showProblem(w.tr.T("child.invalid"))
			return
		}
	}
	if err := w.actions.Finish(region, first); err != nil {
		w.showProblem(err.Error())
	}
}

func (w *Welcome) showProblem(msg string) {
	widgets.SetProblem(w.problem, msg)
}

// MonthSelect lists the months by name; picking one calls changed with 1–12.
func MonthSelect(tr Translator, current int, changed func(int)) *widget.Select {
	names := make([]string, 12)
	for i := range names {
		names[i] = tr.T("month." + strconv.Itoa(i+1))
	}
	sel := widget.NewSelect(names, nil)
	sel.PlaceHolder = tr.T("child.month")
	if current >= 1 && current <= 12 {
		sel.SetSelected(names[current-1])
	}
	sel.OnChanged = func(string) { changed(sel.SelectedIndex() + 1) }
	return sel
}

// YearSelect lists the last 19 years, newest first.
func YearSelect(tr Translator, now time.Time, current int, changed func(int)) *widget.Select {
	var years []string
	for y := now.Year(); y >= now.Year()-18; y-- {
		years = append(years, strconv.Itoa(y))
	}
	sel := widget.NewSelect(years, nil)
	sel.PlaceHolder = tr.T("child.year")
	if current != 0 {
		sel.SetSelected(strconv.Itoa(current))
	}
	sel.OnChanged = func(s string) {
		y, _ := strconv.Atoi(s)
		changed(y)
	}
	return sel
}
