package children

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"family-online-safety/content"
	"family-online-safety/data"
	"family-online-safety/screens"
	"family-online-safety/screens/widgets"
)

// appReviewMonths is how far ahead "Reviewed today" sets the next review.
const appReviewMonths = 3

// appNotesView is the Apps tab of one child: the list of notes, one note
// open for editing, or the catalogue.
type appNotesView struct {
	env     screens.Env
	tr      screens.Translator
	store   AppNoteStore
	win     fyne.Window
	actions screens.LinkActions
	child   data.Child

	notes []data.AppNote
	stack *fyne.Container
}

func newAppNotesView(env screens.Env, store AppNoteStore, win fyne.Window, actions screens.LinkActions, child data.Child) *appNotesView {
	return &appNotesView{env: env, tr: env.Tr, store: store, win: win, actions: actions, child: child}
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
	screens.ShowTop(v.stack) // a note opened from far down the list starts at its top
}

func (v *appNotesView) showList() {
	notes, err := v.store.AppNotes(v.child.ID)
	if err != nil {
		v.show(widgets.EmptyState(theme.ErrorIcon(), v.tr.T("error.load"), screens.LoadProblem(v.tr, err), nil))
		return
	}
	v.notes = notes
	name := map[string]any{"Name": v.child.Name}

	top := container.NewVBox(
		widgets.Heading(v.tr.T("appnote.title", name)),
		widgets.Para(v.tr.T("appnote.intro", name)),
		v.addBox(),
	)
	var body fyne.CanvasObject
	if len(notes) == 0 {
		body = widgets.EmptyState(theme.GridIcon(), v.tr.T("appnote.empty.title"), v.tr.T("appnote.empty.body", name), nil)
	} else {
		list := widgets.NewList(
			func() int { return len(v.notes) },
			func() fyne.CanvasObject { return newNoteRow() },
			func(i widget.ListItemID, o fyne.CanvasObject) { v.updateRow(v.notes[i], o.(*noteRow)) })
		list.OnSelected = func(i widget.ListItemID) {
			if i < len(v.notes) {
				v.showNote(v.notes[i])
			}
		}
		// At large text or in a short window, a few rows at least, so the page scrolls rather
		// than show the apps one at a time in a strip (at normal text the
		// tab has room, and the list stays inside the page's view).
		rows := float32(min(len(notes), listRowsAtLeast))
		body = container.New(atLeast{func() float32 {
			large := theme.TextSize() >= largeText*theme.DefaultTheme().Size(theme.SizeNameText)
			if !large && !widgets.InShortWindow(list) {
				return 0
			}
			return rows * (newNoteRow().MinSize().Height + theme.Padding())
		}}, list)
	}
	v.show(widgets.TopFirst(container.NewPadded(top), body))
}

// At largeText times the usual text size or more, or in a short window,
// the list has room for listRowsAtLeast rows.
const (
	largeText       = 1.5
	listRowsAtLeast = 3
)

// atLeast lays its one object over its whole size, and asks for at least
// height.
type atLeast struct{ height func() float32 }

func (a atLeast) MinSize(objs []fyne.CanvasObject) fyne.Size {
	s := objs[0].MinSize()
	return fyne.NewSize(s.Width, max(s.Height, a.height()))
}

func (a atLeast) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	objs[0].Move(fyne.Position{})
	objs[0].Resize(size)
}

// addBox adds a note: from the catalogue, or for an app typed by name.
// A typed name the catalogue knows ("tik tok") is offered as that
// catalogue app, with its warning; what is typed is kept as a draft.
func (v *appNotesView) addBox() fyne.CanvasObject {
	catalogue := widget.NewButtonWithIcon(v.tr.T("appnote.add.catalogue"), theme.SearchIcon(), func() { v.showCatalogue("") })
	catalogue.Importance = widget.HighImportance
	problems := screens.NewFieldProblems(v.tr, messages)
	other := v.env.Entry()
	other.SetPlaceHolder(v.tr.T("appnote.add.other.placeholder"))
	addOther := widget.NewButtonWithIcon(v.tr.T("appnote.add.other"), theme.ContentAddIcon(), nil)
	found := container.NewVBox() // the catalogue app a typed name means, if any
	var matched *content.App
	other.OnChanged = func(text string) {
		matched = nil
		found.RemoveAll()
		addOther.SetText(v.tr.T("appnote.add.other"))
		if app, ok := content.MatchApp(text); ok {
			matched = &app
			found.Add(v.matchCard(app))
			addOther.SetText(v.tr.T("appnote.add.app", map[string]any{"App": app.Name}))
		}
	}
	draft := v.env.Draft(data.ChildDraft(data.DraftAppNote, v.child.ID))
	draft.Entry("name", other)
	addOther.OnTapped = func() {
		note, app := data.AppNote{ChildID: v.child.ID, Name: other.Text}, strings.TrimSpace(other.Text)
		if matched != nil { // typed, but in the catalogue: its note has the age rules and settings
			note, app = data.AppNote{ChildID: v.child.ID, AppID: matched.ID}, matched.Name
		}
		n, err := v.store.AddAppNote(note)
		if !problems.Show(err, map[string]any{"Name": v.child.Name, "App": app}) {
			draft.Done()
			v.showNote(n)
		}
	}
	other.OnSubmitted = func(string) { addOther.OnTapped() }
	// The catalogue button above the typed name, not beside it: side by
	// side they widened the page at large text.
	return container.NewVBox(widgets.WrapRow(catalogue), container.NewBorder(nil, nil, nil, addOther, other), problems.Form, found)
}

