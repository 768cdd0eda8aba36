package children

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"family-online-safety/data"
	"family-online-safety/screens"
	"family-online-safety/screens/widgets"
)

// Screen is the "Children & apps" screen: the children on the left and,
// for the one selected, their details, app notes and concern log.
type Screen struct {
	env      screens.Env
	building bool // View is making the screen: nothing on it is drawn yet
	tr       screens.Translator
	store    Store
	win      fyne.Window
	actions  screens.LinkActions

	rows     []childRow // what the list shows: active, then archived
	selected data.ID    // 0 when none
	adding   bool
	// focusForm: the form was asked for from elsewhere (Home): the
	// keyboard goes to it once the screen is in the window
	focusForm bool
	tab       int // the tab shown for the selected child
	onPlace   func(child data.ID, tab int)

	list  *widgets.List
	add   *widget.Button // "Add child" above the list: the focus comes back to it
	fold  *widgets.SideFold
	pick  *widgets.ShortPick // the list in a narrow window
	add2  *widget.Button     // "Add child" beside pick
	first *widgets.Entry     // the add-a-child form's first field
	right *fyne.Container
	root  fyne.CanvasObject

	print    *printing // the carer's sheet and calendar; nil without WithPrinting
	handover Handover  // the handover pack; nil without WithHandover
}

// childRow is one line of the children list: a child, or the "Archived"
// heading above the archived ones.
type childRow struct {
	child  data.Child
	header bool
}

// New builds the screen. The window is for dialogs (confirm, save file).
func New(env screens.Env, store Store, win fyne.Window, actions screens.LinkActions) *Screen {
	// A child half added before a quick exit or a crash is still being added.
	adding := env.Draft(draftAddChild).Found()
	return &Screen{env: env, tr: env.Tr, store: store, win: win, actions: actions, adding: adding}
}

// Adding makes the screen open on the add-a-child form, the keyboard in
// its first field (as the screen's own "Add child" does).
func (c *Screen) Adding() *Screen {
	c.adding, c.focusForm = true, true
	return c
}

// The tabs shown for a selected child, in order.
const (
	TabDetails = iota
	TabApps
	TabConcerns
	TabWords // "In their words" (words.go)
	TabAge   // "At this age" (atthisage.go)
)

// Focus makes the screen open on one child and one of their tabs
// (TabApps, ...). An unknown or archived child leaves the default.
func (c *Screen) Focus(child data.ID, tab int) *Screen {
	c.selected, c.tab = child, tab
	if child != 0 {
		c.adding = false
	}
	return c
}

// OnPlace hears where the carer is, the child and the tab, each time it
// changes, so the app can show the screen again in the same place.
func (c *Screen) OnPlace(fn func(child data.ID, tab int)) *Screen {
	c.onPlace = fn
	return c
}

func (c *Screen) placed() {
	if c.onPlace != nil && !c.adding {
		c.onPlace(c.selected, c.tab)
	}
}

// View renders the screen.
func (c *Screen) View() fyne.CanvasObject {
	if err := c.load(); err != nil {
		return widgets.EmptyState(theme.ErrorIcon(), c.tr.T("error.load"), screens.LoadProblem(c.tr, err), nil)
	}
	add := widget.NewButtonWithIcon(c.tr.T("children.add"), theme.ContentAddIcon(), c.startAdding)
	add.Importance = widget.HighImportance
	c.add = add
	c.list = widgets.NewList(
		func() int { return len(c.rows) },
		func() fyne.CanvasObject { return newChildRowWidget() },
		func(i widget.ListItemID, o fyne.CanvasObject) { c.updateRow(i, o.(*childRowWidget)) })
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
	left := widgets.TopFirst(container.NewVBox(widgets.Heading(c.tr.T("nav.children")), add), c.list)
	c.right = container.NewStack()
	// Beside the child's tabs, or a drop-down above them when the tabs
	// need the width.
	fold, split := widgets.NewSideFold(left, c.right, c.pickRow(), 0.27, c.tabsWidth)
	c.fold = fold
	// Only one "Add child" is ever shown, even to a search of the tree.
	fold.OnFold = func(folded bool) { widgets.SetVisible(c.add2, folded); widgets.SetVisible(c.add, !folded) }
	// In a stack: the child's view can take the screen's place.
	c.root = container.NewStack(split)
	c.building = true // the window lays the new view out: no refresh needed
	c.showRight()
	c.building = false
	if c.focusForm && c.adding {
		c.env.After(func() { screens.FocusOn(c.first) })
	}
	c.focusForm = false
	return c.root
}

