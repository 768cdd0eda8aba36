// Package app is the composition root: it opens the window, wires each
// screen to exactly the store methods it needs, and owns what is app-wide:
// navigation, language, the demo family and quick exit.
package app

import (
	"errors"
	"fmt"
	"log"
	"net/url"
	"path/filepath"
	"runtime/debug"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"

	"family-online-safety/content"
	"family-online-safety/data"
	"family-online-safety/screens"
	"family-online-safety/screens/filedlg"
	sharingui "family-online-safety/screens/sharing"
	"family-online-safety/screens/welcome"
	"family-online-safety/screens/widgets"
	"family-online-safety/translations"
)

// App is one running window of Family Online Safety.
type App struct {
	fyne    fyne.App
	win     fyne.Window
	tr      *translations.Translator
	dataDir string

	real  *data.Store // the family's own data
	store *data.Store // what the screens show: real, or the demo family

	sh         *shell
	fields     *widgets.Fields // the text fields of the screens (pointerhold.go)
	current    screens.ID
	focus      Focus // the child and tab Children & apps opens on, once
	place      Focus // the child and tab the carer is on in Children & apps
	draft      welcome.Draft
	shift      shiftWatcher
	copied     string // last text the app put on the clipboard
	clipBefore string // the clipboard before Ctrl+C reached Fyne (clipboard.go)
	exited     bool
	hooked     bool                                    // the real window's input hook counts Shift (guard.go)
	homeTick   homeTimer                               // Home is drawn again when what holds now changes (timeon.go)
	lock       lockState                               // lock.go
	saves      *screens.Pending                        // typing waiting for a pause to be saved
	framed     map[fyne.CanvasObject]fyne.CanvasObject // dialog overlays, framed with the header's buttons
	refocus    map[fyne.CanvasObject]fyne.Focusable    // what had the focus when each dialog opened
	formEscape func()                                  // Escape's Cancel for the form open in the screen; nil for none
	keyFocus   fyne.Focusable                          // what had the focus at a Space or Return, until the next key or click (Fyne's button drops it)
	pressFocus fyne.Focusable                          // what had the focus when the pointer was last pressed (a click on a button drops it)

	now         func() time.Time
	exit        func()                      // quits; tests replace it
	onQuickExit func()                      // tells another copy's window (OnQuickExit)
	openURL     func(*url.URL) error        // the browser or file manager; tests replace it
	later       func(func())                // runs work after the current event (screens.Env.Later); tests make it nil
	after       func(time.Duration, func()) // runs work on the UI after a while; tests run it themselves
	dropWatch   bool                        // a drop-down's list is watched off the header (headerclear.go)
	pressed     keyPress                    // a control pressed from the keyboard, until it has acted (keyplace.go)
	homeRead    bool                        // Home has been filled once since start: its garbage was handed back
	folder      *sharingui.FolderSync       // the shared-folder sync (foldersync.go)
	tickless    bool                        // tests: no goroutine wakes the folder sync
	// freeMemory hands garbage back to the system (idle.go); tests, which
	// start hundreds of windows in one process, skip its full collection.
	freeMemory func()

	toolkit          string // Fyne's preferences folder for this app (traces.go)
	toolkitForgotten bool   // Forget everything cleared it: Close removes it again
}

// New wires an app around an open store. It does not show the window.
func New(fa fyne.App, win fyne.Window, store *data.Store, tr *translations.Translator, dataDir string) *App {
	a := &App{fyne: fa, win: win, tr: tr, dataDir: dataDir, real: store, store: store,
		current: screens.HomeID, now: time.Now, saves: screens.NewPending(typingPause), fields: widgets.NewFields(),
		framed: map[fyne.CanvasObject]fyne.CanvasObject{}, refocus: map[fyne.CanvasObject]fyne.Focusable{}}
	a.exit, a.openURL, a.freeMemory = fa.Quit, fa.OpenURL, debug.FreeOSMemory
	a.toolkit = toolkitDir(fa)
	a.later = func(f func()) { go fyne.Do(f) }
	a.lock.run = func(f func()) { go f() }
	a.lock.later = func(d time.Duration, f func()) { time.AfterFunc(d, func() { fyne.Do(f) }) }
	a.after = a.lock.later
	store.SetClock(a.clock)
	return a
}

