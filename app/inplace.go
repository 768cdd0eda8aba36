package app

import "family-online-safety/screens"

// showInPlace shows the current screen again, with what the family holds
// now, in the same place: on Children & apps the same child and tab, on
// another screen with tabs the same tab. It runs when the carer asks to
// see changes taken in, and after they answer a question about them (so
// no field still shows the version not kept).
func (a *App) showInPlace() {
	if a.current == screens.ChildrenID && a.place.Child != 0 {
		a.focus.Child, a.focus.Tab = a.place.Child, a.place.Tab
	}
	tab := -1
	if a.sh != nil && a.current != screens.ChildrenID {
		if tabs := findTabs(a.sh.content); tabs != nil {
			tab = tabs.SelectedIndex()
		}
	}
	a.Show(a.current)
	if tabs := findTabs(a.sh.content); tab > 0 && tabs != nil && tab < len(tabs.Items) {
		tabs.SelectIndex(tab)
	}
}
