package agreement

import (
	"errors"
	"slices"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"family-online-safety/data"
	"family-online-safety/screens"
	"family-online-safety/screens/widgets"
)

// The agreement's sections, one shown at a time.
const (
	sectionLimits = iota
	sectionFree
	sectionRules
	sectionSign
)

var sectionKeys = []string{"agreement.tab.limits", "agreement.tab.free", "agreement.tab.rules", "agreement.tab.sign"}

var sectionIcons = []func() fyne.Resource{theme.HistoryIcon, theme.VisibilityOffIcon, theme.ListIcon, theme.ConfirmIcon}

// Screen is the family agreement screen: limits, device-free times and
// places, house rules, and signatures, in four tabs.
type Screen struct {
	env      screens.Env
	building bool // View is making the screen: nothing on it is drawn yet
	tr       screens.Translator
	store    Store
	children screens.ChildLister

	a       data.Agreement
	kids    []data.Child
	child   data.ID // whose limits the Limits section shows
	section int
	onPlace func(child data.ID, section int) // hears the child and tab shown; may be nil

	hols        []data.Holiday // the family's holiday periods
	holidayView bool           // the Limits section shows the holiday limits
	childPick   *widget.Select // the Limits section's Child drop-down, as last built

	tabs    *widgets.Tabs
	bodies  []*fyne.Container // one per tab; the selected one is built from the store
	notice  *fyne.Container   // undo bar and save errors
	banner  *fyne.Container   // signed / changed / review due
	deleted string            // what the last deletion removed, for the undo bar

	// Device-free section parts, rebuilt on their own so the form keeps
	// what is being typed.
	windowsBox *fyne.Container
	freeDels   []*widgets.TipButton // each time's Delete, in order (free.go)
	form       *windowForm

	files *screens.Files // Print, Save as PDF, Add to calendar; nil without WithPrinting
}

// New builds the family agreement screen.
func New(env screens.Env, store Store, children screens.ChildLister) *Screen {
	return &Screen{env: env, tr: env.Tr, store: store, children: children}
}

// At opens the screen on child's limits (if still here) and section, as
// the carer left it: a screen built again after changes came in keeps
// the child and tab the carer was on.
func (s *Screen) At(child data.ID, section int) *Screen {
	s.child = child
	if section >= 0 && section < len(sectionKeys) {
		s.section = section
	}
	return s
}

// OnPlace hears the child and tab shown whenever either changes.
func (s *Screen) OnPlace(fn func(child data.ID, section int)) *Screen {
	s.onPlace = fn
	return s
}

// View renders the screen from the store.
func (s *Screen) View() fyne.CanvasObject {
	if err := s.load(); err != nil {
		return widgets.EmptyState(theme.ErrorIcon(), s.tr.T("error.load"), screens.LoadProblem(s.tr, err), nil)
	}
	s.bodies = nil
	var items []*container.TabItem
	for i, key := range sectionKeys {
		s.bodies = append(s.bodies, container.NewStack())
		items = append(items, widgets.NewTabItem(s.tr.T(key), sectionIcons[i](), s.bodies[i]))
	}
	s.tabs = widgets.NewEmptyTabs(s.section, items...)
	s.tabs.OnSelected = func(*container.TabItem) { s.showSection(s.tabs.SelectedIndex()) }
	s.notice = container.NewVBox()
	s.banner = container.NewVBox()
	intro := widgets.Para(s.tr.T("agreement.intro"))
	// The print buttons share the heading's line: at 800×600 the tabs
	// below need the height.
	heading := container.NewBorder(nil, nil, nil, s.printBar(), widgets.Heading(s.tr.T("nav.agreement")))
	// The agreement's state comes and goes in room that is kept, and the
	// undo bar or a save error shows in room kept under the tab, so the
	// tabs never move under a click.
	top := container.NewVBox(heading, intro, widgets.KeepRoom(s.banner))
	s.refreshBanner()
	s.building = true // the window lays the new view out: no refresh needed
	s.showSection(s.section)
	s.building = false
	return widgets.TopFirst(container.NewPadded(top), widgets.NoticeBelow(s.tabs, s.notice))
}

func (s *Screen) load() error {
	a, err := s.store.Agreement()
	if err != nil {
		return err
	}
	kids, err := s.children.ActiveChildren()
	if err != nil {
		return err
	}
	hols, err := s.store.Holidays()
	if err != nil {
		return err
	}
	s.a, s.kids, s.hols = a, kids, hols
	if len(kids) > 0 && !slices.ContainsFunc(kids, func(c data.Child) bool { return c.ID == s.child }) {
		s.child = kids[0].ID
	}
	return nil
}