// typingPause is how long a field waits after the last keystroke before
// it saves: one write per pause, not per key (a 1 MB note costs an fsync).
const typingPause = 600 * time.Millisecond

// clock is the one clock of the app, its stores and its screens.
func (a *App) clock() time.Time { return a.now() }

// storeOptions open the family's file again (after a restore) and the
// demo: the real store's, with the app's clock.
func (a *App) storeOptions() data.Options {
	o := a.real.Options()
	o.Clock = a.clock
	return o
}

// Start shows the first screen: the lock screen when the family has a
// passphrase, the welcome on a first run, else Home.
func (a *App) Start() {
	filedlg.Forget() // a folder left by a dialog open when the app last closed
	a.draft.Language = a.tr.Language()
	a.installKeys()
	a.win.SetCloseIntercept(a.quit) // what the app copied is cleared first
	a.applyDisplay()
	if a.real.Locked() {
		a.showLock()
		return
	}
	a.opened()
}

// StartDemo switches to a fresh demo family. The real data stays closed
// away in its own file.
func (a *App) StartDemo() error {
	if a.lock.on {
		return nil // not over the lock screen
	}
	set, _ := a.real.Settings()
	if set.Language == "" {
		set.Language = a.tr.Language()
	}
	if set.Region == "" {
		set.Region = string(a.draft.Region)
	}
	demo, err := data.OpenDemo(a.dataDir, a.storeOptions(), set)
	if err != nil {
		return fmt.Errorf("demo family: %w", err)
	}
	a.closeDemo()
	a.store = demo
	a.current = screens.HomeID
	a.rebuild()
	return nil
}

// removeDemoNow deletes the demo family and returns to the real one.
func (a *App) removeDemoNow() {
	if a.store == a.real {
		return
	}
	if err := data.RemoveDemo(a.store); err != nil {
		a.showError(err)
	}
	a.store = a.real
	a.current = screens.HomeID
	a.rebuild()
}

func (a *App) closeDemo() {
	if a.store != a.real {
		_ = a.store.Close()
		a.store = a.real
	}
}

// Close releases the stores; the demo family is removed, never kept.
func (a *App) Close() {
	a.saves.FlushAll()
	a.stopFolderSync()
	if a.store != a.real {
		_ = data.RemoveDemo(a.store)
	}
	_ = a.real.Close()
	if a.toolkitForgotten {
		_ = a.removeToolkitDir()
	}
}

// SetLanguage switches every text at once and remembers the choice.
func (a *App) SetLanguage(code string) {
	if err := a.tr.SetLanguage(code); err != nil {
		a.showError(err)
		return
	}
	a.draft.Language = code
	if err := a.store.UpdateSettings(func(s *data.Settings) { s.Language = code }); err != nil {
		a.showError(err)
	}
	a.rebuild()
}

// SetRegion changes which contacts and emergency number are shown.
func (a *App) SetRegion(r content.Region) {
	err := a.store.UpdateSettings(func(s *data.Settings) { s.Region = string(r) })
	if err == nil {
		err = a.store.FitDemoToRegion() // the sample family's contacts follow the region too
	}
	if err != nil {
		a.showError(err)
	}
	a.rebuild()
}

// SetSchoolNation picks the UK nation whose school years Home's
// reminders follow.
func (a *App) SetSchoolNation(n content.Nation) {
	if err := a.store.UpdateSettings(func(s *data.Settings) { s.SchoolNation = string(n) }); err != nil {
		a.showError(err)
	}
	a.rebuild()
}

