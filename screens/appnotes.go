package screens

import (
	"errors"
	"net/url"
	"strconv"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"family-online-safety/content"
	"family-online-safety/data"
	"family-online-safety/screens/widgets"
)

// AppNoteStore reads and writes one child's app notes.
type AppNoteStore interface {
	AppNotes(child data.ID) ([]data.AppNote, error)
	AddAppNote(n data.AppNote) (data.AppNote, error)
	UpdateAppNote(n data.AppNote) error
	DeleteAppNote(child, id data.ID) error
}

// appReviewMonths is how far ahead "Reviewed today" sets the next review.
const appReviewMonths = 3

// appNotesView is the Apps tab of one child: the list of notes, one note
// open for editing, or the catalogue.
type appNotesView struct {
	tr      Translator
	store   AppNoteStore
	win     fyne.Window
	actions LinkActions
	child   data.Child

	notes []data.AppNote
	stack *fyne.Container
}

func newAppNotesView(tr Translator, store AppNoteStore, win fyne.Window, actions LinkActions, child data.Child) *appNotesView {
	return &appNotesView{tr: tr, store: store, win: win, actions: actions, child: child}
}

// View shows the list of notes first.
func (v *appNotesView) View() fyne.CanvasObject {
	v.stack = container.NewStack()
	v.showList()
	return v.stack
}

func (v *appNotesView) show(o fyne.CanvasObject) {
	v.stack.Objects = []fyne.CanvasObject{o}
	v.stack.Refresh()
}

func (v *appNotesView) showList() {
	notes, err := v.store.AppNotes(v.child.ID)
	if err != nil {
		v.show(widgets.EmptyState(theme.ErrorIcon(), v.tr.T("error.load"), err.Error(), nil))
		return
	}
	v.notes = notes
	name := map[string]any{"Name": v.child.Name}

	catalogue := widget.NewButtonWithIcon(v.tr.T("appnote.add.catalogue"), theme.SearchIcon(), func() { v.showCatalogue("") })
	catalogue.Importance = widget.HighImportance
	problem := widgets.Problem()
	other := widgets.NewEntry()
	other.SetPlaceHolder(v.tr.T("appnote.add.other.placeholder"))
	addOther := widget.NewButtonWithIcon(v.tr.T("appnote.add.other"), theme.ContentAddIcon(), nil)
	addOther.OnTapped = func() {
		n, err := v.store.AddAppNote(data.AppNote{ChildID: v.child.ID, Name: other.Text})
		switch {
		case errors.Is(err, data.ErrDuplicate):
			widgets.SetProblem(problem, v.tr.T("appnote.duplicate", map[string]any{"Name": v.child.Name, "App": strings.TrimSpace(other.Text)}))
		case err != nil:
			widgets.SetProblem(problem, v.tr.T("appnote.name.invalid"))
		default:
			v.showNote(n)
		}
	}
	other.OnSubmitted = func(string) { addOther.OnTapped() }

	top := container.NewVBox(
		widgets.Heading(v.tr.T("appnote.title", name)),
		widgets.Para(v.tr.T("appnote.intro", name)),
		container.NewBorder(nil, nil, catalogue, addOther, other),
		problem,
	)
	var body fyne.CanvasObject
	if len(notes) == 0 {
		body = widgets.EmptyState(theme.GridIcon(), v.tr.T("appnote.empty.title"), v.tr.T("appnote.empty.body", name), nil)
	} else {
		list := widget.NewList(
			func() int { return len(v.notes) },
			func() fyne.CanvasObject {
				return container.NewBorder(nil, nil, widget.NewIcon(theme.ConfirmIcon()), widget.NewLabel("Allowed with conditions · review due"), widget.NewLabel("Template app"))
			},
			func(i widget.ListItemID, o fyne.CanvasObject) { v.updateRow(v.notes[i], o.(*fyne.Container)) })
		list.OnSelected = func(i widget.ListItemID) {
			if i < len(v.notes) {
				v.showNote(v.notes[i])
			}
		}
		body = list
	}
	v.show(container.NewBorder(container.NewPadded(top), nil, nil, nil, body))
}

