package starters

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"family-online-safety/data"
	"family-online-safety/screens"
	"family-online-safety/screens/widgets"
)

// historyView lists one child's discussions, newest first.
func (s *Screen) historyView() fyne.CanvasObject {
	if len(s.kids) == 0 {
		return widgets.EmptyState(theme.HistoryIcon(), s.tr.T("starters.history.no_children.title"), s.tr.T("starters.mark.no_children"), nil)
	}
	var names []string
	for _, c := range s.kids {
		names = append(names, c.Name)
	}
	s.historyNote = widgets.Para("")
	s.historyList = widgets.NewList(func() int { return len(s.history) },
		func() fyne.CanvasObject { return newHistoryRow(s.tr) },
		func(i widget.ListItemID, o fyne.CanvasObject) { s.updateHistoryRow(i, o.(*historyRow)) })
	s.historyList.HoldsControls() // each row's Delete: Shift+Tab retraces Tab through them
	s.historyList.OnSelected = func(i widget.ListItemID) {
		s.historyList.UnselectAll()
		if i < len(s.history) {
			if _, ok := s.item(s.history[i].StarterID); ok {
				s.showDetail(s.history[i].StarterID)
				s.tabs.SelectIndex(0)
			}
		}
	}
	s.undo = container.NewHBox()
	s.undo.Hide()
	s.historySel = widget.NewSelect(names, func(string) { s.loadHistory() })
	s.historySel.SetSelectedIndex(s.historyFor)
	top := container.NewVBox(s.historySel, s.historyNote, s.undo)
	return widgets.TopFirst(top, s.historyList)
}

func (s *Screen) historyChild() (data.Child, bool) {
	if s.historySel == nil {
		return data.Child{}, false
	}
	i := s.historySel.SelectedIndex()
	if i < 0 || i >= len(s.kids) {
		return data.Child{}, false
	}
	return s.kids[i], true
}

func (s *Screen) showHistoryFor(id data.ID) {
	for i, c := range s.kids {
		if c.ID == id && s.historySel == nil {
			s.historyFor = i
		}
		if c.ID == id && s.historySel != nil {
			if s.historySel.SelectedIndex() == i {
				s.loadHistory()
			} else {
				s.historySel.SetSelectedIndex(i)
			}
		}
	}
}

func (s *Screen) loadHistory() {
	c, ok := s.historyChild()
	if !ok || s.historyList == nil {
		return
	}
	h, err := s.store.Discussions(c.ID)
	if err != nil {
		s.historyNote.SetText(screens.LoadProblem(s.tr, err))
		return
	}
	s.history = h
	if len(h) == 0 {
		s.historyNote.SetText(s.tr.T("starters.history.empty", map[string]any{"Name": c.Name}))
	} else {
		s.historyNote.SetText(s.tr.N("starters.history.count", len(h), map[string]any{"Name": c.Name}))
	}
	s.historyList.Refresh()
}

// historyRow is one discussion: the day and the question on one line,
// the note under them, and Delete on the right.
type historyRow struct {
	widget.BaseWidget
	when, question, note *widget.Label
	del                  *widgets.TipButton
}

func newHistoryRow(tr screens.Translator) *historyRow {
	r := &historyRow{
		when:     widget.NewLabelWithStyle("2026-11-23", fyne.TextAlignLeading, fyne.TextStyle{Bold: true}),
		question: widget.NewLabel("What's the game you like best at the moment?"),
		note:     widget.NewLabel("We agreed to keep the tablet downstairs."),
		del:      widgets.IconButton(theme.DeleteIcon(), tr.T("a11y.delete"), nil),
	}
	r.question.Truncation = fyne.TextTruncateEllipsis
	r.note.Truncation = fyne.TextTruncateEllipsis
	r.note.TextStyle = fyne.TextStyle{Italic: true}
	r.ExtendBaseWidget(r)
	return r
}

// CreateRenderer lays the row out.
func (r *historyRow) CreateRenderer() fyne.WidgetRenderer {
	line := container.NewBorder(nil, nil, r.when, nil, r.question)
	return widget.NewSimpleRenderer(container.NewBorder(nil, nil, nil, r.del, container.NewVBox(line, r.note)))
}

func (s *Screen) updateHistoryRow(i widget.ListItemID, row *historyRow) {
	if i >= len(s.history) {
		return
	}
	d := s.history[i]
	row.question.SetText(s.questionFor(d.StarterID))
	row.when.SetText(screens.FormatDay(s.tr, d.Date))
	row.note.SetText(d.Note)
	if d.Note == "" {
		row.note.SetText(s.tr.T("starters.history.no_note"))
	}
	row.del.OnTapped = func() { s.deleteDiscussion(d) }
}

// questionFor gives a starter's question, even for one since deleted.
func (s *Screen) questionFor(id string) string {
	if it, ok := s.item(id); ok {
		return it.question
	}
	return s.tr.T("starters.history.deleted_starter")
}

// deleteDiscussion removes a discussion at once and offers to undo it.
func (s *Screen) deleteDiscussion(d data.Discussion) {
	if err := s.store.DeleteDiscussion(d.ChildID, d.ID); err != nil {
		s.historyNote.SetText(messages.Say(s.tr, err))
		return
	}
	s.removed = &d
	undo := widget.NewButtonWithIcon(s.tr.T("starters.history.undo"), theme.ContentUndoIcon(), func() {
		if s.removed == nil {
			return
		}
		back := *s.removed
		back.ID = 0
		if _, err := s.store.MarkDiscussed(back); err != nil {
			s.historyNote.SetText(messages.Say(s.tr, err))
			return
		}
		s.removed = nil
		s.undo.Hide()
		s.loadHistory()
	})
	s.undo.Objects = []fyne.CanvasObject{widget.NewLabel(s.tr.T("starters.history.removed")), undo}
	s.undo.Show()
	s.undo.Refresh()
	s.loadHistory()
}

// AccessibilityLabel is the row's day, question and note, as one text.
func (r *historyRow) AccessibilityLabel() string {
	return widgets.Spoken(widgets.LabelTexts(r.when, r.question, r.note)...)
}

// AccessibilityRole is text.
func (r *historyRow) AccessibilityRole() fyne.AccessibleRole { return fyne.AccessibleRoleText }
