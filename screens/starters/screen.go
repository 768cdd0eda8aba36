package starters

import (
	"slices"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"family-online-safety/content"
	"family-online-safety/data"
	"family-online-safety/screens"
	"family-online-safety/screens/widgets"
)

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

// Screen is the conversation starters screen: browse and filter the
// library, copy a starter, mark it discussed, and keep your own.
type Screen struct {
	env    screens.Env
	tr     screens.Translator
	store  Store
	copier screens.Copier

	kids   []data.Child
	items  []starterItem
	marks  map[string]data.StarterMark
	filter starterFilter
	shown  []int // indexes into items, in list order
	child  *data.Child
	open   string // id of the starter in the detail pane
	// formShown: the own-starter form is in the detail pane
	formShown bool
	ownAdd    *widget.Button // "Add your own": the focus comes back to it from its form

	childSel, bandSel, topicSel *widget.Select
	search                      *widgets.Entry
	simpleChk, favChk, hidChk   *widget.Check
	count                       *widget.Label
	noMatch                     fyne.CanvasObject
	list                        *widgets.List
	pick                        *widgets.ShortPick // the list in a narrow window
	pickCount                   *widget.Label
	detail                      *fyne.Container
	tabs                        *widgets.Tabs

	history     []data.Discussion
	historySel  *widget.Select // nil until the history tab is first shown
	historyFor  int            // the child (index into kids) it opens on
	historyList *widgets.List
	rows        *rowHeights // the list's row heights, for its width
	historyNote *widget.Label
	undo        *fyne.Container
	removed     *data.Discussion
}

// New builds the conversation starters screen.
func New(env screens.Env, store Store, copier screens.Copier) *Screen {
	return &Screen{env: env, tr: env.Tr, store: store, copier: copier}
}

// View renders the screen from the store.
func (s *Screen) View() fyne.CanvasObject {
	kids, err := s.store.ActiveChildren()
	if err == nil {
		err = s.load()
	}
	if err != nil {
		return widgets.EmptyState(theme.ErrorIcon(), s.tr.T("error.load"), screens.LoadProblem(s.tr, err), nil)
	}
	s.kids = kids

	s.list = widgets.NewList(func() int { return len(s.shown) },
		func() fyne.CanvasObject { return newStarterRow() },
		func(i widget.ListItemID, o fyne.CanvasObject) { s.updateRow(i, o.(*starterRow)) })
	s.list.OnSelected = func(i widget.ListItemID) {
		if i < len(s.shown) {
			s.showDetail(s.items[s.shown[i]].id)
			s.tabs.SelectIndex(0)
			s.pick.Choose(i)
		}
	}
	noMatch := widgets.Para(s.tr.T("starters.no_match"))
	noMatch.Alignment = fyne.TextAlignCenter
	s.noMatch = noMatch
	s.count = widget.NewLabel("")

	s.detail = container.NewStack()
	// The history is read when its tab is first shown: a child's
	// discussions need not be read to open the screen.
	s.tabs = widgets.NewLazyTabs(0, nil,
		widgets.LazyTab{Title: s.tr.T("starters.tab.starter"), Icon: theme.MailComposeIcon(),
			Build: func() fyne.CanvasObject { return s.detail }},
		widgets.LazyTab{Title: s.tr.T("starters.tab.history"), Icon: theme.HistoryIcon(), Build: s.historyView},
	)
	s.showDetail("")

	top := s.filterBar()
	s.rows = &rowHeights{s: s}
	left := container.NewBorder(nil, s.count, nil, nil, container.New(s.rows, s.list, container.NewCenter(s.noMatch)))
	// Half the width: the questions need the room; the whole one shows
	// when picked. A drop-down above the tabs when they need the width.
	fold, split := widgets.NewSideFold(left, s.tabs, s.pickRow(), 0.5, s.tabsWidth)
	fold.Yield = startersYield
	s.applyFilter()
	if s.env.Draft(draftOwnStarter).Found() { // typed before a quick exit or a crash
		s.showOwnForm(nil)
	}
	// The filters first in the tree: Tab reaches them before the list.
	return widgets.TopFirst(top, split)
}

// load reads the library, the family's own starters and the marks.
func (s *Screen) load() error {
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
func (s *Screen) reload() {
	if err := s.load(); err != nil {
		s.detail.Objects = []fyne.CanvasObject{widgets.EmptyState(theme.ErrorIcon(), s.tr.T("error.load"), screens.LoadProblem(s.tr, err), nil)}
		s.detail.Refresh()
		return
	}
	s.applyFilter()
}