func (v *appNotesView) updateRow(n data.AppNote, row *fyne.Container) {
	name := row.Objects[0].(*widget.Label)
	icon := row.Objects[1].(*widget.Icon)
	status := row.Objects[2].(*widget.Label)
	name.SetText(n.DisplayName())
	var parts []string
	parts = append(parts, v.tr.T(appDecisionKey(n.Decision)))
	_, young := data.TooYoungFor(v.child, n, Now(), content.RegionOf(v.tr))
	due := n.ReviewDue(Now())
	if due {
		parts = append(parts, v.tr.T("appnote.review_due"))
	}
	status.SetText(strings.Join(parts, " · "))
	status.Importance = widget.MediumImportance
	switch {
	case young || due:
		icon.SetResource(theme.WarningIcon())
		status.Importance = widget.WarningImportance
	case n.Decision == data.DecisionNotAllowed || n.Decision == data.DecisionNotYet:
		icon.SetResource(theme.CancelIcon())
	case n.Decision == data.DecisionUndecided:
		icon.SetResource(theme.QuestionIcon())
	default:
		icon.SetResource(theme.ConfirmIcon())
	}
	status.Refresh()
}

func appDecisionKey(d data.Decision) string {
	if d == data.DecisionUndecided {
		return "appdecision.undecided"
	}
	return "appdecision." + string(d)
}

// AppAgeWarning explains, without blocking anything, why a child is below
// an app's minimum age: "TikTok's terms say 13+; Leo is 9." It is empty
// when the child is old enough or the app has no minimum age.
func AppAgeWarning(tr Translator, child data.Child, app content.App, day time.Time) string {
	age := child.AgeOn(day)
	if !content.TooYoungIn(app, age, content.RegionOf(tr)) {
		return ""
	}
	fields := map[string]any{"App": app.Name, "Name": child.Name}
	if app.MinAgeIn(content.RegionOf(tr)) >= app.PEGI {
		fields["Age"] = app.MinAgeIn(content.RegionOf(tr))
		return tr.N("appnote.young.terms", age, fields) + " " + tr.T("appnote.young.terms.why")
	}
	fields["Age"] = app.PEGI
	return tr.N("appnote.young.pegi", age, fields) + " " + tr.T("appnote.young.pegi.why")
}

// appSection is a titled block inside a plain card.
func appSection(title string, content fyne.CanvasObject) fyne.CanvasObject {
	return widget.NewCard("", "", container.NewVBox(widgets.Heading(title), content))
}

func appWarningCard(text string) fyne.CanvasObject {
	l := widgets.Para(text)
	l.Importance = widget.WarningImportance
	return widget.NewCard("", "", container.NewBorder(nil, nil, widget.NewIcon(theme.WarningIcon()), nil, l))
}

