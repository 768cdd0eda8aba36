package screens

import (
	"errors"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"family-online-safety/data"
	"family-online-safety/screens/widgets"
)

// ConcernStore reads and writes a child's concern log.
type ConcernStore interface {
	Concerns(child data.ID) ([]data.Concern, error)
	AddConcern(c data.Concern) (data.Concern, error)
	UpdateConcern(c data.Concern) error
	DeleteConcern(child, id data.ID) error
}

// concernLogView is the Concerns tab of one child: dated entries, oldest
// first, with an editor below and a text export.
type concernLogView struct {
	tr      Translator
	store   ConcernStore
	win     fyne.Window
	actions LinkActions
	child   data.Child

	log      []data.Concern
	selected data.ID // 0: a new entry
	list     *widget.List
	empty    *widget.Label // shown instead of the list while the log is empty
	editor   *fyne.Container
	status   *widget.Label
}

func newConcernLogView(tr Translator, store ConcernStore, win fyne.Window, actions LinkActions, child data.Child) *concernLogView {
	return &concernLogView{tr: tr, store: store, win: win, actions: actions, child: child}
}

// View renders the tab.
func (v *concernLogView) View() fyne.CanvasObject {
	name := map[string]any{"Name": v.child.Name}
	add := widget.NewButtonWithIcon(v.tr.T("concern.add"), theme.ContentAddIcon(), func() {
		v.selected = 0
		v.list.UnselectAll()
		v.showEditor()
	})
	add.Importance = widget.HighImportance
	save := widget.NewButtonWithIcon(v.tr.T("concern.export.save"), theme.DocumentSaveIcon(), func() {
		file := v.tr.T("concern.export.file", map[string]any{"Name": v.child.Name, "Date": data.DateText(Now())})
		childSaveText(v.tr, v.win, file, v.text())
	})
	copyBtn := widget.NewButtonWithIcon(v.tr.T("concern.export.copy"), theme.ContentCopyIcon(), func() {
		v.actions.Copy(v.text())
		v.status.SetText(v.tr.T("concern.export.copied"))
		v.status.Show()
	})
	v.status = widget.NewLabel("")
	v.status.Importance = widget.SuccessImportance
	v.status.Hide()

	v.list = widget.NewList(
		func() int { return len(v.log) },
		func() fyne.CanvasObject {
			return container.NewBorder(nil, nil, widget.NewLabel("2026-11-23"), nil, widget.NewLabel("What happened, first line"))
		},
		func(i widget.ListItemID, o fyne.CanvasObject) {
			row := o.(*fyne.Container)
			c := v.log[i]
			first, _, _ := strings.Cut(c.Happened, "\n")
			row.Objects[0].(*widget.Label).SetText(first)
			row.Objects[0].(*widget.Label).Truncation = fyne.TextTruncateEllipsis
			row.Objects[1].(*widget.Label).SetText(data.DateText(c.Date))
		})
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
		container.NewHBox(add, save, copyBtn),
		v.status,
	)
	v.empty = widgets.Para(v.tr.T("concern.empty", name))
	v.empty.Importance = widget.LowImportance
	split := container.NewVSplit(container.NewStack(v.list, container.NewPadded(v.empty)), v.editor)
	split.Offset = 0.3
	v.reload()
	v.showEditor()
	return container.NewBorder(container.NewPadded(top), nil, nil, nil, split)
}

