package starters

import (
	"slices"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"family-online-safety/data"
	"family-online-safety/screens"
	"family-online-safety/screens/widgets"
)

// markForm records that the starter was talked through with a child.
// The store's rules decide what date and note it takes; a refusal is
// shown under its field.
func (s *Screen) markForm(it starterItem) fyne.CanvasObject {
	if len(s.kids) == 0 {
		return container.NewVBox(widgets.Heading(s.tr.T("starters.mark.title")), widgets.Para(s.tr.T("starters.mark.no_children")))
	}
	who := s.childPicker()
	date := s.env.Entry()
	example := screens.FormatDate(s.tr, s.env.Now())
	date.SetText(example)
	date.SetPlaceHolder(s.tr.T("date.placeholder", map[string]any{"Example": example}))
	note := s.env.MultiLineEntry()
	note.SetPlaceHolder(s.tr.T("starters.mark.note.placeholder"))
	note.SetMinRowsVisible(2)
	typed := s.keepNote(it.id, who, note)

	problems := screens.NewFieldProblems(s.tr, messages)
	done := widget.NewLabel("")
	done.Importance = widget.SuccessImportance
	done.Wrapping = fyne.TextWrapWord
	done.Hide()

	save := widget.NewButtonWithIcon(s.tr.T("starters.mark.save"), theme.ConfirmIcon(), func() {
		done.Hide()
		child := s.kids[max(who.SelectedIndex(), 0)]
		day := strings.TrimSpace(date.Text)
		if t, ok := screens.ParseDate(s.tr, day); ok {
			day = t.Format(data.DateLayout) // records keep ISO days
		}
		d, err := s.store.MarkDiscussed(data.Discussion{ChildID: child.ID, StarterID: it.id, Date: day, Note: note.Text})
		if problems.Show(err, map[string]any{"Example": example}) {
			return
		}
		note.SetText("")
		typed.Clear()
		widgets.SetProblem(done, s.tr.T("starters.mark.done", map[string]any{"Name": child.Name, "Date": screens.FormatDay(s.tr, d.Date)}))
		s.showHistoryFor(child.ID)
	})
	save.Importance = widget.HighImportance
	form := widgets.NewForm(
		widget.NewFormItem(s.tr.T("starters.mark.child"), who),
		widget.NewFormItem(s.tr.T("starters.mark.date"), container.NewVBox(date, problems.Under(data.FieldDiscussionDate, s.tr.T("starters.mark.date")))),
		widget.NewFormItem(s.tr.T("starters.mark.note"), container.NewVBox(note, problems.Under(data.FieldDiscussionNote, s.tr.T("starters.mark.note")))),
	)
	return container.NewVBox(widgets.Heading(s.tr.T("starters.mark.title")), widgets.Para(s.tr.T("starters.mark.why")),
		form, problems.Form, container.NewHBox(save), done)
}

// keepNote keeps a note being typed about a talk in its draft, with the
// child it is about, so a quick exit or a crash loses nothing; the child
// picked when it was typed comes back with it.
func (s *Screen) keepNote(starter string, who *widget.Select, note *widgets.Entry) *screens.Draft {
	typed := s.env.Draft(data.DiscussedDraft(starter))
	if id, err := strconv.ParseUint(typed.Value(data.DraftChild), 10, 64); err == nil {
		if i := slices.IndexFunc(s.kids, func(c data.Child) bool { return c.ID == data.ID(id) }); i >= 0 {
			who.SetSelectedIndex(i)
		}
	}
	typed.Entry("note", note)
	typed.Keep(data.DraftChild, func() string {
		if strings.TrimSpace(note.Text) == "" || who.SelectedIndex() < 0 {
			return "" // a child picked with no note typed is no draft
		}
		return strconv.FormatUint(uint64(s.kids[who.SelectedIndex()].ID), 10)
	})
	who.OnChanged = func(string) { typed.Changed() }
	return typed
}

// childPicker chooses whom the talk was with: the child the filter picked,
// else the first.
func (s *Screen) childPicker() *widget.Select {
	var names []string
	for _, c := range s.kids {
		names = append(names, c.Name)
	}
	who := widget.NewSelect(names, nil)
	who.SetSelectedIndex(0)
	if s.child != nil {
		for i, c := range s.kids {
			if c.ID == s.child.ID {
				who.SetSelectedIndex(i)
			}
		}
	}
	return who
}