// showNote opens one note for editing; each change is saved as it is made.
func (v *appNotesView) showNote(note data.AppNote) {
	current := note
	problem := widgets.Problem()
	save := func(change func(*data.AppNote)) error {
		next := current
		change(&next)
		if err := v.store.UpdateAppNote(next); err != nil {
			msg := v.tr.T("appnote.save.invalid")
			if next.AppID == "" && strings.TrimSpace(next.Name) == "" {
				msg = v.tr.T("appnote.name.invalid")
			}
			widgets.SetProblem(problem, msg)
			return errors.New(msg)
		}
		current = next
		problem.Hide()
		return nil
	}
	back := widget.NewButtonWithIcon(v.tr.T("appnote.back", map[string]any{"Name": v.child.Name}), theme.NavigateBackIcon(), v.showList)
	items := []fyne.CanvasObject{container.NewHBox(back)}

	app, inCatalogue := note.App()
	if inCatalogue {
		items = append(items, widgets.Heading(app.Name))
		if w := AppAgeWarning(v.tr, v.child, app, Now()); w != "" {
			items = append(items, appWarningCard(w))
		}
		if app.Discontinued {
			items = append(items, appWarningCard(v.tr.T(app.DiscontinuedKey())))
		}
	} else {
		name := widgets.NewEntry()
		name.SetText(note.Name)
		name.OnChanged = func(s string) { save(func(n *data.AppNote) { n.Name = s }) }
		items = append(items, widgets.Heading(v.tr.T("appnote.own_app")), widget.NewForm(widget.NewFormItem(v.tr.T("appnote.name"), name)))
	}

	var labels []string
	for _, d := range data.Decisions {
		labels = append(labels, v.tr.T(appDecisionKey(d)))
	}
	decision := widget.NewRadioGroup(labels, nil)
	decision.Horizontal = false
	for i, d := range data.Decisions {
		if d == note.Decision {
			decision.SetSelected(labels[i])
		}
	}
	conditions := widgets.NewMultiLineEntry()
	conditions.SetText(note.Conditions)
	conditions.SetPlaceHolder(v.tr.T("appnote.conditions.placeholder"))
	conditions.OnChanged = func(s string) { save(func(n *data.AppNote) { n.Conditions = s }) }
	decision.OnChanged = func(s string) {
		d := data.DecisionUndecided
		for i, label := range labels {
			if label == s {
				d = data.Decisions[i]
			}
		}
		save(func(n *data.AppNote) { n.Decision = d })
	}
	talks := widgets.NewEntry()
	talks.SetText(note.TalksTo)
	talks.SetPlaceHolder(v.tr.T("appnote.talks_to.placeholder"))
	talks.OnChanged = func(s string) { save(func(n *data.AppNote) { n.TalksTo = s }) }
	free := widgets.NewMultiLineEntry()
	free.SetText(note.Note)
	free.OnChanged = func(s string) { save(func(n *data.AppNote) { n.Note = s }) }
	last := childDateField(v.tr, note.LastReviewed, func(t time.Time) error {
		return save(func(n *data.AppNote) { n.LastReviewed = t })
	})
	next := childDateField(v.tr, note.NextReview, func(t time.Time) error {
		return save(func(n *data.AppNote) { n.NextReview = t })
	})
	reviewed := widget.NewButtonWithIcon(v.tr.T("appnote.reviewed_today"), theme.ConfirmIcon(), func() {
		today := data.Day(Now())
		if save(func(n *data.AppNote) {
			n.LastReviewed = today
			n.NextReview = today.AddDate(0, appReviewMonths, 0)
		}) == nil {
			v.showNote(current)
		}
	})
	due := widget.NewLabel("")
	if note.ReviewDue(Now()) {
		due.SetText(v.tr.T("appnote.review_due.explain"))
		due.Importance = widget.WarningImportance
		due.Wrapping = fyne.TextWrapWord
	} else {
		due.Hide()
	}

	items = append(items, due, widget.NewForm(
		widget.NewFormItem(v.tr.T("appnote.decision"), decision),
		widget.NewFormItem(v.tr.T("appnote.conditions"), conditions),
		widget.NewFormItem(v.tr.T("appnote.talks_to"), talks),
		widget.NewFormItem(v.tr.T("appnote.note"), free),
	), problem)

	if inCatalogue && len(app.Settings) > 0 {
		checks := container.NewVBox(widgets.Para(v.tr.T("appnote.settings.explain", map[string]any{"Name": v.child.Name})))
		for _, id := range app.Settings {
			id := id
			check := widget.NewCheck(v.tr.T(app.SettingKey(id)), nil)
			check.SetChecked(note.IsChecked(id))
			check.OnChanged = func(on bool) {
				save(func(n *data.AppNote) {
					var kept []string
					for _, s := range n.Checked {
						if s != id {
							kept = append(kept, s)
						}
					}
					if on {
						kept = append(kept, id)
					}
					n.Checked = kept
				})
			}
			checks.Add(check)
		}
		items = append(items, appSection(v.tr.T("appnote.settings"), checks))
	}

	items = append(items, appSection(v.tr.T("appnote.review.title"), container.NewVBox(
		widget.NewForm(
			widget.NewFormItem(v.tr.T("appnote.last_reviewed"), last),
			widget.NewFormItem(v.tr.T("appnote.next_review"), next),
		),
		container.NewHBox(reviewed),
	)))

	del := widget.NewButtonWithIcon(v.tr.T("appnote.delete"), theme.DeleteIcon(), func() {
		dialog.ShowConfirm(v.tr.T("appnote.delete.title"),
			v.tr.T("appnote.delete.body", map[string]any{"App": current.DisplayName(), "Name": v.child.Name}),
			func(ok bool) {
				if !ok {
					return
				}
				if err := v.store.DeleteAppNote(current.ChildID, current.ID); err != nil {
					dialog.ShowError(err, v.win)
				}
				v.showList()
			}, v.win)
	})
	del.Importance = widget.DangerImportance
	actions := container.NewHBox()
	if inCatalogue {
		about := widget.NewButtonWithIcon(v.tr.T("appnote.about", map[string]any{"App": app.Name}), theme.InfoIcon(), func() { v.showCatalogue(app.ID) })
		actions.Add(about)
	}
	actions.Add(del)
	items = append(items, actions)
	v.show(widgets.Page(items...))
}

