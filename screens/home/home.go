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
	filled   func() // called once every card is filled; may be nil
}

// New builds the Home screen with the sections shown on each child's card.
func New(env screens.Env, children ChildLister, nav Navigator, sections ...screens.HomeSection) *Screen {
	return &Screen{env: env, tr: env.Tr, children: children, nav: nav, sections: sections}
}

// WhenFilled has f called once the last child's card is filled in (or at
// once when there are no cards to fill).
func (h *Screen) WhenFilled(f func()) *Screen {
	h.filled = f
	return h
}

// View renders Home from the store.
func (h *Screen) View() fyne.CanvasObject {
	kids, err := h.children.ActiveChildren()
	if err != nil || len(kids) == 0 {
		h.env.After(h.done)
	}
	if err != nil {
		return widgets.EmptyState(theme.ErrorIcon(), h.tr.T("error.load"), screens.LoadProblem(h.tr, err), nil)
	}
	if len(kids) == 0 {
		add := widget.NewButtonWithIcon(h.tr.T("home.add_child"), theme.ContentAddIcon(), h.nav.ShowAddChild)
		add.Importance = widget.HighImportance
		return widgets.EmptyState(theme.HomeIcon(), h.tr.T("home.empty.title"), h.tr.T("home.empty.body"), add)
	}
	items := []fyne.CanvasObject{widgets.Heading(h.tr.T("home.title"))}
	bodies := make([]*fyne.Container, len(kids))
	for i, c := range kids {
		bodies[i] = container.NewVBox()
		items = append(items, widget.NewCard(c.Name, h.tr.N("child.age", c.AgeOn(h.env.Now())), bodies[i]))
	}
	h.fill(kids, bodies, 0)
	return widgets.Page(items...)
}

// fill fills in the cards from the i-th on: that one now, each of the
// others after the one before it. A large family's cards then appear one
// by one instead of holding back the window until all are read.
func (h *Screen) fill(kids []data.Child, bodies []*fyne.Container, i int) {
	if i >= len(kids) {
		h.done()
		return
	}
	h.fillCard(kids[i], bodies[i])
	h.env.After(func() { h.fill(kids, bodies, i+1) })
}

func (h *Screen) done() {
	if h.filled != nil {
		h.filled()
	}
}

func (h *Screen) fillCard(c data.Child, body *fyne.Container) {
	for _, section := range h.sections {
		if obj := section(c); obj != nil {
			body.Add(obj)
		}
	}
	if len(body.Objects) == 0 {
		body.Add(widgets.Para(h.tr.T("home.child.nothing_yet")))
	}
}
