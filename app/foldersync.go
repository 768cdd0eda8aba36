package app

import (
	"fyne.io/fyne/v2"

	sharingui "family-online-safety/screens/sharing"
)

// The shared-folder sync (issue 14, point 4) runs for the family's own
// store, never the demo family's: it starts once the family is open (and
// unlocked), starts again on a restored file, writes what waits at exit,
// and is stopped, with this computer's file deleted, by Forget
// everything.

// startFolderSync (re)starts the sync of the family's own store.
func (a *App) startFolderSync() {
	a.stopFolderSync()
	a.folder = sharingui.NewFolderSync(a.env(), a.real, a.dialogs(), a.fyne.Metadata().Version).
		OnChanged(func() { a.Show(a.current) })
	a.folder.Start(!a.tickless)
}

// stopFolderSync writes what waits to be written and stops.
func (a *App) stopFolderSync() {
	if a.folder != nil {
		a.folder.Stop()
		a.folder = nil
	}
}

// FolderSection is the sync's section of Settings.
func (a *App) FolderSection() fyne.CanvasObject {
	if a.folder == nil {
		a.startFolderSync()
	}
	return a.folder.View()
}

// flushFolder writes what waits to be written (before locking).
func (a *App) flushFolder() {
	if a.folder != nil {
		a.folder.Flush()
	}
}
