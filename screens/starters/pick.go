package starters

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"family-online-safety/screens/widgets"
)

// In a narrow window the starters list folds into a drop-down of the
// same starters, in the same order, above the tabs (widgets.SideFold),
// with how many there are beside it. The two stay in step: a starter
// chosen in either is chosen in both.

// pickRow is the drop-down's line: "Starter", the starters, the count.
func (s *Screen) pickRow() fyne.CanvasObject {
	s.pick = widgets.NewShortPick(s.tr.T("starters.tab.starter"), s.tr.T("starters.pick.title"), func(i int) {
		if i < len(s.shown) {
			s.list.Select(i)
		}
	})
	s.pickCount = widget.NewLabel("")
	label := widget.NewLabelWithStyle(s.tr.T("starters.tab.starter"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	return container.NewBorder(nil, nil, label, s.pickCount, s.pick)
}

// fillPick gives the drop-down the starters the filters show.
func (s *Screen) fillPick() {
	questions := make([]string, len(s.shown))
	for i, at := range s.shown {
		questions[i] = s.items[at].question
	}
	s.pick.PlaceHolder = s.tr.T("starters.pick.title")
	if len(s.shown) == 0 {
		s.pick.PlaceHolder = s.tr.T("starters.no_match")
	}
	s.pick.SetChoices(questions)
	s.pickCount.SetText(s.count.Text)
}

// startersYield is the least share of the width the list of starters
// narrows to, its titles wrapping, so the tabs beside it show both names
// (Welsh's are long) before it folds into a drop-down of cut titles.
const startersYield = 0.35

// tabsWidth is the width the tabs need to show both.
func (s *Screen) tabsWidth() float32 {
	return widgets.TabBarWidth(s.tr.T("starters.tab.starter"), s.tr.T("starters.tab.history"))
}
