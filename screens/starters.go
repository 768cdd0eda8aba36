package screens

import (
	"errors"
	"slices"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"family-online-safety/content"
	"family-online-safety/data"
	"family-online-safety/screens/widgets"
)

// StarterStore is what the conversation starters screen reads and writes.
type StarterStore interface {
	ActiveChildren() ([]data.Child, error)
	Discussions(childID data.ID) ([]data.Discussion, error)
	MarkDiscussed(d data.Discussion) (data.Discussion, error)
	DeleteDiscussion(childID, id data.ID) error
	OwnStarters() ([]data.OwnStarter, error)
	AddOwnStarter(o data.OwnStarter) (data.OwnStarter, error)
	UpdateOwnStarter(o data.OwnStarter) error
	DeleteOwnStarter(id data.ID) error
	StarterMarks() (map[string]data.StarterMark, error)
	SetFavourite(starterID string, on bool) error
	SetHidden(starterID string, on bool) error
}

// starterItem is one starter as the screen shows it: built-in or the
// family's own, with its words already in the current language.
type starterItem struct {
	id       string
	bands    []content.Band
	topic    content.Topic
	simple   bool
	question string
	tip      string
	source   content.Source
	own      *data.OwnStarter // nil for a built-in starter
	search   string           // question and tip in lower case
}

// starterFilter is what the top bar asks for. Zero values mean "any".
type starterFilter struct {
	band       content.Band
	topic      content.Topic
	text       string // lower case
	simple     bool
	favourites bool
	showHidden bool
}

func (f starterFilter) match(it starterItem, mark data.StarterMark) bool {
	switch {
	case mark.Hidden && !f.showHidden:
		return false
	case f.favourites && !mark.Favourite:
		return false
	case f.simple && !it.simple:
		return false
	case f.band != "" && !slices.Contains(it.bands, f.band):
		return false
	case f.topic != "" && it.topic != f.topic:
		return false
	case f.text != "" && !strings.Contains(it.search, f.text):
		return false
	}
	return true
}

// Starters is the conversation starters screen: browse and filter the
// library, copy a starter, mark it discussed, and keep your own.
type Starters struct {
	tr     Translator
	store  StarterStore
	copier Copier

	kids   []data.Child
	items  []starterItem
	marks  map[string]data.StarterMark
	filter starterFilter
	shown  []int // indexes into items, in list order
	child  *data.Child
	open   string // id of the starter in the detail pane

	childSel, bandSel, topicSel *widget.Select
	search                      *widgets.Entry
	simpleChk, favChk, hidChk   *widget.Check
	count                       *widget.Label
	noMatch                     fyne.CanvasObject
	list                        *widget.List
	detail                      *fyne.Container
	tabs                        *container.AppTabs

	history     []data.Discussion
	historySel  *widget.Select
	historyList *widget.List
	historyNote *widget.Label
	undo        *fyne.Container
	removed     *data.Discussion
}

// NewStarters builds the conversation starters screen.
func NewStarters(tr Translator, store StarterStore, copier Copier) *Starters {
	return &Starters{tr: tr, store: store, copier: copier}
}

// View renders the screen from the store.
func (s *Starters) View() fyne.CanvasObject {
	kids, err := s.store.ActiveChildren()
	if err == nil {
		err = s.load()
	}
	if err != nil {
		return widgets.EmptyState(theme.ErrorIcon(), s.tr.T("error.load"), err.Error(), nil)
	}
	s.kids = kids

	s.list = widget.NewList(func() int { return len(s.shown) }, s.newRow, s.updateRow)
	s.list.OnSelected = func(i widget.ListItemID) {
		if i < len(s.shown) {
			s.showDetail(s.items[s.shown[i]].id)
			s.tabs.SelectIndex(0)
		}
	}
	noMatch := widgets.Para(s.tr.T("starters.no_match"))
	noMatch.Alignment = fyne.TextAlignCenter
	s.noMatch = noMatch
	s.count = widget.NewLabel("")

	s.detail = container.NewStack()
	s.tabs = container.NewAppTabs(
		container.NewTabItemWithIcon(s.tr.T("starters.tab.starter"), theme.MailComposeIcon(), s.detail),
		container.NewTabItemWithIcon(s.tr.T("starters.tab.history"), theme.HistoryIcon(), s.historyView()),
	)
	s.showDetail("")

	top := s.filterBar()
	left := container.NewBorder(nil, s.count, nil, nil, container.NewStack(s.list, container.NewCenter(s.noMatch)))
	split := container.NewHSplit(left, s.tabs)
	split.Offset = 0.42
	s.applyFilter()
	return container.NewBorder(top, nil, nil, nil, split)
}

