package screens

import (
	"errors"
	"slices"
	"strconv"
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

// AgreementStore is what the family agreement screen reads and changes.
// Each call is one saved change.
type AgreementStore interface {
	Agreement() (data.Agreement, error)
	AgreementHistory() ([]data.AgreementVersion, error)
	SetLimit(child data.ID, day int, l data.Limit) error
	SetWeek(child data.ID, w data.Week) error
	AddWindow(w data.Window) (data.Window, error)
	UpdateWindow(w data.Window) error
	DeleteWindow(id data.ID) error
	SetPlace(key string, on bool) error
	AddItem(l data.List, text string) (data.Item, error)
	UpdateItem(l data.List, id data.ID, text string) error
	MoveItem(l data.List, id data.ID, delta int) error
	DeleteItem(l data.List, id data.ID) error
	UndoDelete() error
	Sign(name string, at time.Time) error
	SetReviewMonths(months int) error
}

// The agreement's sections, one shown at a time.
const (
	sectionLimits = iota
	sectionFree
	sectionRules
	sectionSign
)

var sectionKeys = []string{"agreement.tab.limits", "agreement.tab.free", "agreement.tab.rules", "agreement.tab.sign"}

// Agreement is the family agreement screen: limits, device-free times and
// places, house rules, and signatures, in four sections.
type Agreement struct {
	tr       Translator
	store    AgreementStore
	children ChildLister

	a       data.Agreement
	kids    []data.Child
	child   data.ID // whose limits the Limits section shows
	section int

	tabs    []*widget.Button
	body    *fyne.Container // the section shown
	notice  *fyne.Container // undo bar and save errors
	banner  *fyne.Container // signed / changed / review due
	deleted string          // what the last deletion removed, for the undo bar

	// Device-free section parts, rebuilt on their own so the form keeps
	// what is being typed.
	windowsBox *fyne.Container
	form       *windowForm
}

// NewAgreement builds the family agreement screen.
func NewAgreement(tr Translator, store AgreementStore, children ChildLister) *Agreement {
	return &Agreement{tr: tr, store: store, children: children}
}

// View renders the screen from the store.
func (s *Agreement) View() fyne.CanvasObject {
	if err := s.load(); err != nil {
		return widgets.EmptyState(theme.ErrorIcon(), s.tr.T("error.load"), err.Error(), nil)
	}
	s.tabs = nil
	tabRow := container.NewHBox()
	for i, key := range sectionKeys {
		b := widget.NewButton(s.tr.T(key), func() { s.showSection(i) })
		s.tabs = append(s.tabs, b)
		tabRow.Add(b)
	}
	s.notice = container.NewVBox()
	s.banner = container.NewVBox()
	s.body = container.NewStack()
	intro := widgets.Para(s.tr.T("agreement.intro"))
	top := container.NewVBox(widgets.Heading(s.tr.T("nav.agreement")), intro, s.banner, tabRow, widget.NewSeparator(), s.notice)
	s.refreshBanner()
	s.showSection(s.section)
	return container.NewBorder(container.NewPadded(top), nil, nil, nil, s.body)
}

func (s *Agreement) load() error {
	a, err := s.store.Agreement()
	if err != nil {
		return err
	}
	kids, err := s.children.ActiveChildren()
	if err != nil {
		return err
	}
	s.a, s.kids = a, kids
	if len(kids) > 0 && !slices.ContainsFunc(kids, func(c data.Child) bool { return c.ID == s.child }) {
		s.child = kids[0].ID
	}
	return nil
}

// showSection switches the section shown, building it from the store.
func (s *Agreement) showSection(i int) {
	s.section = i
	for j, b := range s.tabs {
		b.Importance = widget.MediumImportance
		if j == i {
			b.Importance = widget.HighImportance
		}
		b.Refresh()
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
	s.body.Objects = []fyne.CanvasObject{obj}
	s.body.Refresh()
}

// saved runs after every store call: it shows a refused change inline,
// reloads the agreement and redraws the parts that depend on it. Whole
// sections are redrawn only when redraw is true, so a field being typed
// in keeps its focus.
func (s *Agreement) saved(err error, redraw bool) bool {
	s.notice.RemoveAll()
	if err != nil && !errors.Is(err, data.ErrInvalid) {
		s.notice.Add(dangerLabel(s.tr.T("agreement.save_failed", map[string]any{"Error": err.Error()})))
	}
	if lerr := s.load(); lerr != nil {
		s.notice.Add(dangerLabel(lerr.Error()))
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

func (s *Agreement) undo() {
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

func (s *Agreement) refreshBanner() {
	if s.banner == nil {
		return
	}
	s.banner.RemoveAll()
	now := Now()
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

func (s *Agreement) kidName(id data.ID) string {
	for _, c := range s.kids {
		if c.ID == id {
			return c.Name
		}
	}
	return ""
}

// ---- Limits ----

func (s *Agreement) limitsSection() fyne.CanvasObject {
	if len(s.kids) == 0 {
		return widgets.Page(widgets.Para(s.tr.T("agreement.limits.no_children")))
	}
	var names []string
	for _, c := range s.kids {
		names = append(names, c.Name)
	}
	pick := widget.NewSelect(names, nil)
	pick.SetSelected(s.kidName(s.child))
	pick.OnChanged = func(name string) {
		for _, c := range s.kids {
			if c.Name == name && c.ID != s.child {
				s.child = c.ID
				s.showSection(sectionLimits)
			}
		}
	}
	week := s.a.WeekFor(s.child)
	rows := container.NewVBox()
	for day := range 7 {
		rows.Add(s.limitRow(day, week[day]))
	}
	return widgets.Page(
		widget.NewForm(widget.NewFormItem(s.tr.T("agreement.limits.child"), pick)),
		widgets.Para(s.tr.T("agreement.limits.explain")),
		widget.NewCard(s.tr.T("agreement.limits.week"), "", rows),
		s.presetsCard(),
		s.suggestionsCard(),
	)
}

// hmBoxes is a pair of narrow boxes for hours and minutes.
func (s *Agreement) hmBoxes(l data.Limit) (*widgets.Entry, *widgets.Entry, fyne.CanvasObject) {
	h, m := widgets.NewEntry(), widgets.NewEntry()
	h.Text, m.Text = limitBoxes(l)
	h.PlaceHolder, m.PlaceHolder = "–", "–"
	size := fyne.NewSize(64, h.MinSize().Height)
	return h, m, container.NewHBox(
		container.NewGridWrap(size, h), widget.NewLabel(s.tr.T("agreement.limits.hours")),
		container.NewGridWrap(size, m), widget.NewLabel(s.tr.T("agreement.limits.minutes")))
}

func (s *Agreement) limitRow(day int, l data.Limit) fyne.CanvasObject {
	h, m, boxes := s.hmBoxes(l)
	note := widget.NewLabel("")
	msg := widgets.Problem()
	describe := func(l data.Limit) {
		switch {
		case !l.Set:
			note.SetText(s.tr.T("agreement.limits.none"))
		case l.Minutes == 0:
			note.SetText(s.tr.T("agreement.limits.zero"))
		default:
			note.SetText("")
		}
	}
	describe(l)
	changed := func(string) {
		lim, ok := parseLimit(h.Text, m.Text)
		if !ok {
			widgets.SetProblem(msg, s.tr.T("agreement.limits.invalid"))
			return
		}
		widgets.SetProblem(msg, "")
		if s.saved(s.store.SetLimit(s.child, day, lim), false) {
			describe(lim)
		}
	}
	h.OnChanged, m.OnChanged = changed, changed
	name := widget.NewLabelWithStyle(dayName(s.tr, day), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	dayBox := container.NewGridWrap(fyne.NewSize(130, name.MinSize().Height), name)
	return container.NewVBox(container.NewHBox(dayBox, boxes, note), msg)
}

func (s *Agreement) presetsCard() fyne.CanvasObject {
	msg := widgets.Problem()
	apply := func(week data.Week) {
		widgets.SetProblem(msg, "")
		s.saved(s.store.SetWeek(s.child, week), true)
	}
	everyH, everyM, everyBoxes := s.hmBoxes(data.Limit{})
	every := widget.NewButton(s.tr.T("agreement.preset.every.apply"), func() {
		l, ok := parseLimit(everyH.Text, everyM.Text)
		if !ok || !l.Set {
			widgets.SetProblem(msg, s.tr.T("agreement.limits.invalid"))
			return
		}
		apply(data.Week{l, l, l, l, l, l, l})
	})
	schoolH, schoolM, schoolBoxes := s.hmBoxes(data.Limit{})
	endH, endM, endBoxes := s.hmBoxes(data.Limit{})
	split := widget.NewButton(s.tr.T("agreement.preset.split.apply"), func() {
		sl, ok1 := parseLimit(schoolH.Text, schoolM.Text)
		wl, ok2 := parseLimit(endH.Text, endM.Text)
		if !ok1 || !ok2 || !sl.Set || !wl.Set {
			widgets.SetProblem(msg, s.tr.T("agreement.limits.invalid"))
			return
		}
		apply(data.Week{sl, sl, sl, sl, sl, wl, wl})
	})
	clearAll := widget.NewButtonWithIcon(s.tr.T("agreement.preset.clear"), theme.ContentClearIcon(), func() { apply(data.Week{}) })
	return widget.NewCard(s.tr.T("agreement.preset.title"), s.tr.T("agreement.preset.subtitle"), container.NewVBox(
		widget.NewForm(
			widget.NewFormItem(s.tr.T("agreement.preset.every"), container.NewHBox(everyBoxes, every)),
			widget.NewFormItem(s.tr.T("agreement.preset.school"), schoolBoxes),
			widget.NewFormItem(s.tr.T("agreement.preset.weekend"), container.NewHBox(endBoxes, split)),
		),
		msg,
		container.NewHBox(clearAll),
	))
}

// suggestionsCard offers the age-based starting points for the child.
func (s *Agreement) suggestionsCard() fyne.CanvasObject {
	var child data.Child
	for _, c := range s.kids {
		if c.ID == s.child {
			child = c
		}
	}
	age := child.AgeOn(Now())
	box := container.NewVBox(widgets.Para(s.tr.T("agreement.suggest.explain")))
	for _, sg := range content.ScreenTimeFor(age) {
		text := s.tr.T(sg.TextKey(), map[string]any{"Start": clock(sg.Start), "End": clock(sg.End), "Name": child.Name})
		src := widget.NewLabelWithStyle(s.tr.T("agreement.suggest.source",
			map[string]any{"Source": sg.Source.Name, "Checked": string(sg.Source.Checked)}),
			fyne.TextAlignLeading, fyne.TextStyle{Italic: true})
		src.Wrapping = fyne.TextWrapWord
		src.SizeName = theme.SizeNameCaptionText
		item := container.NewVBox(widgets.Para(text), src)
		if b := s.suggestionButton(sg, child); b != nil {
			item.Add(container.NewHBox(b))
		}
		box.Add(item)
		box.Add(widget.NewSeparator())
	}
	title := s.tr.T("agreement.suggest.title", map[string]any{"Name": child.Name})
	return widget.NewCard(title, s.tr.N("child.age", age), box)
}

func (s *Agreement) suggestionButton(sg content.ScreenTimeSuggestion, child data.Child) *widget.Button {
	var b *widget.Button
	switch sg.Kind {
	case content.SuggestLimit:
		l := data.Minutes(sg.Minutes)
		b = widget.NewButtonWithIcon(s.tr.T("agreement.suggest.use_limit"), theme.ConfirmIcon(), func() {
			s.saved(s.store.SetWeek(child.ID, data.Week{l, l, l, l, l, l, l}), true)
		})
		if s.a.WeekFor(child.ID) == (data.Week{l, l, l, l, l, l, l}) {
			b.SetText(s.tr.T("agreement.suggest.in_use"))
			b.Disable()
		}
	case content.SuggestWindow:
		label := s.tr.T(sg.LabelKey())
		w := data.Window{Label: label, Days: data.EveryDay, Start: sg.Start, End: sg.End, Children: []data.ID{child.ID}}
		b = widget.NewButtonWithIcon(s.tr.T("agreement.suggest.add_window"), theme.ContentAddIcon(), func() {
			_, err := s.store.AddWindow(w)
			s.saved(err, true)
		})
		if slices.ContainsFunc(s.a.Windows, func(x data.Window) bool {
			return x.Start == w.Start && x.End == w.End && x.AppliesTo(child.ID)
		}) {
			b.SetText(s.tr.T("agreement.suggest.in_use"))
			b.Disable()
		}
	case content.SuggestPlace:
		b = widget.NewButtonWithIcon(s.tr.T("agreement.suggest.add_place"), theme.ContentAddIcon(), func() {
			s.saved(s.store.SetPlace(sg.Place, true), true)
		})
		if s.a.HasPlace(sg.Place) {
			b.SetText(s.tr.T("agreement.suggest.in_use"))
			b.Disable()
		}
	}
	return b
}

// ---- Device-free times and places ----

func (s *Agreement) freeSection() fyne.CanvasObject {
	s.windowsBox = container.NewVBox()
	s.refreshWindows()
	s.form = newWindowForm(s)
	return widgets.Page(
		widget.NewCard(s.tr.T("agreement.free.title"), s.tr.T("agreement.free.subtitle"), s.windowsBox),
		s.form.card,
		s.placesCard(),
	)
}

func (s *Agreement) refreshWindows() {
	s.windowsBox.RemoveAll()
	if len(s.a.Windows) == 0 {
		s.windowsBox.Add(widgets.Para(s.tr.T("agreement.free.empty")))
	}
	for _, w := range s.a.Windows {
		title := widget.NewLabelWithStyle(w.Label, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
		detail := widgets.Para(s.tr.T("agreement.window.summary", map[string]any{
			"Days": formatDays(s.tr, w.Days), "Times": formatTimes(s.tr, w), "Who": formatWho(s.tr, w, s.kids)}))
		edit := widget.NewButtonWithIcon(s.tr.T("agreement.edit"), theme.DocumentCreateIcon(), func() { s.form.edit(w) })
		del := widget.NewButtonWithIcon(s.tr.T("agreement.delete"), theme.DeleteIcon(), func() {
			s.deleted = w.Label
			s.saved(s.store.DeleteWindow(w.ID), false)
			if s.form.editing == w.ID {
				s.form.reset()
			}
			s.refreshWindows()
		})
		s.windowsBox.Add(container.NewBorder(nil, nil, nil, container.NewHBox(edit, del), container.NewVBox(title, detail)))
	}
	s.windowsBox.Refresh()
}

// windowForm adds a device-free time, or changes one: a change to a saved
// time is saved as it is made.
type windowForm struct {
	s       *Agreement
	editing data.ID // 0 when adding

	card     *widget.Card
	label    *widgets.Entry
	days     []*widget.Check
	start    *widgets.Entry
	end      *widgets.Entry
	everyone *widget.Check
	kids     []*widget.Check
	msg      *widget.Label
	add      *widget.Button
	done     *widget.Button
	quiet    bool // set while filling the form, so no save is triggered
}

func newWindowForm(s *Agreement) *windowForm {
	f := &windowForm{s: s}
	tr := s.tr
	f.label = widgets.NewEntry()
	f.label.SetPlaceHolder(tr.T("agreement.window.label.placeholder"))
	quick := container.NewHBox()
	for _, key := range []string{"agreement.window.quick.bedtime", "agreement.window.quick.dinner", "agreement.window.quick.homework"} {
		text := tr.T(key)
		quick.Add(widget.NewButton(text, func() { f.label.SetText(text) }))
	}
	dayRow := container.NewHBox()
	for i := range 7 {
		c := widget.NewCheck(dayShort(tr, i), func(bool) { f.changed() })
		f.days = append(f.days, c)
		dayRow.Add(c)
	}
	setDays := func(d data.Days) func() {
		return func() {
			f.quiet = true
			for i, c := range f.days {
				c.SetChecked(d[i])
			}
			f.quiet = false
			f.changed()
		}
	}
	dayPresets := container.NewHBox(
		widget.NewButton(tr.T("agreement.days.every"), setDays(data.EveryDay)),
		widget.NewButton(tr.T("agreement.days.school"), setDays(data.SchoolDays)),
		widget.NewButton(tr.T("agreement.days.weekend"), setDays(data.Weekend)),
	)
	f.start, f.end = widgets.NewEntry(), widgets.NewEntry()
	f.start.SetPlaceHolder("20:30")
	f.end.SetPlaceHolder("07:00")
	size := fyne.NewSize(90, f.start.MinSize().Height)
	times := container.NewHBox(container.NewGridWrap(size, f.start), widget.NewLabel(tr.T("agreement.window.to")), container.NewGridWrap(size, f.end))
	f.everyone = widget.NewCheck(tr.T("agreement.window.everyone"), func(on bool) {
		for _, c := range f.kids {
			if on {
				c.Disable()
			} else {
				c.Enable()
			}
		}
		f.changed()
	})
	who := container.NewHBox(f.everyone)
	for range s.kids {
		c := widget.NewCheck("", func(bool) { f.changed() })
		f.kids = append(f.kids, c)
		who.Add(c)
	}
	for i, c := range s.kids {
		f.kids[i].Text = c.Name
	}
	f.label.OnChanged = func(string) { f.changed() }
	f.start.OnChanged = func(string) { f.changed() }
	f.end.OnChanged = func(string) { f.changed() }
	f.msg = widgets.Problem()
	f.add = widget.NewButtonWithIcon(tr.T("agreement.window.add"), theme.ContentAddIcon(), f.submit)
	f.add.Importance = widget.HighImportance
	f.done = widget.NewButtonWithIcon(tr.T("agreement.window.done"), theme.ConfirmIcon(), f.reset)
	form := widget.NewForm(
		widget.NewFormItem(tr.T("agreement.window.label"), container.NewVBox(f.label, quick)),
		widget.NewFormItem(tr.T("agreement.window.days"), container.NewVBox(dayRow, dayPresets)),
		widget.NewFormItem(tr.T("agreement.window.when"), times),
		widget.NewFormItem(tr.T("agreement.window.who"), who),
	)
	f.card = widget.NewCard("", tr.T("agreement.window.hint"), container.NewVBox(form, f.msg, container.NewHBox(f.add, f.done)))
	f.reset()
	return f
}

// reset empties the form for a new device-free time.
func (f *windowForm) reset() {
	f.fill(data.Window{Days: data.EveryDay, Everyone: true})
	f.editing = 0
	f.start.SetText("")
	f.end.SetText("")
	f.card.SetTitle(f.s.tr.T("agreement.window.new"))
	f.add.Show()
	f.done.Hide()
	widgets.SetProblem(f.msg, "")
}

// edit fills the form with a saved time; changes then save as made.
func (f *windowForm) edit(w data.Window) {
	f.editing = 0
	f.fill(w)
	f.editing = w.ID
	f.card.SetTitle(f.s.tr.T("agreement.window.editing", map[string]any{"Label": w.Label}))
	f.add.Hide()
	f.done.Show()
	widgets.SetProblem(f.msg, "")
	f.s.freeFocus(f.label)
}

func (f *windowForm) fill(w data.Window) {
	f.quiet = true
	defer func() { f.quiet = false }()
	f.label.SetText(w.Label)
	for i, c := range f.days {
		c.SetChecked(w.Days[i])
	}
	f.start.SetText(clock(w.Start))
	f.end.SetText(clock(w.End))
	f.everyone.SetChecked(w.Everyone)
	for i, c := range f.kids {
		c.SetChecked(!w.Everyone && slices.Contains(w.Children, f.s.kids[i].ID))
	}
}

// read turns the form into a window, or says what is wrong.
func (f *windowForm) read() (data.Window, string) {
	tr := f.s.tr
	w := data.Window{ID: f.editing, Label: strings.TrimSpace(f.label.Text), Everyone: f.everyone.Checked}
	for i, c := range f.days {
		w.Days[i] = c.Checked
	}
	for i, c := range f.kids {
		if c.Checked {
			w.Children = append(w.Children, f.s.kids[i].ID)
		}
	}
	var okS, okE bool
	w.Start, okS = parseClock(f.start.Text)
	w.End, okE = parseClock(f.end.Text)
	switch {
	case w.Label == "":
		return w, tr.T("agreement.window.err.label")
	case !w.Days.Any():
		return w, tr.T("agreement.window.err.days")
	case !okS || !okE:
		return w, tr.T("agreement.window.err.time")
	case w.Start == w.End:
		return w, tr.T("agreement.window.err.same")
	case !w.Everyone && len(w.Children) == 0:
		return w, tr.T("agreement.window.err.who")
	}
	return w, ""
}

// changed saves an edited window as it is typed, when it is valid.
func (f *windowForm) changed() {
	if f.quiet || f.editing == 0 {
		return
	}
	w, problem := f.read()
	widgets.SetProblem(f.msg, problem)
	if problem != "" {
		return
	}
	if f.s.saved(f.s.store.UpdateWindow(w), false) {
		f.card.SetTitle(f.s.tr.T("agreement.window.editing", map[string]any{"Label": w.Label}))
		f.s.refreshWindows()
	}
}

func (f *windowForm) submit() {
	w, problem := f.read()
	widgets.SetProblem(f.msg, problem)
	if problem != "" {
		return
	}
	_, err := f.s.store.AddWindow(w)
	if err != nil && errors.Is(err, data.ErrInvalid) {
		widgets.SetProblem(f.msg, f.s.tr.T("agreement.window.err.full"))
	}
	if f.s.saved(err, false) {
		f.reset()
		f.s.refreshWindows()
	}
}

// freeFocus moves the keyboard focus to a field, when shown in a window.
func (s *Agreement) freeFocus(o fyne.Focusable) {
	if c := fyne.CurrentApp().Driver().CanvasForObject(s.body); c != nil {
		c.Focus(o)
	}
}

func (s *Agreement) placesCard() fyne.CanvasObject {
	box := container.NewVBox()
	for _, key := range data.BuiltinPlaces {
		c := widget.NewCheck(s.tr.T("agreement.place."+key), nil)
		c.SetChecked(s.a.HasPlace(key))
		c.OnChanged = func(on bool) { s.saved(s.store.SetPlace(key, on), false) }
		box.Add(c)
	}
	box.Add(s.itemList(data.ListPlaces, false))
	return widget.NewCard(s.tr.T("agreement.places.title"), s.tr.T("agreement.places.subtitle"), box)
}

// ---- Rules, promises, consequences ----

func (s *Agreement) rulesSection() fyne.CanvasObject {
	return widgets.Page(
		widget.NewCard(s.tr.T("agreement.rules.title"), s.tr.T("agreement.rules.subtitle"), s.itemList(data.ListRules, true)),
		widget.NewCard(s.tr.T("agreement.promises.title"), s.tr.T("agreement.promises.subtitle"), s.itemList(data.ListPromises, true)),
		widget.NewCard(s.tr.T("agreement.consequences.title"), s.tr.T("agreement.consequences.subtitle"), s.itemList(data.ListConsequences, true)),
	)
}

// suggestionKeys are the built-in suggestions offered for each list.
var suggestionKeys = map[data.List][]string{
	data.ListRules: {
		"agreement.suggest.rule.ask-download", "agreement.suggest.rule.tell-adult",
		"agreement.suggest.rule.private", "agreement.suggest.rule.dinner",
		"agreement.suggest.rule.meet-friends",
	},
	data.ListPromises: {
		"agreement.suggest.promise.calm", "agreement.suggest.promise.no-blame",
		"agreement.suggest.promise.no-taking",
	},
	data.ListConsequences: {
		"agreement.suggest.consequence.talk", "agreement.suggest.consequence.put-right",
		"agreement.suggest.consequence.shorter",
	},
}

// itemList shows an ordered list whose entries are edited in place, with
// a box to add one and, where there are any, suggestions not yet used.
func (s *Agreement) itemList(l data.List, ordered bool) fyne.CanvasObject {
	box := container.NewVBox()
	items := s.a.List(l)
	msg := widgets.Problem()
	for i, it := range items {
		e := widgets.NewEntry()
		e.SetText(it.Text)
		e.OnChanged = func(text string) {
			if strings.TrimSpace(text) == "" {
				widgets.SetProblem(msg, s.tr.T("agreement.item.empty"))
				return
			}
			widgets.SetProblem(msg, "")
			s.saved(s.store.UpdateItem(l, it.ID, text), false)
		}
		del := widget.NewButtonWithIcon("", theme.DeleteIcon(), func() {
			s.deleted = it.Text
			s.saved(s.store.DeleteItem(l, it.ID), true)
		})
		buttons := container.NewHBox()
		if ordered {
			up := widget.NewButtonWithIcon("", theme.MoveUpIcon(), func() { s.saved(s.store.MoveItem(l, it.ID, -1), true) })
			down := widget.NewButtonWithIcon("", theme.MoveDownIcon(), func() { s.saved(s.store.MoveItem(l, it.ID, +1), true) })
			if i == 0 {
				up.Disable()
			}
			if i == len(items)-1 {
				down.Disable()
			}
			buttons.Add(up)
			buttons.Add(down)
		}
		buttons.Add(del)
		var lead fyne.CanvasObject
		if ordered {
			lead = widget.NewLabel(strconv.Itoa(i+1) + ".")
		}
		box.Add(container.NewBorder(nil, nil, lead, buttons, e))
	}
	if len(items) == 0 {
		box.Add(widgets.Para(s.tr.T("agreement.item.none." + string(l))))
	}
	box.Add(msg)
	add := widgets.NewEntry()
	add.SetPlaceHolder(s.tr.T("agreement.item.placeholder." + string(l)))
	addMsg := widgets.Problem()
	submit := func() {
		if strings.TrimSpace(add.Text) == "" {
			widgets.SetProblem(addMsg, s.tr.T("agreement.item.empty"))
			return
		}
		_, err := s.store.AddItem(l, add.Text)
		if errors.Is(err, data.ErrInvalid) {
			widgets.SetProblem(addMsg, s.tr.T("agreement.item.refused"))
		}
		s.saved(err, err == nil)
	}
	add.OnSubmitted = func(string) { submit() }
	addBtn := widget.NewButtonWithIcon(s.tr.T("agreement.item.add."+string(l)), theme.ContentAddIcon(), submit)
	box.Add(container.NewBorder(nil, nil, nil, addBtn, add))
	box.Add(addMsg)

	var offers []fyne.CanvasObject
	for _, key := range suggestionKeys[l] {
		text := s.tr.T(key)
		if slices.ContainsFunc(items, func(it data.Item) bool { return it.Text == text }) {
			continue
		}
		b := widget.NewButtonWithIcon(text, theme.ContentAddIcon(), func() {
			_, err := s.store.AddItem(l, text)
			s.saved(err, true)
		})
		b.Alignment = widget.ButtonAlignLeading
		b.Importance = widget.LowImportance
		offers = append(offers, b)
	}
	if len(offers) > 0 {
		box.Add(widget.NewLabelWithStyle(s.tr.T("agreement.item.suggestions"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true}))
		box.Add(container.NewVBox(offers...))
	}
	return box
}

// ---- Signatures ----

var reviewChoices = []int{1, 3, 6, 12}

func (s *Agreement) signSection() fyne.CanvasObject {
	tr := s.tr
	status := container.NewVBox()
	switch {
	case s.a.Signed():
		status.Add(widgets.Para(tr.T("agreement.sign.agreed", map[string]any{"Date": formatDate(tr, s.a.AgreedOn()), "Version": s.a.Version})))
		status.Add(widgets.Para(tr.T("agreement.sign.review_on", map[string]any{"Date": formatDate(tr, s.a.ReviewOn())})))
		if s.a.ReviewDue(Now()) {
			due := widgets.Para(tr.T("agreement.sign.review_due"))
			due.Importance = widget.WarningImportance
			status.Add(due)
		}
	case !s.a.ChangedAt.IsZero():
		status.Add(widgets.Para(tr.T("agreement.sign.changed", map[string]any{"Date": formatDate(tr, s.a.ChangedAt)})))
	default:
		status.Add(widgets.Para(tr.T("agreement.sign.not_yet")))
	}
	names := container.NewVBox()
	for _, sig := range s.a.Signatures {
		names.Add(container.NewHBox(widget.NewIcon(theme.ConfirmIcon()),
			widget.NewLabelWithStyle(sig.Name, fyne.TextAlignLeading, fyne.TextStyle{Bold: true}),
			widget.NewLabel(formatDate(tr, sig.SignedAt))))
	}
	status.Add(names)

	name := widgets.NewEntry()
	name.SetPlaceHolder(tr.T("agreement.sign.placeholder"))
	msg := widgets.Problem()
	sign := func() {
		if strings.TrimSpace(name.Text) == "" {
			widgets.SetProblem(msg, tr.T("agreement.sign.err.empty"))
			return
		}
		err := s.store.Sign(name.Text, Now())
		switch {
		case errors.Is(err, data.ErrAlreadySigned):
			widgets.SetProblem(msg, tr.T("agreement.sign.err.twice", map[string]any{"Name": strings.TrimSpace(name.Text)}))
		case errors.Is(err, data.ErrInvalid):
			widgets.SetProblem(msg, tr.T("agreement.sign.err.invalid"))
		}
		s.saved(err, err == nil)
	}
	name.OnSubmitted = func(string) { sign() }
	signBtn := widget.NewButtonWithIcon(tr.T("agreement.sign.button"), theme.ConfirmIcon(), sign)
	signBtn.Importance = widget.HighImportance

	var options []string
	for _, m := range reviewChoices {
		options = append(options, tr.N("agreement.sign.months", m))
	}
	review := widget.NewSelect(options, nil)
	cur := s.a.Review()
	for i, m := range reviewChoices {
		if m == cur {
			review.SetSelected(options[i])
		}
	}
	review.OnChanged = func(choice string) {
		i := slices.Index(options, choice)
		if i >= 0 && reviewChoices[i] != s.a.Review() {
			s.saved(s.store.SetReviewMonths(reviewChoices[i]), true)
		}
	}

	return widgets.Page(
		widget.NewCard(tr.T("agreement.sign.title"), tr.T("agreement.sign.subtitle"), container.NewVBox(
			status,
			container.NewBorder(nil, nil, nil, signBtn, name),
			msg,
			widget.NewForm(widget.NewFormItem(tr.T("agreement.sign.review_after"), review)),
		)),
		s.historyCard(),
	)
}

func (s *Agreement) historyCard() fyne.CanvasObject {
	tr := s.tr
	hist, err := s.store.AgreementHistory()
	box := container.NewVBox()
	if err != nil {
		box.Add(dangerLabel(err.Error()))
	}
	if len(hist) == 0 && err == nil {
		box.Add(widgets.Para(tr.T("agreement.history.empty")))
	}
	for _, v := range hist {
		var names []string
		for _, sig := range v.Agreement.Signatures {
			names = append(names, sig.Name)
		}
		title := widget.NewLabelWithStyle(tr.T("agreement.history.version", map[string]any{
			"Version": v.Agreement.Version, "Date": formatDate(tr, v.Agreement.AgreedOn())}),
			fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
		detail := widgets.Para(tr.T("agreement.history.detail", map[string]any{
			"Names":    strings.Join(names, ", "),
			"Replaced": formatDate(tr, v.ChangedAt),
			"Rules":    tr.N("agreement.history.rules", len(v.Agreement.Rules)),
			"Windows":  tr.N("agreement.history.windows", len(v.Agreement.Windows)),
		}))
		box.Add(container.NewVBox(title, detail))
	}
	return widget.NewCard(tr.T("agreement.history.title"), tr.T("agreement.history.subtitle"), box)
}
