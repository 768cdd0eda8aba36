package screens

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"family-online-safety/data"
	"family-online-safety/screens/widgets"
)

// HomeSection adds a block to each child's card on Home (what is in force
// now, a starter for today, app reviews due). Features register theirs in
// the app package; a section returns nil when it has nothing to say.
type HomeSection func(child data.Child) fyne.CanvasObject

// Home is the first screen: each child at a glance.
type Home struct {
	tr       Translator
	children ChildLister
	nav      Navigator
	sections []HomeSection
}

// NewHome builds the Home screen.
func NewHome(tr Translator, children ChildLister, nav Navigator, sections ...HomeSection) *Home {
	return &Home{tr: tr, children: children, nav: nav, sections: sections}
}

// View renders Home from the store.
func (h *Home) View() fyne.CanvasObject {
	kids, err := h.children.ActiveChildren()
	if err != nil {
		return widgets.EmptyState(theme.ErrorIcon(), h.tr.T("error.load"), err.Error(), nil)
	}
	if len(kids) == 0 {
		add := widget.NewButtonWithIcon(h.tr.T("home.add_child"), theme.ContentAddIcon(), func() { h.nav.Show(ChildrenID) })
		add.Importance = widget.HighImportance
		return widgets.EmptyState(theme.HomeIcon(), h.tr.T("home.empty.title"), h.tr.T("home.empty.body"), add)
	}
	items := []fyne.CanvasObject{widgets.Heading(h.tr.T("home.title"))}
	for _, c := range kids {
		items = append(items, h.childCard(c))
	}
	return widgets.Page(items...)
}

func (h *Home) childCard(c data.Child) fyne.CanvasObject {
	body := container.NewVBox()
	for _, section := range h.sections {
		if obj := section(c); obj != nil {
			body.Add(obj)
		}
	}
	if len(body.Objects) == 0 {
		body.Add(widgets.Para(h.tr.T("home.child.nothing_yet")))
	}
	age := h.tr.N("child.age", c.AgeOn(Now()))
	return widget.NewCard(c.Name, age, body)
}
