// Package home is the first screen: each child at a glance, with the
// sections other features offer (what the agreement puts in force now, a
// starter for today, app reviews due).
package home

import "family-online-safety/screens"

// ChildLister lists the children Home shows.
type ChildLister = screens.ChildLister

// Navigator opens another screen, and the add-a-child form from the
// empty Home.
type Navigator interface {
	screens.Navigator
	screens.ChildAdder
}