// showCatalogue opens the app catalogue, with appID selected if given.
func (v *appNotesView) showCatalogue(appID string) {
	noted := map[string]data.AppNote{}
	for _, n := range v.notes {
		if n.AppID != "" {
			noted[n.AppID] = n
		}
	}
	back := widget.NewButtonWithIcon(v.tr.T("appnote.back", map[string]any{"Name": v.child.Name}), theme.NavigateBackIcon(), v.showList)
	browser := NewAppCatalogue(v.tr, v.actions, &v.child, func(app content.App) fyne.CanvasObject {
		if n, ok := noted[app.ID]; ok {
			open := widget.NewButtonWithIcon(v.tr.T("appcatalogue.open_note", map[string]any{"Name": v.child.Name}), theme.DocumentIcon(), func() { v.showNote(n) })
			return open
		}
		add := widget.NewButtonWithIcon(v.tr.T("appcatalogue.add_note", map[string]any{"Name": v.child.Name}), theme.ContentAddIcon(), nil)
		add.Importance = widget.HighImportance
		add.OnTapped = func() {
			n, err := v.store.AddAppNote(data.AppNote{ChildID: v.child.ID, AppID: app.ID})
			if err != nil {
				dialog.ShowError(err, v.win)
				return
			}
			v.notes = append(v.notes, n)
			v.showNote(n)
		}
		return add
	})
	browser.Select(appID)
	v.show(container.NewBorder(container.NewPadded(container.NewHBox(back)), nil, nil, nil, browser.View()))
}

// AppCatalogue browses the built-in app catalogue: minimum age, PEGI,
// risky features, settings worth checking, the note for parents and where
// it comes from.
type AppCatalogue struct {
	tr      Translator
	opener  interface{ OpenURL(*url.URL) error }
	child   *data.Child // for the age warning; nil for none
	action  func(content.App) fyne.CanvasObject
	shown   []content.App
	picked  string
	list    *widget.List
	details *fyne.Container
}

// NewAppCatalogue builds a catalogue browser. action, if set, gives the
// button shown under an app (such as "Add a note for Leo").
func NewAppCatalogue(tr Translator, opener interface{ OpenURL(*url.URL) error }, child *data.Child, action func(content.App) fyne.CanvasObject) *AppCatalogue {
	return &AppCatalogue{tr: tr, opener: opener, child: child, action: action, shown: content.Apps}
}

// Select shows one app's details; "" shows none.
func (a *AppCatalogue) Select(appID string) { a.picked = appID }

// View renders the browser.
func (a *AppCatalogue) View() fyne.CanvasObject {
	a.details = container.NewStack()
	filter := widgets.NewEntry()
	filter.SetPlaceHolder(a.tr.T("appcatalogue.search"))
	a.list = widget.NewList(
		func() int { return len(a.shown) },
		func() fyne.CanvasObject {
			return container.NewBorder(nil, nil, nil, widget.NewLabel("PEGI 18"), widget.NewLabel("Template app name"))
		},
		func(i widget.ListItemID, o fyne.CanvasObject) {
			row := o.(*fyne.Container)
			app := a.shown[i]
			row.Objects[0].(*widget.Label).SetText(app.Name)
			row.Objects[1].(*widget.Label).SetText(a.ageBadge(app))
		})
	a.list.OnSelected = func(i widget.ListItemID) {
		if i < len(a.shown) {
			a.picked = a.shown[i].ID
			a.showDetails(a.shown[i])
		}
	}
	filter.OnChanged = func(s string) {
		s = strings.ToLower(strings.TrimSpace(s))
		a.shown = nil
		for _, app := range content.Apps {
			if s == "" || strings.Contains(strings.ToLower(app.Name), s) ||
				strings.Contains(strings.ToLower(a.tr.T(content.KindKey(app.Kind))), s) {
				a.shown = append(a.shown, app)
			}
		}
		a.list.UnselectAll()
		a.list.Refresh()
	}
	left := container.NewBorder(container.NewVBox(widgets.Heading(a.tr.T("appcatalogue.title")), filter), nil, nil, nil, a.list)
	split := container.NewHSplit(left, a.details)
	split.Offset = 0.36
	a.details.Objects = []fyne.CanvasObject{widgets.EmptyState(theme.SearchIcon(), a.tr.T("appcatalogue.pick.title"), a.tr.T("appcatalogue.pick.body"), nil)}
	for i, app := range a.shown {
		if app.ID == a.picked {
			a.list.Select(i)
			a.list.ScrollTo(i)
		}
	}
	return split
}

