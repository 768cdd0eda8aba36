package home

import (
	"image/color"
	"slices"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"family-online-safety/data"
	"family-online-safety/screens"
	"family-online-safety/screens/widgets"
)

// Today-only changes on Home (issue 16): on each child's card, the
// changes in force now or planned, a short history of the last 30 days
// and a button to add one. They never touch the signed agreement; the
// agreement's "right now" takes them into account.

// DayChangeStore keeps the today-only changes.
type DayChangeStore interface {
	ChildLister
	Agreement() (data.Agreement, error)
	DayChanges(child data.ID) ([]data.DayChange, error)
	AddDayChange(c data.DayChange, children []data.ID) ([]data.DayChange, error)
	DeleteDayChange(child, id data.ID) error
}

// changes is the section for one Home.
type changes struct {
	env   screens.Env
	tr    screens.Translator
	store DayChangeStore
	win   fyne.Window
	nav   screens.Navigator
}

// ChangesSection is the today-only changes block of each child's card.
// After a change Home is shown again (nav), so "right now" follows it.
func ChangesSection(env screens.Env, store DayChangeStore, win fyne.Window, nav screens.Navigator) screens.HomeSection {
	c := &changes{env: env, tr: env.Tr, store: store, win: win, nav: nav}
	return c.section
}

func (c *changes) section(child data.Child) fyne.CanvasObject {
	list, err := c.store.DayChanges(child.ID)
	if err != nil {
		return widgets.Para(screens.LoadProblem(c.tr, err))
	}
	now := c.env.Now()
	recent := data.Recent(list, now)
	if !c.covered(child.ID, now) && len(recent) == 0 && !planned(list, now) {
		return nil // nothing to change for a child the agreement does not cover
	}
	box := container.NewVBox()
	for _, ch := range list {
		switch {
		case ch.InForce(now) || ch.Day.After(data.Day(now)):
			box.Add(c.changeLine(ch, true))
		case ended(ch, now): // on its line still, so nothing below moves
			box.Add(c.endedLine(ch))
		}
	}
	if counts := data.ChangeCounts(list, now); len(counts) > 0 {
		box.Add(widgets.Para(c.tr.T("periods.home.history", map[string]any{"Counts": countsText(c.tr, counts)})))
	}
	add := widget.NewButtonWithIcon(c.tr.T("periods.change.add"), theme.ContentAddIcon(), func() { c.showForm(child) })
	buttons := container.NewHBox(add)
	if len(recent) > 0 {
		buttons.Add(widget.NewButtonWithIcon(c.tr.T("periods.history.open"), theme.HistoryIcon(), func() { c.showHistory(child, list) }))
	}
	box.Add(buttons)
	return box
}

// planned reports whether a change is dated today or later.
func planned(list []data.DayChange, now time.Time) bool {
	return slices.ContainsFunc(list, func(ch data.DayChange) bool { return !ch.Day.Before(data.Day(now)) })
}

// covered reports whether the agreement plans anything for the child.
func (c *changes) covered(child data.ID, now time.Time) bool {
	a, err := c.store.Agreement()
	return err != nil || data.StatusAt(a, child, now).HasPlan
}

// changeLine says one change; with takeBack, a button removes it.
func (c *changes) changeLine(ch data.DayChange, takeBack bool) fyne.CanvasObject {
	l := widgets.Para(changeText(c.tr, ch, c.env.Now()))
	l.Importance = widget.HighImportance
	line := container.NewBorder(nil, nil, widget.NewIcon(changeIcon(ch.Kind)), nil, l)
	if !takeBack {
		return line
	}
	return container.NewBorder(nil, nil, nil, c.undoButton(ch), line)
}

// undoButton takes a change back.
func (c *changes) undoButton(ch data.DayChange) *widget.Button {
	return widget.NewButtonWithIcon(c.tr.T("periods.change.take_back"), theme.ContentUndoIcon(), func() {
		if err := c.store.DeleteDayChange(ch.ChildID, ch.ID); err != nil {
			dialog.ShowInformation(c.tr.T("error.title"), c.tr.T("error.save"), c.win)
			return
		}
		c.nav.Show(screens.HomeID)
	})
}

// ended reports whether a change for today has ended (a later bedtime
// that has passed): Home says so where it was until the day is over.
func ended(ch data.DayChange, now time.Time) bool {
	return ch.Day.Equal(data.Day(now)) && !ch.InForce(now)
}

// endedLine says a change for today has ended, in the room its line with
// "Take back" had.
func (c *changes) endedLine(ch data.DayChange) fyne.CanvasObject {
	room := canvas.NewRectangle(color.Transparent)
	room.SetMinSize(c.undoButton(ch).MinSize())
	return container.NewBorder(nil, nil, nil, room, c.changeLine(ch, false))
}

func changeIcon(k data.DayChangeKind) fyne.Resource {
	switch k {
	case data.ChangeBedtime:
		return theme.VisibilityIcon()
	case data.ChangeNone:
		return theme.VisibilityOffIcon()
	}
	return theme.ContentAddIcon()
}

// showHistory lists the child's changes of the last 30 days.
func (c *changes) showHistory(child data.Child, list []data.DayChange) {
	now := c.env.Now()
	body := container.NewVBox(widgets.Para(countsText(c.tr, data.ChangeCounts(list, now))))
	for _, ch := range data.Recent(list, now) {
		body.Add(c.changeLine(ch, false))
	}
	body.Add(widgets.Para(c.tr.T("periods.history.kept")))
	d := dialog.NewCustom(c.tr.T("periods.history.title", map[string]any{"Name": child.Name}),
		c.tr.T("periods.history.close"), container.NewVScroll(body), c.win)
	d.Resize(fyne.NewSize(560, 480))
	d.Show()
}
