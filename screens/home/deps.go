// Package home is the first screen: each child at a glance, with the
// sections other features offer (what the agreement puts in force now, a
// starter for today, app reviews due).
package home

import "family-online-safety/screens"

// ChildLister lists the children Home shows.
type ChildLister = screens.ChildLister

// Navigator opens another screen (Children & apps, from the empty Home).
type Navigator = screens.Navigator
