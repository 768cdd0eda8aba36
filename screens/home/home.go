package home

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"family-online-safety/data"
	"family-online-safety/screens"
	"family-online-safety/screens/widgets"
)

// Screen is the first screen: each child at a glance.
type Screen struct {
	env      screens.Env
	tr       screens.Translator
	children ChildLister
	nav      Navigator
	sections []screens.HomeSection
}

// New builds the Home screen with the sections shown on each child's card.
func New(env screens.Env, children ChildLister, nav Navigator, sections ...screens.HomeSection) *Screen {
	return &Screen{env: env, tr: env.Tr, children: children, nav: nav, sections: sections}
}

// View renders Home from the store.
func (h *Screen) View() fyne.CanvasObject {
	kids, err := h.children.ActiveChildren()
	if err != nil {
		return widgets.EmptyState(theme.ErrorIcon(), h.tr.T("error.load"), screens.LoadProblem(h.tr, err), nil)
	}
	if len(kids) == 0 {
		add := widget.NewButtonWithIcon(h.tr.T("home.add_child"), theme.ContentAddIcon(), h.nav.ShowAddChild)
		add.Importance = widget.HighImportance
		return widgets.EmptyState(theme.HomeIcon(), h.tr.T("home.empty.title"), h.tr.T("home.empty.body"), add)
	}
	items := []fyne.CanvasObject{widgets.Heading(h.tr.T("home.title"))}
	for _, c := range kids {
		items = append(items, h.childCard(c))
	}
	return widgets.Page(items...)
}

func (h *Screen) childCard(c data.Child) fyne.CanvasObject {
	body := container.NewVBox()
	for _, section := range h.sections {
		if obj := section(c); obj != nil {
			body.Add(obj)
		}
	}
	if len(body.Objects) == 0 {
		body.Add(widgets.Para(h.tr.T("home.child.nothing_yet")))
	}
	age := h.tr.N("child.age", c.AgeOn(h.env.Now()))
	return widget.NewCard(c.Name, age, body)
}