func (a *AppCatalogue) ageBadge(app content.App) string {
	switch {
	case app.Discontinued:
		return a.tr.T("appcatalogue.closed")
	case app.MinAgeIn(content.RegionOf(a.tr)) > 0 && app.MinAgeIn(content.RegionOf(a.tr)) >= app.PEGI:
		return a.tr.T("appcatalogue.badge.age", map[string]any{"Age": app.MinAgeIn(content.RegionOf(a.tr))})
	case app.PEGI > 0:
		return "PEGI " + strconv.Itoa(app.PEGI)
	}
	return ""
}

func (a *AppCatalogue) showDetails(app content.App) {
	items := []fyne.CanvasObject{widgets.Heading(app.Name), widget.NewLabel(a.tr.T(content.KindKey(app.Kind)))}
	if app.Discontinued {
		items = append(items, appWarningCard(a.tr.T("appcatalogue.closed.long")+" "+a.tr.T(app.DiscontinuedKey())))
	}
	if a.child != nil {
		if w := AppAgeWarning(a.tr, *a.child, app, Now()); w != "" {
			items = append(items, appWarningCard(w))
		}
	}
	var ages []string
	if app.MinAgeIn(content.RegionOf(a.tr)) > 0 {
		ages = append(ages, a.tr.T("appcatalogue.min_age", map[string]any{"Age": app.MinAgeIn(content.RegionOf(a.tr))}))
	}
	if app.PEGI > 0 {
		ages = append(ages, a.tr.T("appcatalogue.pegi", map[string]any{"Age": app.PEGI}))
	}
	if len(ages) == 0 && !app.Discontinued {
		ages = append(ages, a.tr.T("appcatalogue.no_min_age"))
	}
	for _, s := range ages {
		items = append(items, widget.NewLabelWithStyle(s, fyne.TextAlignLeading, fyne.TextStyle{Bold: true}))
	}
	items = append(items, widgets.Para(a.tr.T(app.RiskNoteKey())))
	if len(app.Features) > 0 {
		var lines []string
		for _, f := range app.Features {
			lines = append(lines, "• "+a.tr.T(content.FeatureKey(f)))
		}
		items = append(items, appSection(a.tr.T("appcatalogue.features"), widgets.Para(strings.Join(lines, "\n"))))
	}
	if len(app.Settings) > 0 {
		var lines []string
		for _, s := range app.Settings {
			lines = append(lines, "• "+a.tr.T(app.SettingKey(s)))
		}
		items = append(items, appSection(a.tr.T("appcatalogue.settings"), widgets.Para(strings.Join(lines, "\n"))))
	}
	source := widgets.Para(a.tr.T("appcatalogue.source", map[string]any{"Source": app.Source.Name}))
	items = append(items, source)
	if u, err := url.Parse(app.Source.URL); err == nil && app.Source.URL != "" && a.opener != nil {
		link := widget.NewButtonWithIcon(a.tr.T("appcatalogue.open_source"), theme.ComputerIcon(), func() {
			a.opener.OpenURL(u)
		})
		items = append(items, container.NewHBox(link))
	}
	items = append(items, widget.NewLabel(a.tr.T("appcatalogue.checked", map[string]any{"Date": string(app.Source.Checked)})))
	if a.action != nil {
		if b := a.action(app); b != nil {
			items = append(items, container.NewHBox(b))
		}
	}
	a.details.Objects = []fyne.CanvasObject{widgets.Page(items...)}
	a.details.Refresh()
}