// showSection builds tab i from the store and shows it.
func (s *Screen) showSection(i int) {
	at, again := s.scrolledTo(i) // the same tab drawn again keeps its scroll
	s.section = i
	if s.onPlace != nil {
		s.onPlace(s.child, i)
	}
	if s.tabs.SelectedIndex() != i {
		s.tabs.SelectIndex(i) // calls back here through OnSelected
		return
	}
	var obj fyne.CanvasObject
	switch i {
	case sectionLimits:
		obj = s.limitsSection()
	case sectionFree:
		obj = s.freeSection()
	case sectionRules:
		obj = s.rulesSection()
	default:
		obj = s.signSection()
	}
	for j, b := range s.bodies {
		if j != i {
			b.Objects = nil // only the tab on show is kept up to date
		}
	}
	s.bodies[i].Objects = []fyne.CanvasObject{obj}
	if !s.building {
		s.bodies[i].Refresh()
	}
	if page, ok := obj.(*container.Scroll); ok && again {
		page.ScrollToOffset(at)
	}
}

// scrolledTo is where tab i's page is scrolled to, when it is the tab on
// show (drawn again after a change made on it, such as a place added
// with Return).
func (s *Screen) scrolledTo(i int) (fyne.Position, bool) {
	if i != s.section || s.tabs.SelectedIndex() != i || len(s.bodies[i].Objects) != 1 {
		return fyne.Position{}, false
	}
	page, ok := s.bodies[i].Objects[0].(*container.Scroll)
	if !ok {
		return fyne.Position{}, false
	}
	return page.Offset, true
}

// saved runs after every store call: it shows a refused change inline,
// reloads the agreement and redraws the parts that depend on it. Whole
// sections are redrawn only when redraw is true, so a field being typed
// in keeps its focus.
func (s *Screen) saved(err error, redraw bool) bool {
	s.notice.RemoveAll()
	if err != nil && !errors.Is(err, data.ErrInvalid) {
		s.notice.Add(dangerLabel(messages.Say(s.tr, err)))
	}
	if lerr := s.load(); lerr != nil {
		s.notice.Add(dangerLabel(screens.LoadProblem(s.tr, lerr)))
	}
	s.refreshBanner()
	if s.deleted != "" && s.a.Undo != nil {
		undo := widget.NewButtonWithIcon(s.tr.T("agreement.undo"), theme.ContentUndoIcon(), s.undo)
		s.notice.Add(container.NewBorder(nil, nil, nil, undo,
			widgets.Para(s.tr.T("agreement.deleted", map[string]any{"What": s.deleted}))))
	}
	if redraw {
		s.showSection(s.section)
	}
	return err == nil
}

// refusal is what to say under a value the store refused; "" when it was
// saved, or failed for another reason (saved shows that above the tabs).
func (s *Screen) refusal(err error) string {
	if !errors.Is(err, data.ErrInvalid) {
		return ""
	}
	return messages.Say(s.tr, err)
}

// refused is err when the store refused a value, nil for anything else
// (saved shows that above the tabs).
func refused(err error) error {
	if errors.Is(err, data.ErrInvalid) {
		return err
	}
	return nil
}

func (s *Screen) undo() {
	err := s.store.UndoDelete()
	s.deleted = ""
	s.saved(err, true)
	if s.section == sectionFree && s.windowsBox != nil {
		s.refreshWindows()
	}
}

func dangerLabel(text string) *widget.Label {
	l := widgets.Para(text)
	l.Importance = widget.DangerImportance
	return l
}

func (s *Screen) refreshBanner() {
	if s.banner == nil {
		return
	}
	s.banner.RemoveAll()
	now := s.env.Now()
	switch {
	case s.a.ReviewDue(now):
		l := widgets.Para(s.tr.T("agreement.banner.review_due", map[string]any{"Date": formatDate(s.tr, s.a.ReviewOn())}))
		l.Importance = widget.WarningImportance
		s.banner.Add(l)
	case s.a.Signed():
		l := widgets.Para(s.tr.T("agreement.banner.signed", map[string]any{
			"Date": formatDate(s.tr, s.a.AgreedOn()), "Review": formatDate(s.tr, s.a.ReviewOn())}))
		l.Importance = widget.SuccessImportance
		s.banner.Add(l)
	case !s.a.ChangedAt.IsZero():
		l := widgets.Para(s.tr.T("agreement.banner.changed"))
		l.Importance = widget.WarningImportance
		s.banner.Add(l)
	}
}

func (s *Screen) kidName(id data.ID) string {
	for _, c := range s.kids {
		if c.ID == id {
			return c.Name
		}
	}
	return ""
}
