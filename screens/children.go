package screens

import (
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

// ChildStore is what the Children & apps screen needs for the children
// themselves.
type ChildStore interface {
	Children() ([]data.Child, error)
	Child(id data.ID) (data.Child, error)
	AddChild(c data.Child) (data.Child, error)
	UpdateChild(c data.Child) error
	DeleteChild(id data.ID) error
	ChildExport(id data.ID, w data.Words, now time.Time) (string, error)
}

// ChildrenStore is everything the Children & apps screen reads and writes.
type ChildrenStore interface {
	ChildStore
	AppNoteStore
	ConcernStore
}

// Children is the "Children & apps" screen: the children on the left and,
// for the one selected, their details, app notes and concern log.
type Children struct {
	tr      Translator
	store   ChildrenStore
	win     fyne.Window
	actions LinkActions

	rows     []childRow // what the list shows: active, then archived
	selected data.ID    // 0 when none
	adding   bool
	tab      int // the tab shown for the selected child

	list  *widget.List
	right *fyne.Container
	root  fyne.CanvasObject
}

// childRow is one line of the children list: a child, or the "Archived"
// heading above the archived ones.
type childRow struct {
	child  data.Child
	header bool
}

// NewChildren builds the screen. The window is for dialogs (confirm,
// save file).
func NewChildren(tr Translator, store ChildrenStore, win fyne.Window, actions LinkActions) *Children {
	return &Children{tr: tr, store: store, win: win, actions: actions}
}

// The tabs shown for a selected child, in order.
const (
	ChildTabDetails = iota
	ChildTabApps
	ChildTabConcerns
)

// Focus makes the screen open on one child and one of their tabs
// (ChildTabApps, ...). An unknown or archived child leaves the default.
func (c *Children) Focus(child data.ID, tab int) *Children {
	c.selected, c.tab = child, tab
	return c
}

// View renders the screen.
func (c *Children) View() fyne.CanvasObject {
	if err := c.load(); err != nil {
		return widgets.EmptyState(theme.ErrorIcon(), c.tr.T("error.load"), err.Error(), nil)
	}
	add := widget.NewButtonWithIcon(c.tr.T("children.add"), theme.ContentAddIcon(), c.startAdding)
	add.Importance = widget.HighImportance
	c.list = widget.NewList(
		func() int { return len(c.rows) },
		func() fyne.CanvasObject {
			restore := widget.NewButtonWithIcon("", theme.ViewRestoreIcon(), nil)
			return container.NewBorder(nil, nil, nil, restore, widget.NewLabel("Template name, 14 years old"))
		},
		c.updateRow)
	c.list.OnSelected = func(i widget.ListItemID) {
		if i >= len(c.rows) || c.rows[i].header {
			c.list.Unselect(i)
			return
		}
		if id := c.rows[i].child.ID; id != c.selected || c.adding {
			c.selected, c.adding = id, false
			c.showRight()
		}
	}
	left := container.NewBorder(container.NewVBox(widgets.Heading(c.tr.T("nav.children")), add), nil, nil, nil, c.list)
	c.right = container.NewStack()
	split := container.NewHSplit(left, c.right)
	split.Offset = 0.27
	c.root = split
	c.showRight()
	return c.root
}

// load reads the children into rows and keeps the selection valid.
func (c *Children) load() error {
	kids, err := c.store.Children()
	if err != nil {
		return err
	}
	var active, archived []childRow
	for _, k := range kids {
		if k.Archived {
			archived = append(archived, childRow{child: k})
		} else {
			active = append(active, childRow{child: k})
		}
	}
	c.rows = active
	if len(archived) > 0 {
		c.rows = append(append(c.rows, childRow{header: true}), archived...)
	}
	if c.rowOf(c.selected) < 0 {
		c.selected = 0
		if len(active) > 0 {
			c.selected = active[0].child.ID
		}
	}
	return nil
}

func (c *Children) rowOf(id data.ID) int {
	for i, r := range c.rows {
		if !r.header && r.child.ID == id && id != 0 {
			return i
		}
	}
	return -1
}

func (c *Children) updateRow(i widget.ListItemID, o fyne.CanvasObject) {
	if i >= len(c.rows) {
		return
	}
	row := c.rows[i]
	box := o.(*fyne.Container)
	label := box.Objects[0].(*widget.Label)
	restore := box.Objects[1].(*widget.Button)
	label.TextStyle = fyne.TextStyle{Bold: row.header}
	restore.Hide()
	switch {
	case row.header:
		label.SetText(c.tr.T("children.archived"))
	case row.child.Archived:
		label.SetText(row.child.Name)
		restore.SetText(c.tr.T("children.restore"))
		id := row.child.ID
		restore.OnTapped = func() { c.setArchived(id, false) }
		restore.Show()
	default:
		label.SetText(row.child.Name + ", " + c.tr.N("child.age", row.child.AgeOn(Now())))
	}
	label.Refresh()
}

// refresh reloads the list from the store, keeping the right-hand side.
func (c *Children) refresh() {
	if err := c.load(); err != nil {
		dialog.ShowError(err, c.win)
		return
	}
	c.list.Refresh()
	if i := c.rowOf(c.selected); i >= 0 && !c.adding {
		c.list.Select(i)
	}
}

// reload reloads the list and rebuilds the right-hand side.
func (c *Children) reload() {
	c.refresh()
	c.showRight()
}

func (c *Children) startAdding() {
	c.adding = true
	c.list.UnselectAll()
	c.showRight()
}

func (c *Children) showRight() {
	var view fyne.CanvasObject
	switch {
	case c.adding:
		view = c.addForm()
	case c.selected == 0:
		add := widget.NewButtonWithIcon(c.tr.T("children.add"), theme.ContentAddIcon(), c.startAdding)
		add.Importance = widget.HighImportance
		view = widgets.EmptyState(theme.AccountIcon(), c.tr.T("children.empty.title"), c.tr.T("children.empty.body"), add)
	default:
		child, err := c.store.Child(c.selected)
		if err != nil {
			view = widgets.EmptyState(theme.ErrorIcon(), c.tr.T("error.load"), err.Error(), nil)
			break
		}
		view = c.childTabs(child)
	}
	c.right.Objects = []fyne.CanvasObject{view}
	c.right.Refresh()
	if i := c.rowOf(c.selected); i >= 0 && !c.adding {
		c.list.Select(i)
	}
}

func (c *Children) childTabs(child data.Child) fyne.CanvasObject {
	apps := newAppNotesView(c.tr, c.store, c.win, c.actions, child)
	log := newConcernLogView(c.tr, c.store, c.win, c.actions, child)
	tabs := container.NewAppTabs(
		container.NewTabItemWithIcon(c.tr.T("children.tab.details"), theme.AccountIcon(), c.details(child)),
		container.NewTabItemWithIcon(c.tr.T("children.tab.apps"), theme.GridIcon(), apps.View()),
		container.NewTabItemWithIcon(c.tr.T("children.tab.concerns"), theme.DocumentIcon(), log.View()),
	)
	if c.tab < len(tabs.Items) {
		tabs.SelectIndex(c.tab)
	}
	tabs.OnSelected = func(*container.TabItem) { c.tab = tabs.SelectedIndex() }
	return tabs
}

// addForm asks for the few things a new child needs.
func (c *Children) addForm() fyne.CanvasObject {
	var month, year int
	name := widgets.NewEntry()
	name.SetPlaceHolder(c.tr.T("child.name.placeholder"))
	problem := widgets.Problem()
	save := widget.NewButtonWithIcon(c.tr.T("children.add.save"), theme.ConfirmIcon(), nil)
	save.Importance = widget.HighImportance
	save.OnTapped = func() {
		if month == 0 || year == 0 {
			widgets.SetProblem(problem, c.tr.T("children.born.missing"))
			return
		}
		kid, err := c.store.AddChild(data.Child{Name: name.Text, BirthMonth: month, BirthYear: year})
		if err != nil {
			widgets.SetProblem(problem, c.tr.T("child.invalid"))
			return
		}
		c.adding, c.selected, c.tab = false, kid.ID, 0
		c.reload()
	}
	name.OnSubmitted = func(string) { save.OnTapped() }
	cancel := widget.NewButton(c.tr.T("children.cancel"), func() {
		c.adding = false
		c.reload()
	})
	form := widget.NewForm(
		widget.NewFormItem(c.tr.T("child.name"), name),
		widget.NewFormItem(c.tr.T("child.born"), container.NewGridWithColumns(2,
			MonthSelect(c.tr, 0, func(m int) { month = m }),
			YearSelect(c.tr, Now(), 0, func(y int) { year = y }))),
	)
	return widgets.Page(
		widgets.Heading(c.tr.T("children.add.title")),
		widgets.Para(c.tr.T("children.add.why")),
		form, problem, container.NewHBox(save, cancel))
}

// details is the Details tab: name, birth month, notes, placement, and
// archive or delete. Every change is saved as it is made.
func (c *Children) details(child data.Child) fyne.CanvasObject {
	current := child
	problem := widgets.Problem()
	age := widget.NewLabel(c.tr.N("child.age", child.AgeOn(Now())))
	// save applies one change and stores it; on a refusal the typed value
	// stays on screen and the problem is shown.
	save := func(change func(*data.Child), refused string) bool {
		next := current
		change(&next)
		if err := c.store.UpdateChild(next); err != nil {
			if refused == "" {
				refused = err.Error()
			}
			widgets.SetProblem(problem, refused)
			return false
		}
		current = next
		problem.Hide()
		age.SetText(c.tr.N("child.age", current.AgeOn(Now())))
		c.refresh()
		return true
	}

	name := widgets.NewEntry()
	name.SetText(child.Name)
	name.OnChanged = func(s string) {
		save(func(k *data.Child) { k.Name = s }, c.tr.T("children.name.invalid"))
	}
	month := MonthSelect(c.tr, child.BirthMonth, func(m int) {
		save(func(k *data.Child) { k.BirthMonth = m }, c.tr.T("children.born.invalid"))
	})
	year := YearSelect(c.tr, Now(), child.BirthYear, func(y int) {
		save(func(k *data.Child) { k.BirthYear = y }, c.tr.T("children.born.invalid"))
	})
	notes := widgets.NewMultiLineEntry()
	notes.SetText(child.Notes)
	notes.SetPlaceHolder(c.tr.T("children.notes.placeholder"))
	notes.OnChanged = func(s string) { save(func(k *data.Child) { k.Notes = s }, "") }

	placement := c.placementCard(child, save)
	if !child.Placed {
		placement.Hide()
	}
	placed := widget.NewCheck(c.tr.T("placement.tick"), nil)
	placed.SetChecked(child.Placed)
	placed.OnChanged = func(on bool) {
		save(func(k *data.Child) { k.Placed = on }, "")
		if on {
			placement.Show()
		} else {
			placement.Hide()
		}
	}

	archive := widget.NewButtonWithIcon(c.tr.T("children.archive"), theme.FolderIcon(), func() { c.setArchived(child.ID, true) })
	if child.Archived {
		archive = widget.NewButtonWithIcon(c.tr.T("children.restore"), theme.ViewRestoreIcon(), func() { c.setArchived(child.ID, false) })
	}
	del := widget.NewButtonWithIcon(c.tr.T("children.delete"), theme.DeleteIcon(), func() { c.confirmDelete(current) })
	del.Importance = widget.DangerImportance
	exportBtn := widget.NewButtonWithIcon(c.tr.T("children.export"), theme.DocumentSaveIcon(), func() { c.export(current) })

	items := []fyne.CanvasObject{widgets.Heading(child.Name)}
	if child.Archived {
		items = append(items, widgets.Para(c.tr.T("children.archived.explain")))
	}
	items = append(items,
		widget.NewForm(
			widget.NewFormItem(c.tr.T("child.name"), name),
			widget.NewFormItem(c.tr.T("child.born"), container.NewGridWithColumns(3, month, year, age)),
			widget.NewFormItem(c.tr.T("child.notes"), notes),
		),
		problem,
		placed,
		placement,
		widget.NewSeparator(),
		widgets.Para(c.tr.T("children.archive.explain")),
		container.NewHBox(archive, exportBtn, del),
	)
	return widgets.Page(items...)
}

// placementCard holds a foster or kinship placement's details.
func (c *Children) placementCard(child data.Child, save func(func(*data.Child), string) bool) *widget.Card {
	p := child.Placement
	text := func(value string, multi bool, set func(*data.Placement, string)) *widgets.Entry {
		e := widgets.NewEntry()
		if multi {
			e = widgets.NewMultiLineEntry()
		}
		e.SetText(value)
		e.OnChanged = func(s string) { save(func(k *data.Child) { set(&k.Placement, s) }, "") }
		return e
	}
	start := childDateField(c.tr, p.Start, func(t time.Time) error {
		save(func(k *data.Child) { k.Placement.Start = t }, "")
		return nil
	})
	worker := text(p.SocialWorker, false, func(p *data.Placement, s string) { p.SocialWorker = s })
	workerPhone := text(p.SocialWorkerPhone, false, func(p *data.Placement, s string) { p.SocialWorkerPhone = s })
	ooh := text(p.OutOfHoursPhone, false, func(p *data.Placement, s string) { p.OutOfHoursPhone = s })
	authority := text(p.DelegatedAuthority, true, func(p *data.Placement, s string) { p.DelegatedAuthority = s })
	authority.SetPlaceHolder(c.tr.T("placement.authority.placeholder"))
	photos := text(p.PhotoRules, true, func(p *data.Placement, s string) { p.PhotoRules = s })
	photos.SetPlaceHolder(c.tr.T("placement.photos.placeholder"))
	contact := text(p.Contact, true, func(p *data.Placement, s string) { p.Contact = s })
	contact.SetPlaceHolder(c.tr.T("placement.contact.placeholder"))
	form := widget.NewForm(
		widget.NewFormItem(c.tr.T("placement.start"), start),
		widget.NewFormItem(c.tr.T("placement.social_worker"), worker),
		widget.NewFormItem(c.tr.T("placement.social_worker_phone"), workerPhone),
		widget.NewFormItem(c.tr.T("placement.out_of_hours"), ooh),
		widget.NewFormItem(c.tr.T("placement.authority"), authority),
		widget.NewFormItem(c.tr.T("placement.photos"), photos),
		widget.NewFormItem(c.tr.T("placement.contact"), contact),
	)
	return widget.NewCard(c.tr.T("placement.title"), c.tr.T("placement.subtitle"), form)
}

func (c *Children) setArchived(id data.ID, archived bool) {
	child, err := c.store.Child(id)
	if err == nil {
		child.Archived = archived
		err = c.store.UpdateChild(child)
	}
	if err != nil {
		dialog.ShowError(err, c.win)
		return
	}
	c.selected = id // a restored child stays in view
	if archived {
		c.selected = 0 // the first active child, if any
	}
	c.adding = false
	c.reload()
}

// confirmDelete asks before deleting for good, and offers to save a copy
// first.
func (c *Children) confirmDelete(child data.Child) {
	msg := widgets.Para(c.tr.T("children.delete.body", map[string]any{"Name": child.Name}))
	var d *dialog.CustomDialog
	saveFirst := widget.NewButtonWithIcon(c.tr.T("children.export"), theme.DocumentSaveIcon(), func() { c.export(child) })
	del := widget.NewButtonWithIcon(c.tr.T("children.delete.confirm"), theme.DeleteIcon(), func() {
		d.Hide()
		if err := c.store.DeleteChild(child.ID); err != nil {
			dialog.ShowError(err, c.win)
			return
		}
		c.selected = 0
		c.reload()
	})
	del.Importance = widget.DangerImportance
	cancel := widget.NewButton(c.tr.T("children.cancel"), func() { d.Hide() })
	d = dialog.NewCustomWithoutButtons(c.tr.T("children.delete.title", map[string]any{"Name": child.Name}), msg, c.win)
	d.SetButtons([]fyne.CanvasObject{cancel, saveFirst, del})
	d.Resize(fyne.NewSize(520, 0))
	d.Show()
}

// export saves everything kept for the child as a text file.
func (c *Children) export(child data.Child) {
	text, err := c.store.ChildExport(child.ID, c.tr, Now())
	if err != nil {
		dialog.ShowError(err, c.win)
		return
	}
	name := c.tr.T("children.export.file", map[string]any{"Name": child.Name, "Date": data.DateText(Now())})
	childSaveText(c.tr, c.win, name, text)
}

// childSaveText asks where to save text as a .txt file, then writes it.
func childSaveText(tr Translator, win fyne.Window, fileName, text string) {
	d := dialog.NewFileSave(func(w fyne.URIWriteCloser, err error) {
		if err != nil {
			dialog.ShowError(err, win)
			return
		}
		if w == nil {
			return // cancelled
		}
		_, werr := w.Write([]byte(text))
		if cerr := w.Close(); werr == nil {
			werr = cerr
		}
		if werr != nil {
			dialog.ShowError(werr, win)
			return
		}
		dialog.ShowInformation(tr.T("childexport.saved.title"), tr.T("childexport.saved.body", map[string]any{"File": w.URI().Name()}), win)
	}, win)
	d.SetFileName(childSafeFileName(fileName) + ".txt")
	d.Show()
}

// childSafeFileName drops characters that some systems refuse in file
// names.
func childSafeFileName(s string) string {
	return strings.Map(func(r rune) rune {
		if strings.ContainsRune(`/\:*?"<>|`, r) {
			return '-'
		}
		return r
	}, s)
}

// childDateField is a date typed as YYYY-MM-DD, with a calendar button
// beside it. changed is called with the day (zero when cleared) once the
// text is a whole date; it may refuse with an error, which is shown inline.
func childDateField(tr Translator, value time.Time, changed func(time.Time) error) fyne.CanvasObject {
	entry := widgets.NewEntry()
	entry.SetPlaceHolder(tr.T("children.date.placeholder"))
	entry.SetText(data.DateText(value))
	problem := widgets.Problem()
	entry.OnChanged = func(s string) {
		s = strings.TrimSpace(s)
		var day time.Time
		if s != "" {
			d, err := time.Parse(time.DateOnly, s)
			if err != nil {
				widgets.SetProblem(problem, tr.T("children.date.invalid"))
				return
			}
			day = data.Day(d)
		}
		if err := changed(day); err != nil {
			widgets.SetProblem(problem, err.Error())
			return
		}
		problem.Hide()
	}
	var pop *widget.PopUp
	pick := widget.NewButtonWithIcon("", theme.CalendarIcon(), nil)
	pick.OnTapped = func() {
		start := value
		if d, err := time.Parse(time.DateOnly, strings.TrimSpace(entry.Text)); err == nil {
			start = d
		}
		if start.IsZero() {
			start = Now()
		}
		cal := widget.NewCalendar(start, func(t time.Time) {
			entry.SetText(data.DateText(t))
			if pop != nil {
				pop.Hide()
			}
		})
		c := fyne.CurrentApp().Driver().CanvasForObject(pick)
		if c == nil {
			return
		}
		pop = widget.NewPopUp(cal, c)
		pos := fyne.CurrentApp().Driver().AbsolutePositionForObject(pick)
		pop.ShowAtPosition(pos.AddXY(0, pick.Size().Height))
	}
	return container.NewVBox(container.NewBorder(nil, nil, nil, pick, entry), problem)
}
