package starters

import (
	"slices"

	"fyne.io/fyne/v2"

	"family-online-safety/content"
	"family-online-safety/data"
)

// FocusedView renders the screen filtered for one child (their age band)
// and one topic, as a link from Home or a child's "At this age" opens it.
// An unknown child or topic leaves that filter as it was.
func (s *Screen) FocusedView(child data.ID, topic content.Topic) fyne.CanvasObject {
	view := s.View()
	if s.childSel == nil {
		return view // the screen could not load
	}
	if i := slices.IndexFunc(s.kids, func(c data.Child) bool { return c.ID == child }); i >= 0 {
		s.childSel.SetSelectedIndex(i + 1) // picks the band through OnChanged
	}
	if i := slices.Index(content.Topics, topic); i >= 0 {
		s.topicSel.SetSelectedIndex(i + 1)
	}
	return view
}
