package starters

import (
	"slices"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"family-online-safety/content"
	"family-online-safety/screens/widgets"
)

func (s *Screen) filterBar() fyne.CanvasObject {
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

	s.search = s.env.Entry()
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
	s.ownAdd = add

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
func (s *Screen) pickChild(i int) {
	s.child = nil
	if i >= 0 && i < len(s.kids) {
		c := s.kids[i]
		s.child = &c
		band := content.BandForAge(c.AgeOn(s.env.Now()))
		s.bandSel.SetSelectedIndex(slices.Index(content.Bands, band) + 1) // filters via OnChanged
	}
	s.historyFor = max(i, 0)
	if s.historySel != nil {
		s.historySel.SetSelectedIndex(s.historyFor)
	}
	if s.open != "" {
		s.showDetail(s.open)
	}
}

// applyFilter works out which starters to list, in memory, and refreshes
// only the list.
func (s *Screen) applyFilter() {
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
	s.rows.size(s)
	s.list.Refresh()
	s.count.SetText(s.tr.N("starters.count", len(s.shown)))
	s.fillPick()
	if len(s.shown) == 0 {
		s.noMatch.Show()
	} else {
		s.noMatch.Hide()
	}
	// A starter the filters no longer match does not stay on show (a
	// 4-year-old's filter must not keep a 13 to 15 question up).
	if s.open != "" && !s.formShown && !slices.ContainsFunc(s.shown, func(i int) bool { return s.items[i].id == s.open }) {
		s.showDetail("")
	}
}

// starterRow is one starter in the list: the question, wrapped over as
// many lines as it needs at the list's width (rowHeights), and a small
// line with its topic, ages and marks (a widgets.Line: each keystroke in
// the search box gives every visible row new text).
type starterRow struct {
	widget.BaseWidget
	question *widget.Label
	meta     *widgets.Line
}

func newStarterRow() *starterRow {
	q := widget.NewLabelWithStyle("What's the game you like best at the moment?", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	q.Wrapping = fyne.TextWrapWord
	r := &starterRow{
		question: q,
		meta:     widgets.NewLine("Money and in-game spending · 8 to 10", fyne.TextStyle{}, theme.SizeNameCaptionText),
	}
	r.ExtendBaseWidget(r)
	return r
}

// CreateRenderer stacks the question over the small line.
func (r *starterRow) CreateRenderer() fyne.WidgetRenderer {
	return widget.NewSimpleRenderer(container.NewBorder(nil, r.meta, nil, nil, r.question))
}

func (s *Screen) updateRow(i widget.ListItemID, row *starterRow) {
	if i >= len(s.shown) {
		return
	}
	it := s.items[s.shown[i]]
	row.question.SetText(it.question)
	row.meta.SetText(s.metaLine(it))
}

// metaLine is the small line under a starter: topic, ages and marks.
func (s *Screen) metaLine(it starterItem) string {
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

func (s *Screen) bandNames(bands []content.Band) string {
	var names []string
	for _, b := range bands {
		names = append(names, s.tr.T(content.BandKey(b)))
	}
	return strings.Join(names, ", ")
}

func (s *Screen) item(id string) (starterItem, bool) {
	for _, it := range s.items {
		if it.id == id {
			return it, true
		}
	}
	return starterItem{}, false
}

// AccessibilityLabel is the question and its topic and ages.
func (r *starterRow) AccessibilityLabel() string {
	return widgets.Spoken(r.question.Text, r.meta.Text())
}

// AccessibilityRole is text.
func (r *starterRow) AccessibilityRole() fyne.AccessibleRole { return fyne.AccessibleRoleText }