// Finish completes the welcome.
func (a *App) Finish(region content.Region, first *data.Child) error {
	if first != nil {
		if _, err := a.store.AddChild(*first); err != nil {
			return err
		}
	}
	err := a.store.UpdateSettings(func(s *data.Settings) {
		s.Region = string(region)
		s.Language = a.tr.Language()
		s.Onboarded = true
	})
	if err != nil {
		return err
	}
	pass := a.draft.Passphrase
	a.draft = welcome.Draft{}
	a.current = screens.HomeID
	a.rebuild()
	if pass != "" && a.store == a.real {
		a.turnOnFromWelcome(pass)
	}
	return nil
}

// BackupNow saves a copy of the family's data at once.
func (a *App) BackupNow() {
	if _, err := a.real.Backup(a.now()); err != nil {
		a.showError(err)
	}
	a.showKeepingPlace()
}

// backupTaken is when the backup name was made, as Settings lists it (an
// undated one, made before an import, by its file's time).
func (a *App) backupTaken(name string) time.Time {
	list, _ := a.real.Backups()
	for _, b := range list {
		if b.Name == filepath.Base(name) {
			return b.Taken
		}
	}
	taken, _ := data.BackupTaken(name)
	return taken
}

// RestoreBackup asks, then replaces the family's data with a backup. What
// is there now is kept as a backup first, so this too can be undone.
func (a *App) RestoreBackup(name string) {
	if a.store != a.real {
		return
	}
	taken := a.backupTaken(name)
	body := a.tr.T("settings.backup.confirm.body", map[string]any{"Date": screens.FormatDate(a.tr, taken), "Time": taken.Format(time.TimeOnly)})
	dialog.ShowConfirm(a.tr.T("settings.backup.confirm.title"), body, func(ok bool) {
		if ok {
			a.restoreAsking(name)
		}
	}, a.dialogs())
}

func (a *App) restore(name string) { a.restoreWith(name, a.real.Keys()) }

// restoreWith restores with keys for an encrypted backup (nil: none).
func (a *App) restoreWith(name string, keys *data.Keys) {
	a.replaceFamily(keys, "backup.restored", func() error { return data.Restore(a.dataDir, name, a.now(), keys) })
}

// replaceFamily closes the family's file, lets do put another in its
// place (keeping what was there) and opens the result, saying done.
func (a *App) replaceFamily(keys *data.Keys, done string, do func() error) {
	opts := a.storeOptions()
	family := a.real.Keys() // a protected family stays protected
	if err := a.real.Close(); err != nil {
		a.showError(err)
		return
	}
	a.stopFolderSync()
	restoreErr := do()
	store, err := data.Open(a.dataDir, opts) // the restored file, or the untouched one after a failure
	if err != nil {
		a.win.SetContent(widgets.EmptyState(theme.ErrorIcon(), a.tr.T("error.load"), a.explain(err), nil))
		return
	}
	if keys != nil {
		_ = store.UnlockWith(keys) // a passphrase that does not fit leaves it locked: the lock screen asks
	}
	store.SetClock(a.clock)
	if restoreErr == nil {
		restoreErr = store.KeepProtected(family) // a backup made before the passphrase is sealed again
	}
	a.real, a.store = store, store
	if store.Locked() {
		a.showLock()
		a.showError(restoreErr)
		return
	}
	if set, _ := store.Settings(); translations.Supported(set.Language) {
		_ = a.tr.SetLanguage(set.Language)
	}
	a.rebuild()
	a.startFolderSync()
	if restoreErr != nil {
		a.showError(restoreErr)
		return
	}
	showMessage(a.dialogs(), a.tr.T("settings.backup.title"), a.tr.T(done))
}

// OpenDataFolder shows the data folder in the system's file manager.
func (a *App) OpenDataFolder() {
	u := data.FolderURL(a.store.Dir())
	if err := a.openURL(u); err != nil {
		a.showError(err)
	}
}

// ShowChild opens Children & apps on one child's tab.
func (a *App) ShowChild(child data.ID, tab int) {
	a.focus = Focus{Child: child, Tab: tab}
	a.Show(screens.ChildrenID)
}

