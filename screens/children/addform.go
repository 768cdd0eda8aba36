package children

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"family-online-safety/data"
	"family-online-safety/screens"
	"family-online-safety/screens/widgets"
)

// draftAddChild names the add-a-child form's draft.
const draftAddChild = "child.add"

// addForm asks for the few things a new child needs.
func (c *Screen) addForm() fyne.CanvasObject {
	var month, year int
	draft := c.env.Draft(draftAddChild)
	name := c.env.Entry()
	name.SetPlaceHolder(c.tr.T("child.name.placeholder"))
	problems := screens.NewFieldProblems(c.tr, newChildMessages)
	save := widget.NewButtonWithIcon(c.tr.T("children.add.save"), theme.ConfirmIcon(), nil)
	save.Importance = widget.HighImportance
	tried := false // Save was refused: each problem goes as soon as it is mended
	check := func() bool {
		return problems.ShowAll(data.Child{Name: name.Text, BirthMonth: month, BirthYear: year}.Problems(c.env.Now()), nil)
	}
	save.OnTapped = func() {
		if tried = check(); tried {
			problems.GoToFirst()
			return // every problem at once, under its field
		}
		kid, err := c.store.AddChild(data.Child{Name: name.Text, BirthMonth: month, BirthYear: year})
		if problems.Show(err) {
			return
		}
		draft.Done()
		c.adding, c.selected, c.tab = false, kid.ID, 0
		c.reload()
	}
	name.OnSubmitted = func(string) { save.OnTapped() }
	cancel := widget.NewButton(c.tr.T("children.cancel"), func() {
		draft.Done()
		c.adding = false
		c.reload()
		if add := c.addButton(); add != nil {
			screens.FocusOn(add) // the keyboard goes on from where the form was opened
		}
	})
	c.env.OnEscape(cancel.OnTapped)
	c.first = name
	recheck := func() {
		if tried {
			check()
		}
	}
	name.OnChanged = func(string) { recheck() }
	months := screens.MonthSelect(c.tr, 0, func(m int) { month = m; recheck() })
	years := screens.YearSelect(c.tr, c.env.Now(), 0, func(y int) { year = y; recheck() })
	draft.Entry("name", name)
	draft.Select("month", months)
	draft.Select("year", years)
	form := widgets.NewForm(
		widget.NewFormItem(c.tr.T("child.name"), container.NewVBox(name, problems.Under(data.FieldChildName, c.tr.T("child.name")))),
		widget.NewFormItem(c.tr.T("child.born"), container.NewVBox(container.NewGridWithColumns(2, months, years),
			problems.Under(data.FieldChildBirth))),
	)
	return widgets.Page(
		widgets.Heading(c.tr.T("children.add.title")),
		widgets.Para(c.tr.T("children.add.why")),
		form, problems.Form, widgets.WrapRow(save, cancel))
}