// load reads the children into rows and keeps the selection valid.
func (c *Screen) load() error {
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

func (c *Screen) rowOf(id data.ID) int {
	for i, r := range c.rows {
		if !r.header && r.child.ID == id && id != 0 {
			return i
		}
	}
	return -1
}

// childRowWidget is one row of the children list: a name with the age
// under it (or the "Archived" heading), with Restore beside an archived
// child. Two lines, the name on its own: at 800×600 the list is narrow,
// and a name that shared its line with the age was cut short.
type childRowWidget struct {
	widget.BaseWidget
	name, age *widgets.Line // cut to fit: the list never widens the screen
	restore   *widget.Button
}

func newChildRowWidget() *childRowWidget {
	r := &childRowWidget{name: widgets.NewLine("Template name", fyne.TextStyle{}, ""),
		age:     widgets.NewLine("14 years old", fyne.TextStyle{}, theme.SizeNameCaptionText),
		restore: widget.NewButton("", nil)} // no icon: each row's button would redraw it, shown or not
	r.restore.Hide() // most rows are children in the family, not archived
	r.ExtendBaseWidget(r)
	return r
}

// CreateRenderer puts Restore on the right.
func (r *childRowWidget) CreateRenderer() fyne.WidgetRenderer {
	// The age sits close under the name (each line keeps its own inner
	// padding), so a row reads as one child, not two items.
	lines := container.New(layout.NewCustomPaddedVBoxLayout(-2*theme.InnerPadding()), r.name, r.age)
	return widget.NewSimpleRenderer(container.NewBorder(nil, nil, nil, r.restore, lines))
}

func (c *Screen) updateRow(i widget.ListItemID, w *childRowWidget) {
	if i >= len(c.rows) {
		return
	}
	row := c.rows[i]
	archived := !row.header && row.child.Archived
	widgets.SetVisible(w.restore, archived)
	widgets.SetVisible(w.age, !row.header && !archived)
	switch {
	case row.header:
		w.name.Set(c.tr.T("children.archived"), fyne.TextStyle{Bold: true})
	case archived:
		w.name.Set(row.child.Name, fyne.TextStyle{})
		if text := c.tr.T("children.restore"); w.restore.Text != text {
			w.restore.SetText(text)
		}
		id := row.child.ID
		w.restore.OnTapped = func() { c.setArchived(id, false) }
	default:
		w.name.Set(row.child.Name, fyne.TextStyle{})
		w.age.SetText(c.tr.N("child.age", row.child.AgeOn(c.env.Now())))
	}
}

// refresh reloads the list from the store, keeping the right-hand side.
func (c *Screen) refresh() {
	if err := c.load(); err != nil {
		showError(c.tr, c.win, err)
		return
	}
	c.list.Refresh()
	c.fillPick()
	if i := c.rowOf(c.selected); i >= 0 && !c.adding {
		c.list.Select(i)
	}
}

// reload reloads the list and rebuilds the right-hand side.
func (c *Screen) reload() {
	c.refresh()
	c.showRight()
}

func (c *Screen) startAdding() {
	c.adding = true
	c.list.UnselectAll()
	c.showRight()
	screens.FocusOn(c.first) // the keyboard starts in the form
}

func (c *Screen) showRight() {
	c.placed()
	var view fyne.CanvasObject
	c.env.OnEscape(nil)
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
			view = widgets.EmptyState(theme.ErrorIcon(), c.tr.T("error.load"), screens.LoadProblem(c.tr, err), nil)
			break
		}
		view = c.childTabs(child)
	}
	c.right.Objects = []fyne.CanvasObject{view}
	if !c.building {
		c.right.Refresh()
	}
	if i := c.rowOf(c.selected); i >= 0 && !c.adding {
		c.list.Select(i)
	}
	c.syncPick()
}

func (c *Screen) childTabs(child data.Child) fyne.CanvasObject {
	apps := newAppNotesView(c.env, c.store, c.win, c.actions, child)
	log := newConcernLogView(c.env, c.store, c.win, c.actions, child)
	return widgets.NewLazyTabs(c.tab, func(i int) { c.tab = i; c.placed() },
		widgets.LazyTab{Title: c.tr.T("children.tab.details"), Icon: theme.AccountIcon(), Build: func() fyne.CanvasObject { return c.details(child) }},
		widgets.LazyTab{Title: c.tr.T("children.tab.apps"), Icon: theme.GridIcon(), Build: apps.View},
		widgets.LazyTab{Title: c.tr.T("children.tab.concerns"), Icon: theme.DocumentIcon(), Build: log.View},
		widgets.LazyTab{Title: c.tr.T("childwords.tab"), Icon: theme.DocumentCreateIcon(), Build: func() fyne.CanvasObject { return c.wordsTab(child) }},
		// The age band follows the birth date as saved on the Details tab.
		widgets.LazyTab{Title: c.tr.T("children.tab.age"), Icon: theme.InfoIcon(), Rebuild: true, Build: func() fyne.CanvasObject {
			if saved, err := c.store.Child(child.ID); err == nil {
				child = saved
			}
			return c.ageGuide(child)
		}},
	)
}

// AccessibilityLabel is the child's name and age.
func (r *childRowWidget) AccessibilityLabel() string {
	return widgets.Spoken(r.name.Text(), r.age.Text())
}

// AccessibilityRole is text.
func (r *childRowWidget) AccessibilityRole() fyne.AccessibleRole { return fyne.AccessibleRoleText }
