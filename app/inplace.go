package app

import "family-online-safety/screens"

// showInPlace shows the current screen again (Show of the screen shown),
// with what the family holds now, in the same place: on Children & apps
// the same child and tab (unless a child was just asked for), on another
// screen with tabs the same tab. So "Show the changes" and the screen
// after a question about them is answered keep the carer where they are,
// and no field still shows a version not kept.
func (a *App) showInPlace(onboarded bool) {
	if a.current == screens.ChildrenID && a.place.Child != 0 && a.focus.Child == 0 && !a.focus.Adding {
		a.focus.Child, a.focus.Tab = a.place.Child, a.place.Tab
	}
	tab := -1
	if tabs := findTabs(a.sh.content); tabs != nil && a.current != screens.ChildrenID {
		tab = tabs.SelectedIndex()
	}
	a.showCurrent(onboarded)
	if tabs := findTabs(a.sh.content); tab > 0 && tabs != nil && tab < len(tabs.Items) {
		tabs.SelectIndex(tab)
	}
}
