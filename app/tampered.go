package app

import (
	"time"

	"family-online-safety/data"
)

// showTampered replaces the lock screen with the recovery window when the
// family's file was changed outside the app: it says so in plain words and
// offers the good backups, checked with the passphrase just typed (a
// changed backup is not among them). The changed file is closed first, so
// a backup can be put in its place; Restore keeps it aside.
func (a *App) showTampered(err error, keys *data.Keys) {
	opts := a.storeOptions()
	if cerr := a.real.Close(); cerr != nil {
		a.say(a.explain(cerr))
		return
	}
	a.stopFolderSync()
	a.lock.on = false
	r := &Recovery{fa: a.fyne, win: a.win, tr: a.tr, dataDir: a.dataDir, err: err, now: a.now, keys: keys, opts: opts,
		opened: a.reopened}
	a.win.SetMainMenu(nil)
	a.win.SetContent(r.view())
	r.installQuickExit()
}

// reopened takes the family's store restored from a backup.
func (a *App) reopened(store *data.Store) {
	store.SetClock(a.clock)
	a.real, a.store = store, store
	a.lock.tries, a.lock.waitUntil = 0, time.Time{}
	if store.Locked() {
		a.showLock()
		return
	}
	a.opened() // starts the shared folder's sync again
}