// reload reads the log from the store.
func (v *concernLogView) reload() {
	log, err := v.store.Concerns(v.child.ID)
	if err != nil {
		dialog.ShowError(err, v.win)
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
	return data.ConcernLogText(v.child, v.log, v.tr, Now())
}

// showEditor shows the selected entry for editing, or a form for a new
// one. A new entry is saved as soon as it says what happened, and every
// change after that as it is made, so a quick exit loses nothing.
func (v *concernLogView) showEditor() {
	var entry data.Concern
	isNew := v.selected == 0
	if isNew {
		entry = data.Concern{ChildID: v.child.ID, Date: data.Day(Now())}
	} else {
		for _, c := range v.log {
			if c.ID == v.selected {
				entry = c
			}
		}
	}
	current := entry
	problem := widgets.Problem()
	// change applies an edit; an existing entry is saved at once.
	change := func(edit func(*data.Concern)) error {
		next := current
		edit(&next)
		if !isNew {
			if err := v.store.UpdateConcern(next); err != nil {
				msg := v.explain(err, next)
				widgets.SetProblem(problem, msg)
				return errors.New(msg)
			}
			current = next
			problem.Hide()
			v.reload()
			return nil
		}
		current = next
		if strings.TrimSpace(current.Happened) == "" {
			return nil // not an entry yet: nothing to keep
		}
		saved, err := v.store.AddConcern(current)
		if err != nil {
			msg := v.explain(err, current)
			widgets.SetProblem(problem, msg)
			return errors.New(msg)
		}
		current, isNew = saved, false
		v.selected = saved.ID
		problem.Hide()
		v.reload()
		return nil
	}
	date := childDateField(v.tr, entry.Date, func(t time.Time) error {
		if t.IsZero() {
			return errors.New(v.tr.T("concern.date.missing"))
		}
		if data.Day(t).After(data.Day(Now())) {
			return errors.New(v.tr.T("concern.date.future"))
		}
		return change(func(c *data.Concern) { c.Date = t })
	})
	text := func(value, placeholder string, set func(*data.Concern, string)) *widgets.Entry {
		e := widgets.NewMultiLineEntry()
		e.SetText(value)
		e.SetPlaceHolder(placeholder)
		e.SetMinRowsVisible(3)
		e.OnChanged = func(s string) { change(func(c *data.Concern) { set(c, s) }) }
		return e
	}
	happened := text(entry.Happened, v.tr.T("concern.happened.placeholder"), func(c *data.Concern, s string) { c.Happened = s })
	done := text(entry.Done, v.tr.T("concern.done.placeholder"), func(c *data.Concern, s string) { c.Done = s })
	told := text(entry.Told, v.tr.T("concern.told.placeholder"), func(c *data.Concern, s string) { c.Told = s })

	heading := v.tr.T("concern.edit.title")
	if isNew {
		heading = v.tr.T("concern.new.title")
	}
	items := []fyne.CanvasObject{
		widgets.Heading(heading),
		widget.NewForm(
			widget.NewFormItem(v.tr.T("concern.date"), date),
			widget.NewFormItem(v.tr.T("concern.happened"), happened),
			widget.NewFormItem(v.tr.T("concern.done"), done),
			widget.NewFormItem(v.tr.T("concern.told"), told),
		),
		problem,
	}
	if isNew {
		saveBtn := widget.NewButtonWithIcon(v.tr.T("concern.save"), theme.ConfirmIcon(), func() {
			if current.ID == 0 { // typing has not saved it yet
				saved, err := v.store.AddConcern(current)
				if err != nil {
					widgets.SetProblem(problem, v.explain(err, current))
					return
				}
				v.selected = saved.ID
			}
			v.reload()
			v.showEditor()
		})
		saveBtn.Importance = widget.HighImportance
		items = append(items, container.NewHBox(saveBtn))
	} else {
		del := widget.NewButtonWithIcon(v.tr.T("concern.delete"), theme.DeleteIcon(), func() {
			dialog.ShowConfirm(v.tr.T("concern.delete.title"), v.tr.T("concern.delete.body"), func(ok bool) {
				if !ok {
					return
				}
				if err := v.store.DeleteConcern(current.ChildID, current.ID); err != nil {
					dialog.ShowError(err, v.win)
				}
				v.selected = 0
				v.list.UnselectAll()
				v.reload()
				v.showEditor()
			}, v.win)
		})
		del.Importance = widget.DangerImportance
		items = append(items, container.NewHBox(del))
	}
	v.editor.Objects = []fyne.CanvasObject{widgets.Page(items...)}
	v.editor.Refresh()
}

// explain says which field to fix when the store refuses an entry.
func (v *concernLogView) explain(err error, c data.Concern) string {
	switch {
	case !errors.Is(err, data.ErrInvalid):
		return err.Error()
	case strings.TrimSpace(c.Happened) == "":
		return v.tr.T("concern.happened.missing")
	case c.Date.IsZero():
		return v.tr.T("concern.date.missing")
	default:
		return v.tr.T("concern.date.future")
	}
}
