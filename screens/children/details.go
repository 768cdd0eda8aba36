package children

import (
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"family-online-safety/data"
	"family-online-safety/screens"
	"family-online-safety/screens/widgets"
)

// childEditor saves the Details tab's changes as they are made. On a
// refusal the typed value stays on screen and the problem is shown under
// its field; the stored child stays as it was.
type childEditor struct {
	c        *Screen
	current  data.Child
	problems *screens.FieldProblems
	age      *widget.Label
}

// save applies one change and stores it, to the child as stored now: a
// field another home changed since the tab was drawn keeps that home's
// value (the header says changes came in) instead of this tab's old one.
func (e *childEditor) save(change func(*data.Child)) bool {
	next := e.current
	if stored, err := e.c.store.Child(next.ID); err == nil {
		next = stored
	}
	change(&next)
	if e.problems.Show(e.c.store.UpdateChild(next)) {
		return false
	}
	e.current = next
	e.age.SetText(e.c.tr.N("child.age", e.current.AgeOn(e.c.env.Now())))
	e.c.refresh()
	return true
}

// details is the Details tab: name, birth month, notes, placement, and
// archive or delete. Every change is saved as it is made.
func (c *Screen) details(child data.Child) fyne.CanvasObject {
	e := &childEditor{c: c, current: child, problems: screens.NewFieldProblems(c.tr, messages),
		age: widget.NewLabel(c.tr.N("child.age", child.AgeOn(c.env.Now())))}
	name := c.env.Entry()
	name.SetText(child.Name)
	c.env.LiveText(name, func(s string) bool { return e.save(func(k *data.Child) { k.Name = s }) })
	month := screens.MonthSelect(c.tr, child.BirthMonth, func(m int) { e.save(func(k *data.Child) { k.BirthMonth = m }) })
	year := screens.YearSelect(c.tr, c.env.Now(), child.BirthYear, func(y int) { e.save(func(k *data.Child) { k.BirthYear = y }) })
	notes := c.env.MultiLineEntry()
	notes.SetText(child.Notes)
	notes.SetPlaceHolder(c.tr.T("children.notes.placeholder"))
	c.env.LiveText(notes, func(s string) bool { return e.save(func(k *data.Child) { k.Notes = s }) })

	placement := c.placementCard(child, e)
	if !child.Placed {
		placement.Hide()
	}
	placed := widget.NewCheck(c.tr.T("placement.tick"), nil)
	placed.SetChecked(child.Placed)
	placed.OnChanged = func(on bool) {
		e.save(func(k *data.Child) { k.Placed = on })
		if on {
			placement.Show()
		} else {
			placement.Hide()
		}
	}

	items := []fyne.CanvasObject{widgets.Heading(child.Name)}
	if child.Archived {
		items = append(items, widgets.Para(c.tr.T("children.archived.explain")))
	}
	items = append(items,
		widgets.NewForm(
			widget.NewFormItem(c.tr.T("child.name"), container.NewVBox(name, e.problems.Under(data.FieldChildName, c.tr.T("child.name")))),
			widget.NewFormItem(c.tr.T("child.born"), container.NewVBox(
				// The age under the month and year: three columns as wide
				// as the widest month were wider than a small laptop has.
				container.NewGridWithColumns(2, month, year), e.age, e.problems.Under(data.FieldChildBirth))),
			widget.NewFormItem(c.tr.T("child.notes"), notes),
			widget.NewFormItem(c.tr.T("ageguide.phone"), c.phoneField(e)),
		),
		e.problems.Form,
		placed,
		placement,
		widget.NewSeparator(),
		widgets.Para(c.tr.T("children.archive.explain")),
		c.detailsActions(e),
	)
	return widgets.Page(items...)
}

// detailsActions are archive (or restore), export and delete.
func (c *Screen) detailsActions(e *childEditor) fyne.CanvasObject {
	id := e.current.ID
	archive := widget.NewButtonWithIcon(c.tr.T("children.archive"), theme.FolderIcon(), func() { c.setArchived(id, true) })
	if e.current.Archived {
		archive = widget.NewButtonWithIcon(c.tr.T("children.restore"), theme.ViewRestoreIcon(), func() { c.setArchived(id, false) })
	}
	del := widget.NewButtonWithIcon(c.tr.T("children.delete"), theme.DeleteIcon(), func() { c.confirmDelete(e.current) })
	del.Importance = widget.DangerImportance
	exportBtn := widget.NewButtonWithIcon(c.tr.T("children.export"), theme.DocumentSaveIcon(), func() { c.export(e.current) })
	// Delete on its own row: the three side by side were wider than the
	// tab on a small laptop in Welsh or Polish.
	return container.NewVBox(widgets.WrapRow(archive, exportBtn), container.NewHBox(del), c.printActions(e.current), c.handoverAction(e.current))
}

// placementCard holds a foster or kinship placement's details.
func (c *Screen) placementCard(child data.Child, editor *childEditor) *widget.Card {
	p := child.Placement
	text := func(value string, multi bool, set func(*data.Placement, string)) *widgets.Entry {
		e := c.env.Entry()
		if multi {
			e = c.env.MultiLineEntry()
		}
		e.SetText(value)
		c.env.LiveText(e, func(s string) bool { return editor.save(func(k *data.Child) { set(&k.Placement, s) }) })
		return e
	}
	start := dateField(c.env, p.Start, widgets.Problem(), func(t time.Time) {
		editor.save(func(k *data.Child) { k.Placement.Start = t })
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
	form := widgets.NewForm(
		widget.NewFormItem(c.tr.T("placement.start"), start),
		widget.NewFormItem(c.tr.T("placement.social_worker"), worker),
		widget.NewFormItem(c.tr.T("placement.social_worker_phone"), workerPhone),
		widget.NewFormItem(c.tr.T("placement.out_of_hours"), ooh),
		widget.NewFormItem(c.tr.T("placement.authority"), authority),
		widget.NewFormItem(c.tr.T("placement.photos"), photos),
		widget.NewFormItem(c.tr.T("placement.contact"), contact),
	)
	return widgets.Card(c.tr.T("placement.title"), c.tr.T("placement.subtitle"), form)
}
