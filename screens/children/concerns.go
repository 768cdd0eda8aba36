package children

import (
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

// concernLogView is the Concerns tab of one child: dated entries, oldest
// first, with an editor below and a text export.
type concernLogView struct {
	env     screens.Env
	tr      screens.Translator
	store   ConcernStore
	win     fyne.Window
	actions screens.LinkActions
	child   data.Child

	log      []data.Concern
	selected data.ID // 0: a new entry
	list     *widgets.List
	empty    *widget.Label // shown instead of the list while the log is empty
	editor   *fyne.Container
	status   *widget.Label
}

func newConcernLogView(env screens.Env, store ConcernStore, win fyne.Window, actions screens.LinkActions, child data.Child) *concernLogView {
	return &concernLogView{env: env, tr: env.Tr, store: store, win: win, actions: actions, child: child}
}

// View renders the tab.
func (v *concernLogView) View() fyne.CanvasObject {
	name := map[string]any{"Name": v.child.Name}
	v.list = widgets.NewList(
		func() int { return len(v.log) },
		func() fyne.CanvasObject { return newConcernRow() },
		func(i widget.ListItemID, o fyne.CanvasObject) { o.(*concernRow).set(v.tr, v.log[i]) })
	v.list.OnSelected = func(i widget.ListItemID) {
		if i < len(v.log) && v.log[i].ID != v.selected {
			v.selected = v.log[i].ID
			v.showEditor()
		}
	}
	v.editor = container.NewStack()
	top := container.NewVBox(
		widgets.Heading(v.tr.T("concern.title", name)),
		widgets.Para(v.tr.T("concern.intro")),
		v.toolbar(),
		v.status,
	)
	v.empty = widgets.Para(v.tr.T("concern.empty", name))
	v.empty.Importance = widget.LowImportance
	split := container.NewVSplit(container.NewStack(v.list, container.NewPadded(v.empty)), v.editor)
	split.Offset = 0.3
	v.reload()
	v.showEditor()
	return widgets.TopFirst(container.NewPadded(top), split)
}

// toolbar holds "New entry" and the two exports; it makes the status line
// that says the log was copied.
func (v *concernLogView) toolbar() fyne.CanvasObject {
	add := widget.NewButtonWithIcon(v.tr.T("concern.add"), theme.ContentAddIcon(), func() {
		v.selected = 0
		v.list.UnselectAll()
		v.showEditor()
	})
	add.Importance = widget.HighImportance
	save := widget.NewButtonWithIcon(v.tr.T("concern.export.save"), theme.DocumentSaveIcon(), func() {
		file := v.tr.T("concern.export.file", map[string]any{"Date": data.DateText(v.env.Now())})
		saveText(v.tr, v.win, file, v.text())
	})
	v.status = widget.NewLabel("") // its room is kept while empty: "Copied" moves nothing
	v.status.Importance = widget.SuccessImportance
	copyBtn := widget.NewButtonWithIcon(v.tr.T("concern.export.copy"), theme.ContentCopyIcon(), func() {
		v.actions.Copy(v.text())
		v.status.SetText(v.tr.T("concern.export.copied"))
	})
	// Two rows: in Welsh or Polish the three side by side were wider than
	// the tab on a small laptop.
	return container.NewVBox(container.NewHBox(add), widgets.WrapRow(save, copyBtn))
}

// concernRow is one entry in the log list: the first line of what
// happened, and the date.
type concernRow struct {
	widget.BaseWidget
	happened, date *widget.Label
}

func newConcernRow() *concernRow {
	r := &concernRow{happened: widget.NewLabel("What happened, first line"), date: widget.NewLabel("2026-11-23")}
	r.happened.Truncation = fyne.TextTruncateEllipsis
	r.ExtendBaseWidget(r)
	return r
}

func (r *concernRow) set(tr screens.Translator, c data.Concern) {
	first, _, _ := strings.Cut(c.Happened, "\n")
	r.happened.SetText(first)
	r.date.SetText(screens.FormatDate(tr, c.Date))
}

// CreateRenderer puts the date on the left of the text.
func (r *concernRow) CreateRenderer() fyne.WidgetRenderer {
	return widget.NewSimpleRenderer(container.NewBorder(nil, nil, r.date, nil, r.happened))
}

// reload reads the log from the store.
func (v *concernLogView) reload() {
	log, err := v.store.Concerns(v.child.ID)
	if err != nil {
		showError(v.tr, v.win, err)
		return
	}
	v.log = log
	v.list.Refresh()
	v.empty.Hidden = len(log) > 0
	v.empty.Refresh()
	for i, c := range log {
		if c.ID == v.selected {
			v.list.Select(i)
		}
	}
}

func (v *concernLogView) text() string {
	return data.ConcernLogText(v.child, v.log, v.tr, v.env.Now())
}

// concernEditor edits one entry. A new entry is saved as soon as it says
// what happened, and every change after that as it is made, so a quick
// exit loses nothing. The store's rules decide what is refused; the
// refusal is shown under its field.
type concernEditor struct {
	v        *concernLogView
	current  data.Concern
	isNew    bool
	problems *screens.FieldProblems
	draft    *screens.Draft // a new entry's fields until it is saved
}

// change applies an edit; an existing entry is saved after a pause in
// typing (at once on leaving the field or on quick exit).
func (e *concernEditor) change(edit func(*data.Concern)) {
	edit(&e.current)
	if !e.isNew {
		next := e.current
		e.v.env.Saves.Later(e, func() {
			if !e.problems.Show(e.v.store.UpdateConcern(next)) {
				e.v.reload()
			}
		})
		return
	}
	next := e.current
	e.current = next
	e.add(true)
}

// add saves a new entry; it reports whether it was saved. While typing
// (quiet), an entry that does not yet say what happened is not one yet:
// nothing is kept and nothing is said.
func (e *concernEditor) add(quiet bool) bool {
	saved, err := e.v.store.AddConcern(e.current)
	if fe, ok := data.AsFieldError(err); ok && quiet && fe.Field == data.FieldConcernHappened && fe.Rule == data.RuleRequired {
		e.problems.Clear()
		return false
	}
	if e.problems.Show(err) {
		return false
	}
	e.draft.Done()
	e.current, e.isNew = saved, false
	e.v.selected = saved.ID
	e.v.reload()
	return true
}

// showEditor shows the selected entry for editing, or a form for a new one.
func (v *concernLogView) showEditor() {
	e := &concernEditor{v: v, isNew: v.selected == 0, problems: screens.NewFieldProblems(v.tr, messages),
		current: data.Concern{ChildID: v.child.ID, Date: data.Day(v.env.Now())},
		draft:   v.env.Draft(data.ChildDraft(data.DraftConcern, v.child.ID))}
	for _, c := range v.log {
		if c.ID == v.selected && !e.isNew {
			e.current = c
		}
	}
	heading := v.tr.T("concern.edit.title")
	if e.isNew {
		heading = v.tr.T("concern.new.title")
	}
	items := []fyne.CanvasObject{widgets.Heading(heading), e.form(), e.problems.Form, e.button()}
	v.editor.Objects = []fyne.CanvasObject{widgets.Page(items...)}
	v.editor.Refresh()
}

func (e *concernEditor) form() fyne.CanvasObject {
	v, entry := e.v, e.current
	date := dateField(v.env, entry.Date, e.problems.For(data.FieldConcernDate), func(t time.Time) {
		e.change(func(c *data.Concern) { c.Date = t })
	})
	text := func(value, placeholder string, set func(*data.Concern, string)) *widgets.Entry {
		f := v.env.MultiLineEntry()
		f.SetText(value)
		f.SetPlaceHolder(placeholder)
		f.SetMinRowsVisible(3)
		f.OnChanged = func(s string) { e.change(func(c *data.Concern) { set(c, s) }) }
		f.OnLeave = append(f.OnLeave, func() { v.env.Saves.Flush(e) })
		return f
	}
	happened := text(entry.Happened, v.tr.T("concern.happened.placeholder"), func(c *data.Concern, s string) { c.Happened = s })
	done := text(entry.Done, v.tr.T("concern.done.placeholder"), func(c *data.Concern, s string) { c.Done = s })
	told := text(entry.Told, v.tr.T("concern.told.placeholder"), func(c *data.Concern, s string) { c.Told = s })
	if e.isNew { // kept as typed, whichever field comes first
		e.draft.Entry("done", done)
		e.draft.Entry("told", told)
		e.draft.Entry("happened", happened)
	}
	return widgets.NewForm(
		widget.NewFormItem(v.tr.T("concern.date"), date),
		widget.NewFormItem(v.tr.T("concern.happened"), container.NewVBox(happened, e.problems.Under(data.FieldConcernHappened, v.tr.T("concern.happened")))),
		widget.NewFormItem(v.tr.T("concern.done"), done),
		widget.NewFormItem(v.tr.T("concern.told"), told),
	)
}

// button is "Save entry" for a new entry, "Delete entry" (which asks) for
// a saved one.
func (e *concernEditor) button() fyne.CanvasObject {
	v := e.v
	if e.isNew {
		save := widget.NewButtonWithIcon(v.tr.T("concern.save"), theme.ConfirmIcon(), func() {
			if e.current.ID == 0 && !e.add(false) { // typing has not saved it yet
				return
			}
			v.reload()
			v.showEditor()
		})
		save.Importance = widget.HighImportance
		return container.NewHBox(save)
	}
	del := widget.NewButtonWithIcon(v.tr.T("concern.delete"), theme.DeleteIcon(), func() {
		dialog.ShowConfirm(v.tr.T("concern.delete.title"), v.tr.T("concern.delete.body"), func(ok bool) {
			if !ok {
				return
			}
			if err := v.store.DeleteConcern(e.current.ChildID, e.current.ID); err != nil {
				showError(v.tr, v.win, err)
			}
			v.selected = 0
			v.list.UnselectAll()
			v.reload()
			v.showEditor()
		}, v.win)
	})
	del.Importance = widget.DangerImportance
	return container.NewHBox(del)
}

// AccessibilityLabel is what happened and when.
func (r *concernRow) AccessibilityLabel() string {
	return widgets.Spoken(widgets.LabelTexts(r.happened, r.date)...)
}

// AccessibilityRole is text.
func (r *concernRow) AccessibilityRole() fyne.AccessibleRole { return fyne.AccessibleRoleText }