// ShowAddChild opens Children & apps on the add-a-child form.
func (a *App) ShowAddChild() {
	a.focus = Focus{Adding: true}
	a.Show(screens.ChildrenID)
}

// OpenURL opens a web address in the browser, only when the user asks.
func (a *App) OpenURL(u *url.URL) error { return a.openURL(u) }

func (a *App) showError(err error) {
	if err == nil {
		return
	}
	showMessage(a.dialogs(), a.tr.T("error.title"), a.explain(err))
}

func (a *App) explain(err error) string { return ExplainOpenError(a.tr, err) }

// env is what every screen is built with: the words, the clock, and the
// key watcher that sees keys typed in text fields (for quick exit).
func (a *App) env() screens.Env {
	return screens.Env{Tr: a.tr, Now: a.clock, Keys: a.keyDown, Later: a.later, Saves: a.saves, Drafts: a.store, Ticks: a.onTick, Copied: a.copiedText, Fields: a.fields, Escape: a.setFormEscape}
}

// deps is what the registry builds a screen from.
func (a *App) deps() Deps {
	return Deps{Env: a.env(), Store: a.store, Real: a.real, Win: a.dialogs(), Actions: a, DataDir: a.dataDir, Focus: &a.focus, Place: &a.place,
		Version: a.fyne.Metadata().Version, HomeFilled: a.homeFilled, Shown: a.shown, TakenIn: a.showTakenIn}
}

// view builds a screen from its registry row.
func (a *App) view(id screens.ID) fyne.CanvasObject {
	s, ok := screenByID(id)
	if !ok {
		s, _ = screenByID(screens.HomeID)
	}
	return s.Build(a.deps())
}

// ExplainOpenError turns a store error into words for the user, saying
// what happened and what to do. The system's own words never reach the
// user: an error with no known reason gets a general message and is logged.
func ExplainOpenError(tr screens.Translator, err error) string {
	err = data.SaveError(err) // a full disk or a read-only folder, by its reason
	for _, m := range errorMessages {
		if errors.Is(err, m.err) && (m.also == nil || errors.Is(err, m.also)) {
			return tr.T(m.key)
		}
	}
	log.Printf("family-online-safety: %v", err)
	return tr.T("error.unknown")
}

// errorMessages: the first match wins, so a refused backup is explained
// as a backup before the reason inside it.
var errorMessages = []struct {
	err, also error
	key       string
}{
	{data.ErrWrongPassphrase, nil, "error.wrong_passphrase"},
	{data.ErrNoSpace, data.ErrDuringBackup, "error.no_space.backup"},
	{data.ErrNoSpace, data.ErrDuringRestore, "error.no_space.restore"},
	{data.ErrReadOnly, data.ErrDuringBackup, "error.read_only.backup"},
	{data.ErrReadOnly, data.ErrDuringRestore, "error.read_only.restore"},
	{data.ErrBadBackup, data.ErrNewerVersion, "backup.newer"},
	{data.ErrBadBackup, nil, "backup.bad"},
	{data.ErrAlreadyOpen, nil, "error.already_open"},
	{data.ErrLocked, nil, "error.locked"},
	{data.ErrNewerRecord, nil, "error.newer_record"},
	{data.ErrNewerVersion, nil, "error.newer"},
	{data.ErrTampered, nil, "error.tampered"},
	{data.ErrNotDatabase, nil, "error.not_database"},
	{data.ErrNotRegular, nil, "error.not_regular"},
	{data.ErrDanglingLink, nil, "error.dangling"},
	{data.ErrMissing, nil, "error.missing"},
	{data.ErrNoSpace, nil, "error.no_space"},
	{data.ErrReadOnly, nil, "error.read_only"},
	{data.ErrBackupsNotAFolder, nil, "error.backups_not_a_folder"},
	{data.ErrNotAFolder, nil, "error.not_a_folder"},
	{data.ErrPermission, nil, "error.permission"},
}