// noteRow is one app note in the list: an icon for how it stands, the
// app's name, and under it the decision with any review due.
type noteRow struct {
	widget.BaseWidget
	icon         *widget.Icon
	name, status *widget.Label
}

func newNoteRow() *noteRow {
	r := &noteRow{icon: widget.NewIcon(theme.ConfirmIcon()), name: widget.NewLabel("Template app"),
		status: widget.NewLabel("Allowed with conditions · review due")}
	// Cut with an ellipsis rather than widen the list at large text (the
	// note itself shows all of it); each has the row's whole width.
	r.name.Truncation, r.status.Truncation = fyne.TextTruncateEllipsis, fyne.TextTruncateEllipsis
	r.ExtendBaseWidget(r)
	return r
}

// CreateRenderer puts the icon on the left and the status under the
// name: beside it, cut to fit, it showed only "…".
func (r *noteRow) CreateRenderer() fyne.WidgetRenderer {
	lines := container.New(layout.NewCustomPaddedVBoxLayout(-2*theme.Padding()), r.name, r.status)
	return widget.NewSimpleRenderer(container.NewBorder(nil, nil, r.icon, nil, lines))
}

func (v *appNotesView) updateRow(n data.AppNote, row *noteRow) {
	row.name.SetText(n.DisplayName())
	parts := []string{v.tr.T(appDecisionKey(n.Decision))}
	_, young := data.TooYoungFor(v.child, n, v.env.Now(), content.RegionOf(v.tr))
	due := n.ReviewDue(v.env.Now())
	if due {
		parts = append(parts, v.tr.T("appnote.review_due"))
	}
	icon, importance := theme.ConfirmIcon(), widget.MediumImportance
	switch {
	case young || due:
		icon, importance = theme.WarningIcon(), widget.WarningImportance
	case n.Decision == data.DecisionNotAllowed || n.Decision == data.DecisionNotYet:
		icon = theme.CancelIcon()
	case n.Decision == data.DecisionUndecided:
		icon = theme.QuestionIcon()
	}
	// One redraw of each part, and none when a reused row shows the same:
	// setting an icon decodes its SVG again.
	if row.icon.Resource == nil || row.icon.Resource.Name() != icon.Name() {
		row.icon.SetResource(icon)
	}
	if status := strings.Join(parts, " · "); status != row.status.Text || importance != row.status.Importance {
		row.status.Text, row.status.Importance = status, importance
		row.status.Refresh()
	}
}

func appDecisionKey(d data.Decision) string {
	if d == data.DecisionUndecided {
		return "appdecision.undecided"
	}
	return "appdecision." + string(d)
}

// matchCard says that a typed name is a catalogue app, with its age
// warning for this child, before it is added.
func (v *appNotesView) matchCard(app content.App) fyne.CanvasObject {
	return v.matchCardText(app, v.tr.T("appnote.match", map[string]any{"App": app.Name}))
}

// matchCardText says text about a catalogue app, with its warning.
func (v *appNotesView) matchCardText(app content.App, text string) fyne.CanvasObject {
	box := container.NewVBox(widgets.Para(text))
	if w := AppAgeWarning(v.tr, v.child, app, v.env.Now()); w != "" {
		box.Add(appWarningCard(w))
	}
	return box
}

// AccessibilityLabel is the app's name and what was decided.
func (r *noteRow) AccessibilityLabel() string {
	return widgets.Spoken(widgets.LabelTexts(r.name, r.status)...)
}

// AccessibilityRole is text.
func (r *noteRow) AccessibilityRole() fyne.AccessibleRole { return fyne.AccessibleRoleText }