// load reads the library, the family's own starters and the marks.
func (s *Starters) load() error {
	own, err := s.store.OwnStarters()
	if err != nil {
		return err
	}
	marks, err := s.store.StarterMarks()
	if err != nil {
		return err
	}
	s.marks = marks
	items := make([]starterItem, 0, len(content.Starters)+len(own))
	for _, o := range own {
		o := o
		items = append(items, starterItem{id: o.StarterID(), bands: o.Bands, topic: o.Topic,
			question: o.Question, tip: o.Tip, own: &o})
	}
	for _, st := range content.Starters {
		items = append(items, starterItem{id: st.ID, bands: st.Bands, topic: st.Topic, simple: st.Simple,
			question: s.tr.T(st.QuestionKey()), tip: s.tr.T(st.TipKey()), source: st.Source})
	}
	for i := range items {
		items[i].search = strings.ToLower(items[i].question + "\n" + items[i].tip)
	}
	s.items = items
	return nil
}

// reload reads the store again after a change and redraws what depends on it.
func (s *Starters) reload() {
	if err := s.load(); err != nil {
		s.detail.Objects = []fyne.CanvasObject{widgets.EmptyState(theme.ErrorIcon(), s.tr.T("error.load"), err.Error(), nil)}
		s.detail.Refresh()
		return
	}
	s.applyFilter()
}

func (s *Starters) filterBar() fyne.CanvasObject {
	childNames := []string{s.tr.T("starters.filter.all_children")}
	for _, c := range s.kids {
		childNames = append(childNames, c.Name)
	}
	s.childSel = widget.NewSelect(childNames, nil)
	s.childSel.SetSelectedIndex(0)
	s.childSel.OnChanged = func(string) { s.pickChild(s.childSel.SelectedIndex() - 1) }

	bandNames := []string{s.tr.T("starters.filter.all_ages")}
	for _, b := range content.Bands {
		bandNames = append(bandNames, s.tr.T("starters.filter.ages", map[string]any{"Band": s.tr.T(content.BandKey(b))}))
	}
	s.bandSel = widget.NewSelect(bandNames, nil)
	s.bandSel.SetSelectedIndex(0)
	s.bandSel.OnChanged = func(string) {
		s.filter.band = ""
		if i := s.bandSel.SelectedIndex(); i > 0 {
			s.filter.band = content.Bands[i-1]
		}
		s.applyFilter()
	}

	topicNames := []string{s.tr.T("starters.filter.all_topics")}
	for _, t := range content.Topics {
		topicNames = append(topicNames, s.tr.T(content.TopicKey(t)))
	}
	s.topicSel = widget.NewSelect(topicNames, nil)
	s.topicSel.SetSelectedIndex(0)
	s.topicSel.OnChanged = func(string) {
		s.filter.topic = ""
		if i := s.topicSel.SelectedIndex(); i > 0 {
			s.filter.topic = content.Topics[i-1]
		}
		s.applyFilter()
	}

	s.search = widgets.NewEntry()
	s.search.SetPlaceHolder(s.tr.T("starters.filter.search"))
	s.search.ActionItem = widget.NewIcon(theme.SearchIcon())
	s.search.OnChanged = func(text string) {
		s.filter.text = strings.ToLower(strings.TrimSpace(text))
		s.applyFilter()
	}
	s.simpleChk = widget.NewCheck(s.tr.T("starters.filter.simple"), func(on bool) { s.filter.simple = on; s.applyFilter() })
	s.favChk = widget.NewCheck(s.tr.T("starters.filter.favourites"), func(on bool) { s.filter.favourites = on; s.applyFilter() })
	s.hidChk = widget.NewCheck(s.tr.T("starters.filter.show_hidden"), func(on bool) { s.filter.showHidden = on; s.applyFilter() })
	add := widget.NewButtonWithIcon(s.tr.T("starters.own.add"), theme.ContentAddIcon(), func() { s.showOwnForm(nil) })

	selects := container.NewGridWithColumns(3, s.childSel, s.bandSel, s.topicSel)
	return container.NewVBox(
		widgets.Heading(s.tr.T("nav.starters")),
		selects,
		container.NewBorder(nil, nil, nil, add, s.search),
		container.NewHBox(s.simpleChk, s.favChk, s.hidChk),
		widget.NewSeparator(),
	)
}

