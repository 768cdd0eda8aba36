package app

import (
	"fyne.io/fyne/v2"

	"family-online-safety/content"
	"family-online-safety/data"
	"family-online-safety/screens"
	"family-online-safety/screens/starters"
)

// ShowStarters opens the conversation starters filtered for one child's
// age and one topic (from Home's review prompts and "At this age").
func (a *App) ShowStarters(child data.ID, topic content.Topic) {
	a.focus = Focus{StartersChild: child, StartersTopic: topic}
	a.Show(screens.StartersID)
}

// buildStarters opens the starters screen, filtered when a link asked.
func buildStarters(d Deps) fyne.CanvasObject {
	s := starters.New(d.Env, d.Store, d.Actions)
	if d.Focus != nil && (d.Focus.StartersChild != 0 || d.Focus.StartersTopic != "") {
		child, topic := d.Focus.StartersChild, d.Focus.StartersTopic
		d.Focus.StartersChild, d.Focus.StartersTopic = 0, "" // only this once
		return s.FocusedView(child, topic)
	}
	return s.View()
}
