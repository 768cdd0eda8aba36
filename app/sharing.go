package app

import (
	"fyne.io/fyne/v2"

	"family-online-safety/screens"
	sharingui "family-online-safety/screens/sharing"
)

// sharer makes the sharing dialogs (Settings' card, each child's handover
// pack): sealing and opening run off the UI goroutine. An import that
// changed the family moves nobody: the header's line says changes came
// in, and its button shows the screen again, in the same place
// (TakenIn), as for changes from a shared folder.
func (d Deps) sharer() *sharingui.Sharer {
	s := sharingui.New(d.Env, d.Store, d.Win, d.Version)
	s.Run = func(work, done func()) {
		go func() {
			work()
			fyne.Do(done)
		}()
	}
	s.Changed = d.TakenIn
	if s.Changed == nil {
		s.Changed = func() { d.Actions.Show(screens.SettingsID) }
	}
	return s
}