// pickChild chooses the child by index into s.kids (-1: no child). The
// child's age today picks the band.
func (s *Starters) pickChild(i int) {
	s.child = nil
	if i >= 0 && i < len(s.kids) {
		c := s.kids[i]
		s.child = &c
		band := content.BandForAge(c.AgeOn(Now()))
		s.bandSel.SetSelectedIndex(slices.Index(content.Bands, band) + 1) // filters via OnChanged
	}
	if s.historySel != nil {
		s.historySel.SetSelectedIndex(max(i, 0))
	}
	if s.open != "" {
		s.showDetail(s.open)
	}
}

// applyFilter works out which starters to list, in memory, and refreshes
// only the list.
func (s *Starters) applyFilter() {
	s.shown = s.shown[:0]
	for i, it := range s.items {
		if s.filter.match(it, s.marks[it.id]) {
			s.shown = append(s.shown, i)
		}
	}
	if s.list == nil {
		return
	}
	s.list.UnselectAll()
	s.list.Refresh()
	s.count.SetText(s.tr.N("starters.count", len(s.shown)))
	if len(s.shown) == 0 {
		s.noMatch.Show()
	} else {
		s.noMatch.Hide()
	}
}

func (s *Starters) newRow() fyne.CanvasObject {
	q := widget.NewLabelWithStyle("What's the game you like best at the moment?", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	q.Truncation = fyne.TextTruncateEllipsis
	meta := widget.NewLabel("Money and in-game spending · 8 to 10")
	meta.Truncation = fyne.TextTruncateEllipsis
	meta.SizeName = theme.SizeNameCaptionText
	return container.NewVBox(q, meta)
}

func (s *Starters) updateRow(i widget.ListItemID, o fyne.CanvasObject) {
	if i >= len(s.shown) {
		return
	}
	it := s.items[s.shown[i]]
	box := o.(*fyne.Container)
	box.Objects[0].(*widget.Label).SetText(it.question)
	box.Objects[1].(*widget.Label).SetText(s.metaLine(it))
}

// metaLine is the small line under a starter: topic, ages and marks.
func (s *Starters) metaLine(it starterItem) string {
	parts := []string{s.tr.T(content.TopicKey(it.topic)), s.bandNames(it.bands)}
	m := s.marks[it.id]
	if it.simple {
		parts = append(parts, s.tr.T("starters.tag.simple"))
	}
	if it.own != nil {
		parts = append(parts, s.tr.T("starters.tag.own"))
	}
	if m.Favourite {
		parts = append(parts, s.tr.T("starters.tag.favourite"))
	}
	if m.Hidden {
		parts = append(parts, s.tr.T("starters.tag.hidden"))
	}
	return strings.Join(parts, " · ")
}

func (s *Starters) bandNames(bands []content.Band) string {
	var names []string
	for _, b := range bands {
		names = append(names, s.tr.T(content.BandKey(b)))
	}
	return strings.Join(names, ", ")
}

func (s *Starters) item(id string) (starterItem, bool) {
	for _, it := range s.items {
		if it.id == id {
			return it, true
		}
	}
	return starterItem{}, false
}

func (s *Starters) setDetail(o fyne.CanvasObject) {
	s.detail.Objects = []fyne.CanvasObject{o}
	s.detail.Refresh()
}

// showDetail fills the detail pane with one starter, or a hint when none
// is chosen.
func (s *Starters) showDetail(id string) {
	it, ok := s.item(id)
	if !ok {
		s.open = ""
		s.setDetail(widgets.EmptyState(theme.MailComposeIcon(), s.tr.T("starters.pick.title"), s.tr.T("starters.pick.body"), nil))
		return
	}
	s.open = id
	mark := s.marks[id]

	tipTitle := widget.NewLabelWithStyle(s.tr.T("starters.detail.tip"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	facts := widgets.Para(s.tr.T("starters.detail.facts", map[string]any{
		"Topic": s.tr.T(content.TopicKey(it.topic)), "Ages": s.bandNames(it.bands)}))
	items := []fyne.CanvasObject{widgets.Heading(it.question)}
	if it.tip != "" {
		items = append(items, tipTitle, widgets.Para(it.tip))
	}
	items = append(items, facts)
	if it.simple {
		items = append(items, widgets.Para(s.tr.T("starters.detail.simple")))
	}
	if it.own != nil {
		items = append(items, widgets.Para(s.tr.T("starters.detail.own")))
	} else {
		src := widgets.Para(s.tr.T("starters.detail.source", map[string]any{"Source": it.source.Name}))
		checked := widgets.Para(s.tr.T("starters.detail.checked", map[string]any{"Date": string(it.source.Checked)}))
		items = append(items, src, checked)
	}

	status := widget.NewLabel("")
	status.Wrapping = fyne.TextWrapWord
	status.Importance = widget.SuccessImportance
	status.Hide()
	say := func(text string) { status.SetText(text); status.Show() }

	copyBtn := widget.NewButtonWithIcon(s.tr.T("starters.copy"), theme.ContentCopyIcon(), func() {
		s.copier.Copy(it.question)
		say(s.tr.T("starters.copied"))
	})
	favText, favIcon := s.tr.T("starters.favourite.add"), theme.ContentAddIcon()
	if mark.Favourite {
		favText, favIcon = s.tr.T("starters.favourite.remove"), theme.ContentRemoveIcon()
	}
	fav := widget.NewButtonWithIcon(favText, favIcon, func() {
		s.act(s.store.SetFavourite(id, !mark.Favourite))
	})
	hideText, hideIcon := s.tr.T("starters.hide"), theme.VisibilityOffIcon()
	if mark.Hidden {
		hideText, hideIcon = s.tr.T("starters.unhide"), theme.VisibilityIcon()
	}
	hide := widget.NewButtonWithIcon(hideText, hideIcon, func() {
		s.act(s.store.SetHidden(id, !mark.Hidden))
	})
	items = append(items, container.NewHScroll(container.NewHBox(copyBtn, fav, hide)))
	if it.own != nil {
		own := *it.own
		edit := widget.NewButtonWithIcon(s.tr.T("starters.own.edit"), theme.DocumentCreateIcon(), func() { s.showOwnForm(&own) })
		items = append(items, s.ownActions(own, edit, say))
	}
	items = append(items, status, widget.NewSeparator(), s.markForm(it))
	s.setDetail(container.NewVScroll(container.NewPadded(container.NewVBox(items...))))
}

// act reports the result of a mark change, then redraws from the store.
func (s *Starters) act(err error) {
	if err != nil {
		s.setDetail(widgets.EmptyState(theme.ErrorIcon(), s.tr.T("error.title"), err.Error(), nil))
		return
	}
	open := s.open
	s.reload()
	s.showDetail(open)
}

// ownActions holds "Change" and "Delete" for an own starter. Delete asks
// first: the row turns into a question with "Yes, delete" and "Keep it".
func (s *Starters) ownActions(own data.OwnStarter, edit *widget.Button, say func(string)) fyne.CanvasObject {
	box := container.NewVBox()
	var ask *widget.Button
	ask = widget.NewButtonWithIcon(s.tr.T("starters.own.delete"), theme.DeleteIcon(), func() {
		sure := widget.NewButtonWithIcon(s.tr.T("starters.own.delete.confirm"), theme.DeleteIcon(), func() {
			if err := s.store.DeleteOwnStarter(own.ID); err != nil {
				say(err.Error())
				return
			}
			s.reload()
			s.showDetail("")
		})
		sure.Importance = widget.DangerImportance
		keep := widget.NewButton(s.tr.T("starters.own.delete.keep"), func() {
			box.Objects = []fyne.CanvasObject{container.NewHBox(edit, ask)}
			box.Refresh()
		})
		box.Objects = []fyne.CanvasObject{widgets.Para(s.tr.T("starters.own.delete.ask")), container.NewHBox(sure, keep)}
		box.Refresh()
	})
	box.Objects = []fyne.CanvasObject{container.NewHBox(edit, ask)}
	return box
}

// markForm records that the starter was talked through with a child.
func (s *Starters) markForm(it starterItem) fyne.CanvasObject {
	var names []string
	for _, c := range s.kids {
		names = append(names, c.Name)
	}
	if len(s.kids) == 0 {
		return container.NewVBox(widgets.Heading(s.tr.T("starters.mark.title")), widgets.Para(s.tr.T("starters.mark.no_children")))
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
	date := widgets.NewEntry()
	date.SetText(Now().Format(data.DateLayout))
	date.SetPlaceHolder(s.tr.T("starters.mark.date.placeholder"))
	note := widgets.NewMultiLineEntry()
	note.SetPlaceHolder(s.tr.T("starters.mark.note.placeholder"))
	note.SetMinRowsVisible(2)

	problem := widgets.Problem()
	done := widget.NewLabel("")
	done.Importance = widget.SuccessImportance
	done.Wrapping = fyne.TextWrapWord
	done.Hide()

	save := widget.NewButtonWithIcon(s.tr.T("starters.mark.save"), theme.ConfirmIcon(), func() {
		done.Hide()
		child := s.kids[max(who.SelectedIndex(), 0)]
		if msg := s.checkMark(date.Text, note.Text); msg != "" {
			widgets.SetProblem(problem, msg)
			return
		}
		d, err := s.store.MarkDiscussed(data.Discussion{ChildID: child.ID, StarterID: it.id, Date: strings.TrimSpace(date.Text), Note: note.Text})
		if err != nil {
			widgets.SetProblem(problem, s.explain(err))
			return
		}
		problem.Hide()
		note.SetText("")
		widgets.SetProblem(done, s.tr.T("starters.mark.done", map[string]any{"Name": child.Name, "Date": d.Date}))
		s.showHistoryFor(child.ID)
	})
	save.Importance = widget.HighImportance
	form := widget.NewForm(
		widget.NewFormItem(s.tr.T("starters.mark.child"), who),
		widget.NewFormItem(s.tr.T("starters.mark.date"), date),
		widget.NewFormItem(s.tr.T("starters.mark.note"), note),
	)
	return container.NewVBox(widgets.Heading(s.tr.T("starters.mark.title")), widgets.Para(s.tr.T("starters.mark.why")),
		form, problem, container.NewHBox(save), done)
}

// checkMark refuses a bad date or note before it reaches the store, with
// words the user can act on. It returns "" when all is well.
func (s *Starters) checkMark(date, note string) string {
	day, err := time.ParseInLocation(data.DateLayout, strings.TrimSpace(date), time.Local)
	switch {
	case err != nil:
		return s.tr.T("starters.mark.date.bad", map[string]any{"Example": Now().Format(data.DateLayout)})
	case day.Format(data.DateLayout) > Now().Format(data.DateLayout):
		return s.tr.T("starters.mark.date.future")
	case len([]rune(strings.TrimSpace(note))) > data.MaxDiscussionNote:
		return s.tr.T("starters.mark.note.long", map[string]any{"Max": data.MaxDiscussionNote})
	}
	return ""
}

func (s *Starters) explain(err error) string {
	if errors.Is(err, data.ErrInvalid) {
		return s.tr.T("starters.invalid")
	}
	return err.Error()
}

// historyView lists one child's discussions, newest first.
func (s *Starters) historyView() fyne.CanvasObject {
	if len(s.kids) == 0 {
		return widgets.EmptyState(theme.HistoryIcon(), s.tr.T("starters.history.no_children.title"), s.tr.T("starters.mark.no_children"), nil)
	}
	var names []string
	for _, c := range s.kids {
		names = append(names, c.Name)
	}
	s.historyNote = widgets.Para("")
	s.historyList = widget.NewList(func() int { return len(s.history) }, s.newHistoryRow, s.updateHistoryRow)
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
	s.historySel.SetSelectedIndex(0)
	top := container.NewVBox(s.historySel, s.historyNote, s.undo)
	return container.NewBorder(top, nil, nil, nil, s.historyList)
}

func (s *Starters) historyChild() (data.Child, bool) {
	if s.historySel == nil {
		return data.Child{}, false
	}
	i := s.historySel.SelectedIndex()
	if i < 0 || i >= len(s.kids) {
		return data.Child{}, false
	}
	return s.kids[i], true
}

func (s *Starters) showHistoryFor(id data.ID) {
	for i, c := range s.kids {
		if c.ID == id && s.historySel != nil {
			if s.historySel.SelectedIndex() == i {
				s.loadHistory()
			} else {
				s.historySel.SetSelectedIndex(i)
			}
		}
	}
}

func (s *Starters) loadHistory() {
	c, ok := s.historyChild()
	if !ok || s.historyList == nil {
		return
	}
	h, err := s.store.Discussions(c.ID)
	if err != nil {
		s.historyNote.SetText(err.Error())
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

func (s *Starters) newHistoryRow() fyne.CanvasObject {
	when := widget.NewLabelWithStyle("2026-11-23", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	q := widget.NewLabel("What's the game you like best at the moment?")
	q.Truncation = fyne.TextTruncateEllipsis
	note := widget.NewLabel("We agreed to keep the tablet downstairs.")
	note.Truncation = fyne.TextTruncateEllipsis
	note.TextStyle = fyne.TextStyle{Italic: true}
	del := widget.NewButtonWithIcon("", theme.DeleteIcon(), nil)
	return container.NewBorder(nil, nil, nil, del, container.NewVBox(container.NewBorder(nil, nil, when, nil, q), note))
}

func (s *Starters) updateHistoryRow(i widget.ListItemID, o fyne.CanvasObject) {
	if i >= len(s.history) {
		return
	}
	d := s.history[i]
	row := o.(*fyne.Container)
	texts := row.Objects[0].(*fyne.Container)
	line := texts.Objects[0].(*fyne.Container)
	line.Objects[0].(*widget.Label).SetText(s.questionFor(d.StarterID))
	line.Objects[1].(*widget.Label).SetText(d.Date)
	note := texts.Objects[1].(*widget.Label)
	note.SetText(d.Note)
	if d.Note == "" {
		note.SetText(s.tr.T("starters.history.no_note"))
	}
	del := row.Objects[1].(*widget.Button)
	del.OnTapped = func() { s.deleteDiscussion(d) }
}

// questionFor gives a starter's question, even for one since deleted.
func (s *Starters) questionFor(id string) string {
	if it, ok := s.item(id); ok {
		return it.question
	}
	return s.tr.T("starters.history.deleted_starter")
}

// deleteDiscussion removes a discussion at once and offers to undo it.
func (s *Starters) deleteDiscussion(d data.Discussion) {
	if err := s.store.DeleteDiscussion(d.ChildID, d.ID); err != nil {
		s.historyNote.SetText(err.Error())
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
			s.historyNote.SetText(s.explain(err))
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

// showOwnForm shows the form to add an own starter (o nil) or edit one.
func (s *Starters) showOwnForm(o *data.OwnStarter) {
	s.tabs.SelectIndex(0)
	title := s.tr.T("starters.own.add.title")
	var draft data.OwnStarter
	if o != nil {
		title = s.tr.T("starters.own.edit.title")
		draft = *o
	} else {
		if s.filter.band != "" {
			draft.Bands = []content.Band{s.filter.band}
		}
		draft.Topic = s.filter.topic
	}
	question := widgets.NewMultiLineEntry()
	question.SetText(draft.Question)
	question.SetPlaceHolder(s.tr.T("starters.own.question.placeholder"))
	question.SetMinRowsVisible(2)
	tip := widgets.NewMultiLineEntry()
	tip.SetText(draft.Tip)
	tip.SetPlaceHolder(s.tr.T("starters.own.tip.placeholder"))
	tip.SetMinRowsVisible(3)

	var bandNames []string
	for _, b := range content.Bands {
		bandNames = append(bandNames, s.tr.T(content.BandKey(b)))
	}
	bands := widget.NewCheckGroup(bandNames, nil)
	for _, b := range draft.Bands {
		bands.Selected = append(bands.Selected, s.tr.T(content.BandKey(b)))
	}
	var topicNames []string
	for _, t := range content.Topics {
		topicNames = append(topicNames, s.tr.T(content.TopicKey(t)))
	}
	topic := widget.NewSelect(topicNames, nil)
	topic.PlaceHolder = s.tr.T("starters.own.topic.placeholder")
	if i := slices.Index(content.Topics, draft.Topic); i >= 0 {
		topic.SetSelectedIndex(i)
	}

	problem := widgets.Problem()

	save := widget.NewButtonWithIcon(s.tr.T("starters.own.save"), theme.DocumentSaveIcon(), func() {
		draft.Question, draft.Tip = question.Text, tip.Text
		draft.Bands = nil
		for i, name := range bandNames {
			if slices.Contains(bands.Selected, name) {
				draft.Bands = append(draft.Bands, content.Bands[i])
			}
		}
		draft.Topic = ""
		if i := topic.SelectedIndex(); i >= 0 {
			draft.Topic = content.Topics[i]
		}
		if msg := s.checkOwn(draft); msg != "" {
			widgets.SetProblem(problem, msg)
			return
		}
		var err error
		if draft.ID == 0 {
			draft, err = s.store.AddOwnStarter(draft)
		} else {
			err = s.store.UpdateOwnStarter(draft)
		}
		if err != nil {
			widgets.SetProblem(problem, s.explain(err))
			return
		}
		s.reload()
		s.showDetail(draft.StarterID())
	})
	save.Importance = widget.HighImportance
	cancel := widget.NewButton(s.tr.T("starters.own.cancel"), func() { s.showDetail(s.open) })

	form := widget.NewForm(
		widget.NewFormItem(s.tr.T("starters.own.question"), question),
		widget.NewFormItem(s.tr.T("starters.own.tip"), tip),
		widget.NewFormItem(s.tr.T("starters.own.bands"), bands),
		widget.NewFormItem(s.tr.T("starters.own.topic"), topic),
	)
	s.setDetail(container.NewVScroll(container.NewPadded(container.NewVBox(
		widgets.Heading(title),
		widgets.Para(s.tr.T("starters.own.why")),
		form, problem, container.NewHBox(save, cancel)))))
	if c := fyne.CurrentApp().Driver().CanvasForObject(question); c != nil {
		c.Focus(question)
	}
}

// checkOwn refuses an incomplete own starter with words the user can act on.
func (s *Starters) checkOwn(o data.OwnStarter) string {
	switch {
	case strings.TrimSpace(o.Question) == "":
		return s.tr.T("starters.own.question.missing")
	case len([]rune(strings.TrimSpace(o.Question))) > data.MaxOwnQuestion:
		return s.tr.T("starters.own.question.long", map[string]any{"Max": data.MaxOwnQuestion})
	case len([]rune(strings.TrimSpace(o.Tip))) > data.MaxOwnTip:
		return s.tr.T("starters.own.tip.long", map[string]any{"Max": data.MaxOwnTip})
	case len(o.Bands) == 0:
		return s.tr.T("starters.own.bands.missing")
	case o.Topic == "":
		return s.tr.T("starters.own.topic.missing")
	}
	return ""
}
