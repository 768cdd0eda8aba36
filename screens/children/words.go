package children

import (
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"family-online-safety/data"
	"family-online-safety/screens"
	"family-online-safety/screens/widgets"
)

// WordsStore reads and writes a child's own words, and puts together the
// child's view of the agreement.
type WordsStore interface {
	ChildWords(child data.ID) (data.ChildWords, error)
	AddChildWord(child data.ID, l data.WordsList, text string) error
	UpdateChildWord(child data.ID, l data.WordsList, i int, text string) error
	DeleteChildWord(child data.ID, l data.WordsList, i int) error
	ChildView(w data.Words, child data.ID, now time.Time) (data.ChildView, error)
}

// wordsMessages say a refused line in words that fit a list made with a
// child.
var wordsMessages = screens.Messages{
	screens.Key(data.FieldChildWord, data.RuleTooLong): "childwords.too_long",
	screens.Key(data.FieldChildWords, data.RuleFull):   "childwords.full",
}

// wordsView is the "In their words" tab for one child: four short lists
// written with the child, each edited in place, with a box to add a line
// whose typing is kept as a draft until it is added.
type wordsView struct {
	c     *Screen
	child data.Child
	draft *screens.Draft
	rows  map[data.WordsList]*fyne.Container
	// problems says, under each list, why a line was refused: one line
	// kept for it, whether it was added or edited.
	problems map[data.WordsList]*screens.FieldProblems
}

// wordsTab builds the tab.
func (c *Screen) wordsTab(child data.Child) fyne.CanvasObject {
	v := &wordsView{c: c, child: child, draft: c.env.Draft(data.ChildDraft(data.DraftChildWords, child.ID)),
		rows: map[data.WordsList]*fyne.Container{}, problems: map[data.WordsList]*screens.FieldProblems{}}
	words, err := c.store.ChildWords(child.ID)
	if err != nil {
		return widgets.EmptyState(theme.ErrorIcon(), c.tr.T("error.load"), screens.LoadProblem(c.tr, err), nil)
	}
	name := map[string]any{"Name": child.Name}
	show := widget.NewButtonWithIcon(c.tr.T("childwords.show"), theme.VisibilityIcon(), func() { c.showChildView(child) })
	show.Importance = widget.HighImportance
	// The buttons wrap onto two rows rather than widen a small window.
	actions := container.New(layout.NewRowWrapLayout(), show)
	if c.print != nil {
		actions.Add(widget.NewButtonWithIcon(c.tr.T("childwords.print"), theme.DocumentPrintIcon(), func() { c.printChildView(child) }))
	}
	items := []fyne.CanvasObject{widgets.Heading(c.tr.T("childwords.title", name)),
		widgets.Para(c.tr.T("childwords.explain", name)),
		widgets.Para(c.tr.T("childwords.show.explain", name)), actions}
	for _, l := range data.AllWordsLists {
		items = append(items, v.listCard(l, words.List(l)))
	}
	return widgets.Page(items...)
}

// listCard is one list: its lines, then the box to add one.
func (v *wordsView) listCard(l data.WordsList, lines []string) fyne.CanvasObject {
	tr := v.c.tr
	v.rows[l] = container.NewVBox()
	problems := screens.NewFieldProblems(tr, wordsMessages)
	v.problems[l] = problems
	v.fill(l, lines)
	add := v.c.env.Entry()
	add.SetPlaceHolder(tr.T("childwords.placeholder." + string(l)))
	v.draft.Entry(string(l), add)
	submit := func() {
		if problems.Show(v.c.store.AddChildWord(v.child.ID, l, add.Text)) {
			return
		}
		add.SetText("")              // the draft follows: this list's box is empty again
		v.c.env.Saves.Flush(v.draft) // and is kept so before the list is redrawn
		v.reload(l)
	}
	add.OnSubmitted = func(string) { submit() }
	addBtn := widget.NewButtonWithIcon(tr.T("childwords.add"), theme.ContentAddIcon(), submit)
	box := container.NewVBox(v.rows[l], container.NewBorder(nil, nil, nil, addBtn, add), problems.Form)
	// The title is a heading that wraps (a card's own title never does, and
	// "what I ask of the grown-ups" in Welsh is wider than a small window).
	return widget.NewCard("", "", container.NewVBox(widgets.Heading(tr.T("childwords.list."+string(l))),
		widgets.Para(tr.T("childwords.hint."+string(l))), box))
}

// fill shows a list's lines, each edited in place with a delete button.
func (v *wordsView) fill(l data.WordsList, lines []string) {
	rows := v.rows[l]
	rows.Objects = nil
	if len(lines) == 0 {
		rows.Add(widgets.Para(v.c.tr.T("childwords.none")))
	}
	for i, text := range lines {
		e := v.c.env.Entry()
		e.SetText(text)
		v.c.env.LiveText(e, func(s string) bool { // an emptied line is refused, and comes back on leaving
			return !v.problems[l].Show(v.c.store.UpdateChildWord(v.child.ID, l, i, s))
		})
		del := widgets.IconButton(theme.DeleteIcon(), v.c.tr.T("a11y.delete"), func() {
			v.c.env.Saves.FlushAll() // an edit waiting for a pause lands on its own line first
			if err := v.c.store.DeleteChildWord(v.child.ID, l, i); err != nil {
				showError(v.c.tr, v.c.win, err)
			}
			v.reload(l)
		})
		rows.Add(container.NewBorder(nil, nil, nil, del, e))
	}
	rows.Refresh()
}

// reload redraws one list from the store.
func (v *wordsView) reload(l data.WordsList) {
	w, err := v.c.store.ChildWords(v.child.ID)
	if err != nil {
		showError(v.c.tr, v.c.win, err)
		return
	}
	v.fill(l, w.List(l))
}
