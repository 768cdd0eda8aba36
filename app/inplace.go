package app

import "family-online-safety/screens"

// showInPlace shows the current screen again, with what the family holds
// now, in the same place: on Children & apps the same child and tab. It
// runs when the carer asks to see changes taken in, and after they answer
// a question about them (so no field still shows the version not kept).
func (a *App) showInPlace() {
	if a.current == screens.ChildrenID && a.place.Child != 0 {
		a.focus.Child, a.focus.Tab = a.place.Child, a.place.Tab
	}
	a.Show(a.current)
}
