package children

import (
	"slices"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"family-online-safety/content"
	"family-online-safety/data"
	"family-online-safety/screens"
	"family-online-safety/screens/widgets"
)

// AppAgeWarning explains, without blocking anything, why a child is below
// an app's minimum age or its rating where the family lives: "TikTok's
// terms say 13+; Leo is 9." For a game whose rating there the app does
// not know, it says to check the box or the app store, naming no figure.
// It is empty when the child is old enough or the app has no minimum age.
func AppAgeWarning(tr screens.Translator, child data.Child, app content.App, day time.Time) string {
	age, region := child.AgeOn(day), content.RegionOf(tr)
	fields := map[string]any{"App": app.Name, "Name": child.Name}
	if !content.TooYoungIn(app, age, region) {
		if app.RatingUnknownIn(region) && age < 18 {
			return tr.T("appnote.rating.check", fields)
		}
		return ""
	}
	rating, _ := app.RatingIn(region)
	if minAge := app.MinAgeIn(region); minAge >= rating.MinAge {
		fields["Age"] = minAge
		return tr.N("appnote.young.terms", age, fields) + " " + tr.T("appnote.young.terms.why")
	}
	fields["Board"] = tr.T(content.BoardKey(content.BoardOf(region)))
	fields["Label"] = rating.Label
	return tr.N("appnote.young.rating", age, fields) + " " + tr.T("appnote.young.rating.why")
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

// noteEditor is one app note open for editing; each change is saved as
// it is made, and a refusal is shown under the field it names.
type noteEditor struct {
	v        *appNotesView
	current  data.AppNote
	problems *screens.FieldProblems
}

func (e *noteEditor) save(change func(*data.AppNote)) bool {
	next := e.stored()
	change(&next)
	if e.problems.Show(e.v.store.UpdateAppNote(next), map[string]any{"Name": e.v.child.Name, "App": appName(next)}) {
		return false
	}
	e.current = next
	return true
}

// stored is the note as stored now (as shown, when it cannot be read):
// a field another home changed since the note was opened keeps that
// home's value instead of this form's old one.
func (e *noteEditor) stored() data.AppNote {
	notes, err := e.v.store.AppNotes(e.v.child.ID)
	if err == nil {
		for _, n := range notes {
			if n.ID == e.current.ID {
				return n
			}
		}
	}
	return e.current
}

// showNote opens one note for editing.
func (v *appNotesView) showNote(note data.AppNote) {
	e := &noteEditor{v: v, current: note, problems: screens.NewFieldProblems(v.tr, messages)}
	back := widget.NewButtonWithIcon(v.tr.T("appnote.back", map[string]any{"Name": v.child.Name}), theme.NavigateBackIcon(), v.showList)
	items := append([]fyne.CanvasObject{container.NewHBox(back)}, e.heading()...)
	due := widget.NewLabel(v.tr.T("appnote.review_due.explain"))
	due.Importance = widget.WarningImportance
	due.Wrapping = fyne.TextWrapWord
	due.Hidden = !note.ReviewDue(v.env.Now())
	items = append(items, due, e.decisionForm(), e.problems.Form)
	if app, ok := note.App(); ok && len(app.Settings) > 0 {
		items = append(items, appSection(v.tr.T("appnote.settings"), e.settingChecks(app)))
	}
	items = append(items, appSection(v.tr.T("appnote.review.title"), e.reviewForm()), e.actions())
	v.show(widgets.Page(items...))
}

// heading names the app, with its warnings, or asks the name of an app
// that is not in the catalogue.
func (e *noteEditor) heading() []fyne.CanvasObject {
	v := e.v
	app, ok := e.current.App()
	if !ok {
		name := v.env.Entry()
		name.SetText(e.current.Name)
		offer := container.NewVBox() // the catalogue app the name means, if any
		e.offerCatalogue(offer, e.current.Name, true)
		v.env.LiveText(name, func(s string) bool {
			saved := e.save(func(n *data.AppNote) { n.Name = s })
			e.offerCatalogue(offer, s, saved)
			return saved
		})
		return []fyne.CanvasObject{widgets.Heading(v.tr.T("appnote.own_app")), widgets.NewForm(
			widget.NewFormItem(v.tr.T("appnote.name"), container.NewVBox(name, e.problems.Under(data.FieldAppNoteName, v.tr.T("appnote.name"))))),
			offer}
	}
	items := []fyne.CanvasObject{widgets.Heading(app.Name)}
	if w := AppAgeWarning(v.tr, v.child, app, v.env.Now()); w != "" {
		items = append(items, appWarningCard(w))
	}
	if app.Discontinued {
		items = append(items, appWarningCard(v.tr.T(app.DiscontinuedKey())))
	}
	return items
}

// decisionForm is what was decided, on what conditions, and notes.
func (e *noteEditor) decisionForm() fyne.CanvasObject {
	v, note := e.v, e.current
	var labels []string
	for _, d := range data.Decisions {
		labels = append(labels, v.tr.T(appDecisionKey(d)))
	}
	decision := widget.NewRadioGroup(labels, nil)
	if i := slices.Index(data.Decisions, note.Decision); i >= 0 {
		decision.SetSelected(labels[i])
	}
	decision.OnChanged = func(s string) {
		d := data.DecisionUndecided
		if i := slices.Index(labels, s); i >= 0 {
			d = data.Decisions[i]
		}
		e.save(func(n *data.AppNote) { n.Decision = d })
	}
	text := func(entry *widgets.Entry, value, placeholder string, set func(*data.AppNote, string)) *widgets.Entry {
		entry.SetText(value)
		entry.SetPlaceHolder(placeholder)
		v.env.LiveText(entry, func(s string) bool { return e.save(func(n *data.AppNote) { set(n, s) }) })
		return entry
	}
	conditions := text(v.env.MultiLineEntry(), note.Conditions, v.tr.T("appnote.conditions.placeholder"), func(n *data.AppNote, s string) { n.Conditions = s })
	talks := text(v.env.Entry(), note.TalksTo, v.tr.T("appnote.talks_to.placeholder"), func(n *data.AppNote, s string) { n.TalksTo = s })
	free := text(v.env.MultiLineEntry(), note.Note, "", func(n *data.AppNote, s string) { n.Note = s })
	return widgets.NewForm(
		widget.NewFormItem(v.tr.T("appnote.decision"), decision),
		widget.NewFormItem(v.tr.T("appnote.conditions"), conditions),
		widget.NewFormItem(v.tr.T("appnote.talks_to"), talks),
		widget.NewFormItem(v.tr.T("appnote.note"), free),
	)
}

// settingChecks ticks off the app's settings worth checking.
func (e *noteEditor) settingChecks(app content.App) fyne.CanvasObject {
	v := e.v
	checks := container.NewVBox(widgets.Para(v.tr.T("appnote.settings.explain", map[string]any{"Name": v.child.Name})))
	for _, id := range app.Settings {
		check := widget.NewCheck(v.tr.T(app.SettingKey(id)), nil)
		check.SetChecked(e.current.IsChecked(id))
		check.OnChanged = func(on bool) {
			e.save(func(n *data.AppNote) {
				n.Checked = slices.DeleteFunc(slices.Clone(n.Checked), func(s string) bool { return s == id })
				if on {
					n.Checked = append(n.Checked, id)
				}
			})
		}
		checks.Add(check)
	}
	return checks
}

// reviewForm holds the last and next review dates and "Reviewed today".
func (e *noteEditor) reviewForm() fyne.CanvasObject {
	v, note := e.v, e.current
	last := dateField(v.env, note.LastReviewed, e.problems.For(data.FieldAppNoteReview+".last"), func(t time.Time) {
		e.save(func(n *data.AppNote) { n.LastReviewed = t })
	})
	next := dateField(v.env, note.NextReview, e.problems.For(data.FieldAppNoteReview), func(t time.Time) {
		e.save(func(n *data.AppNote) { n.NextReview = t })
	})
	reviewed := widget.NewButtonWithIcon(v.tr.T("appnote.reviewed_today"), theme.ConfirmIcon(), func() {
		today := data.Day(v.env.Now())
		if e.save(func(n *data.AppNote) {
			n.LastReviewed = today
			n.NextReview = data.AddMonths(today, appReviewMonths)
		}) {
			v.showNote(e.current)
		}
	})
	return container.NewVBox(
		widgets.NewForm(
			widget.NewFormItem(v.tr.T("appnote.last_reviewed"), last),
			widget.NewFormItem(v.tr.T("appnote.next_review"), next),
		),
		container.NewHBox(reviewed),
	)
}

// actions are "About this app" (catalogue apps) and delete, which asks.
func (e *noteEditor) actions() fyne.CanvasObject {
	v := e.v
	del := widget.NewButtonWithIcon(v.tr.T("appnote.delete"), theme.DeleteIcon(), func() {
		dialog.ShowConfirm(v.tr.T("appnote.delete.title"),
			v.tr.T("appnote.delete.body", map[string]any{"App": e.current.DisplayName(), "Name": v.child.Name}),
			func(ok bool) {
				if !ok {
					return
				}
				if err := v.store.DeleteAppNote(e.current.ChildID, e.current.ID); err != nil {
					showError(v.tr, v.win, err)
				}
				v.showList()
			}, v.win)
	})
	del.Importance = widget.DangerImportance
	actions := widgets.WrapRow()
	if app, ok := e.current.App(); ok {
		actions.Add(widget.NewButtonWithIcon(v.tr.T("appnote.about", map[string]any{"App": app.Name}), theme.InfoIcon(), func() { v.showCatalogue(app.ID) }))
	}
	actions.Add(del)
	return actions
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
	browser := NewAppCatalogue(v.env, v.actions, &v.child, func(app content.App) fyne.CanvasObject {
		if n, ok := noted[app.ID]; ok {
			open := widget.NewButtonWithIcon(v.tr.T("appcatalogue.open_note", map[string]any{"Name": v.child.Name}), theme.DocumentIcon(), func() { v.showNote(n) })
			return open
		}
		add := widget.NewButtonWithIcon(v.tr.T("appcatalogue.add_note", map[string]any{"Name": v.child.Name}), theme.ContentAddIcon(), nil)
		add.Importance = widget.HighImportance
		add.OnTapped = func() {
			n, err := v.store.AddAppNote(data.AppNote{ChildID: v.child.ID, AppID: app.ID})
			if err != nil {
				showError(v.tr, v.win, err)
				return
			}
			v.notes = append(v.notes, n)
			v.showNote(n)
		}
		return add
	})
	browser.Select(appID)
	v.show(widgets.TopFirst(container.NewPadded(container.NewHBox(back)), browser.View())) // Back first for Tab too
}
