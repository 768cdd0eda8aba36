package sharing

import (
	"cmp"
	"slices"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"family-online-safety/data"
	"family-online-safety/screens"
	"family-online-safety/screens/widgets"
)

// placed is one question's row and where it belongs: a child (by stable
// id and name; "" for the family's own) and a section.
type placed struct {
	child, name, section string
	row                  fyne.CanvasObject
}

// questionList shows the questions of a file, the changes that wait for
// a yes (asks) and the records changed in both homes (conflicts), under
// a heading for each child (the family's own first, then each child by
// name) and one for each section within it (Contacts, App notes, Family
// agreement…), so a question is never read as being about another child
// or list. choices gets each answer, the default until one is picked.
func questionList(tr screens.Translator, asks, conflicts []data.Change, choices map[string]data.Resolution) fyne.CanvasObject {
	var rows []placed
	for _, c := range asks {
		rows = append(rows, askRows(tr, c, choices)...)
	}
	for _, c := range conflicts {
		rows = append(rows, conflictRows(tr, c, choices)...)
	}
	slices.SortStableFunc(rows, func(a, b placed) int {
		return cmp.Or(cmp.Compare(a.name, b.name), cmp.Compare(a.child, b.child), // the family's own ("") first
			cmp.Compare(slices.Index(data.Sections, a.section), slices.Index(data.Sections, b.section)))
	})
	box := container.NewVBox()
	if len(conflicts) > 0 {
		box.Add(widgets.Para(tr.T("sharing.conflict.body")))
	}
	child, section := "-", ""
	for _, r := range rows {
		if r.child != child {
			child, section = r.child, ""
			box.Add(widgets.Heading(cmp.Or(r.name, tr.T("sharing.family"))))
		}
		if r.section != section {
			section = r.section
			box.Add(widget.NewLabelWithStyle(tr.T("sharing.section."+section), fyne.TextAlignLeading, fyne.TextStyle{Bold: true}))
		}
		box.Add(widget.NewSeparator())
		box.Add(r.row)
	}
	return box
}

// at places row under c's child and section.
func at(c data.Change, row fyne.CanvasObject) placed {
	return placed{child: c.Child, name: c.ChildName, section: c.Section, row: row}
}
