package sharing

import (
	"slices"
	"sync/atomic"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"

	"family-online-safety/data"
	"family-online-safety/screens"
	"family-online-safety/screens/filedlg"
	"family-online-safety/screens/widgets"
	"family-online-safety/sharing"
)

// FolderStore is what the shared-folder sync needs of the family's store.
type FolderStore interface {
	sharing.FolderStore
	SyncFolder() (data.SyncFolder, error)
	SaveSyncFolder(data.SyncFolder) error
	Encrypted() bool
	Children() ([]data.Child, error)
	BackupsHolding(secret string) ([]data.Backup, error)
	RemoveBackups(names []string) error
	ContactsByUID(uids []string) ([]data.Contact, error)
	DeleteContact(id data.ID) error
	AddedContacts() ([]data.AddedContact, error)
	SaveAddedContacts([]data.AddedContact) error
}

// placedWithoutPassphrase reports whether a child is a foster or kinship
// placement while the family has no passphrase of its own: the sync's
// passphrase would then sit readable in the family's file, so syncing
// waits until the family sets one.
func (f *FolderSync) placedWithoutPassphrase() bool {
	if f.store.Encrypted() {
		return false
	}
	kids, err := f.store.Children()
	return err != nil || slices.ContainsFunc(kids, func(c data.Child) bool { return c.Placed })
}

// pollEvery is how often the folder is looked at: a few seconds, so a
// file the sync app brings in is taken in soon, and a look that finds
// nothing new costs a folder listing.
const pollEvery = 3 * time.Second

// FolderSync runs the shared-folder sync of the family's own store and
// draws its section of Settings. Every method runs on the UI goroutine;
// its goroutine (wake) only lists, opens and seals files, and hands the
// rest to the UI goroutine, so the store is never used from two at once.
type FolderSync struct {
	env     screens.Env
	store   FolderStore
	win     fyne.Window
	version string
	// pick asks for a folder (the system's folder dialog in the app; tests
	// give one); changed runs after another home's changes are taken in.
	pick    func(done func(dir string))
	changed func()
	rounds  func() // after each round of the goroutine (tests wait for it); may be nil

	syncer *sharing.Syncer
	// live is the syncer the goroutine's reports are for, read by that
	// goroutine's hand-over (fyne.Do runs it straight away under the
	// test driver, so a plain field would race with Stop).
	live       atomic.Pointer[sharing.Syncer]
	every      time.Duration // how often the goroutine wakes the sync (pollEvery)
	ticking    bool          // a goroutine wakes the sync (not in tests), whenever a folder is chosen
	last       sharing.Report
	stop       chan struct{}
	poke       chan struct{} // wakes the goroutine for a round now (a question to read again)
	done       chan struct{} // closed when the goroutine has ended
	do         func(func())  // hands work to the UI goroutine (fyne.Do)
	begun      atomic.Uint64 // rounds begun, so a question to open waits for a round that read its file
	asked      atomic.Pointer[askAfter]
	box        *fyne.Container // the Settings section, redrawn on each report
	chosen     string          // a folder picked, before syncing starts
	pass       *widgets.Entry  // the passphrase typed, and again, before syncing starts
	again      *widgets.Entry
	shown      string   // what the status lines last said (redrawn only on a change)
	asking     bool     // the conflicts dialog is open
	paused     bool     // a placement here and no family passphrase: nothing read or written
	held       []string // after Stop syncing: backups that still hold the sync passphrase
	told       bool     // what question was last told: a question waits
	taking     int      // answers being taken in, away from the window (foldertaking.go)
	takingName string   // the file they are from
	// takingIn tells the app whether answers are being taken in
	// (OnTaking); may be nil.
	takingIn func(on bool)
	// question tells the app whether a question waits (OnQuestion); may
	// be nil.
	question func(waiting bool)
	// answered runs after the carer answered a question about a file
	// (OnAnswered); may be nil.
	answered func()
}

// NewFolderSync makes the sync for store, whose files say they were made
// by appVersion. Start begins it.
func NewFolderSync(env screens.Env, store FolderStore, win fyne.Window, appVersion string) *FolderSync {
	f := &FolderSync{env: env, store: store, win: win, version: appVersion, changed: func() {}, every: pollEvery, do: fyne.Do}
	f.pick = f.folderDialog
	return f
}

// WithPicker replaces the folder dialog (tests: Fyne's test driver has no
// real one).
func (f *FolderSync) WithPicker(pick func(done func(dir string))) *FolderSync {
	f.pick = pick
	return f
}

// WithPollEvery makes the goroutine wake the sync every d (tests: less
// than the app's few seconds).
func (f *FolderSync) WithPollEvery(d time.Duration) *FolderSync {
	f.every = d
	return f
}

// OnChanged runs fn after another home's changes are taken in (the app
// shows the current screen again).
func (f *FolderSync) OnChanged(fn func()) *FolderSync {
	f.changed = fn
	return f
}

// OnRound runs fn on the sync's goroutine after each of its rounds has
// handed its reports over (tests wait for it before they go on).
func (f *FolderSync) OnRound(fn func()) *FolderSync {
	f.rounds = fn
	return f
}

// Start reads the folder choice and, when one is made, syncs at once and
// then every few seconds. Ticker, when true, starts the goroutine that
// wakes the sync; tests leave it off and call Tick (Start ticks once).
func (f *FolderSync) Start(ticker bool) {
	f.ticking = ticker // kept for a folder chosen later, from Settings
	choice, err := f.store.SyncFolder()
	if err != nil || !choice.On() {
		return
	}
	f.syncer = sharing.NewSyncer(f.store, choice.Dir, choice.Passphrase, f.version)
	f.live.Store(f.syncer)
	if !ticker {
		f.Tick()
		return
	}
	if f.stop == nil {
		f.stop, f.poke, f.done = make(chan struct{}), make(chan struct{}, 1), make(chan struct{})
		go f.wake(f.stop, f.poke, f.done, f.syncer)
	}
}

// Flush writes what waits to be written now (before the app locks: the
// key is needed to read the family).
func (f *FolderSync) Flush() {
	if f.syncer != nil {
		f.show(f.syncer.Flush(f.env.Now()))
	}
}

// Stop stops the sync and writes what waits to be written (at exit).
// A round under way ends first (halt): nothing is written after Stop.
func (f *FolderSync) Stop() {
	f.halt()
	if f.syncer != nil {
		f.syncer.Flush(f.env.Now())
		f.syncer.Close()
		f.syncer = nil
		f.live.Store(nil)
	}
}

// Tick is one round on this goroutine (tests; the app's rounds run from
// wake): the others' files taken in, this computer's written when due,
// the section redrawn.
func (f *FolderSync) Tick() {
	if f.syncer == nil || f.pause(f.placedWithoutPassphrase()) {
		return
	}
	n := f.begun.Add(1)
	r := f.syncer.Step(f.env.Now())
	f.show(r)
	f.openAsked(r, n)
}

// pause notes whether syncing is paused (a placement here, ticked here
// or taken in, and no family passphrase: the sync's passphrase would sit
// readable beside the child's placement), redrawing the section when
// that changes, and reports it.
func (f *FolderSync) pause(on bool) bool {
	if on != f.paused {
		f.paused = on
		f.redraw()
	}
	return on
}

// show takes a report: redraws the section, asks about conflicts, and
// tells the app when the family changed.
func (f *FolderSync) show(r sharing.Report) {
	f.last = r
	if sig := signature(r); f.noteNewContacts(r) || sig != f.shown { // a redraw every few seconds would take the focus
		f.shown = sig
		f.redraw()
	}
	if slices.ContainsFunc(r.Merged, func(s sharing.Summary) bool { return !s.Empty() }) { // (not when all was refused)
		f.changed()
	}
	f.tellQuestion()
}

// tellQuestion tells the app whether a question waits for the carer
// (OnQuestion). Nothing opens by itself: a dialog popping up over what
// the carer is doing would take their typing; they open it (AskNow) when
// they choose.
func (f *FolderSync) tellQuestion() {
	pending := f.Pending()
	if pending != f.told && f.question != nil {
		f.question(pending)
	}
	f.told = pending
}

// Pending reports whether a file's questions wait for the carer, not put
// off with "Not now", not open now and not being taken in.
func (f *FolderSync) Pending() bool {
	// live, not syncer: the sync's goroutine asks this through fyne.Do,
	// which the test driver runs at once, beside a Stop.
	return f.live.Load() != nil && !f.asking && f.taking == 0 && f.last.Waiting != nil && !f.last.Waiting.PutOff()
}

// AskNow opens the questions that wait (the app's notice, when the carer
// chooses). When the other home wrote its file again since it was read,
// the new version is read at once, away from the window, and its
// questions open as soon as it is read (openAsked): the click is never
// answered with nothing.
func (f *FolderSync) AskNow() {
	if f.last.Waiting != nil {
		f.askFile(f.last.Waiting.Name)
	}
}

// askFile opens the questions of the waiting file name (AskNow).
func (f *FolderSync) askFile(name string) {
	if f.syncer == nil {
		return
	}
	if w := f.syncer.Ask(name); w != nil {
		f.asked.Store(nil)
		f.askConflicts(w)
		return
	}
	f.asked.Store(&askAfter{name: name, after: f.begun.Load()})
	if f.poke != nil {
		select {
		case f.poke <- struct{}{}:
		default: // a round is already due
		}
		return
	}
	f.Tick()
}

// askAfter is a file whose questions the carer asked for while it was
// being written again: they open after the first round begun after
// round after, if it still asks anything.
type askAfter struct {
	name  string
	after uint64
}

// openAsked opens the questions asked for (AskNow) once round n, which
// read the file again, reported it.
func (f *FolderSync) openAsked(r sharing.Report, n uint64) {
	a := f.asked.Load()
	if a == nil || n <= a.after {
		return
	}
	f.asked.Store(nil)
	if r.Waiting != nil && r.Waiting.Name == a.name && !f.asking {
		f.askFile(a.name)
	}
}

// startSyncing saves the choice and starts.
func (f *FolderSync) startSyncing(dir, passphrase string) error {
	if err := f.store.SaveSyncFolder(data.SyncFolder{Dir: dir, Passphrase: passphrase}); err != nil {
		return err
	}
	f.Stop()
	f.chosen = ""
	f.Start(f.ticking)
	return nil
}

// stopSyncing forgets the folder and the passphrase; the files already
// in the folder stay, for the other home.
func (f *FolderSync) stopSyncing() {
	choice, _ := f.store.SyncFolder() // (read only to find the backups that hold its passphrase)
	f.Stop()
	if err := f.store.SaveSyncFolder(data.SyncFolder{}); err != nil {
		dialog.ShowInformation(f.env.Tr.T("error.title"), f.env.Tr.T("error.unknown"), f.win)
	}
	f.held = nil
	f.saveAdded(nil)
	if held, err := f.store.BackupsHolding(choice.Passphrase); err == nil {
		for _, b := range held {
			f.held = append(f.held, b.Name)
		}
	}
	f.last = sharing.Report{}
	f.redraw()
	f.tellQuestion()
}

func (f *FolderSync) folderDialog(done func(dir string)) {
	filedlg.ShowFolder(f.win, func(u fyne.ListableURI, err error) {
		if err == nil && u != nil {
			done(u.Path())
		}
	})
}

// Forget stops the sync without writing and deletes this computer's file
// from the folder (Forget everything).
func (f *FolderSync) Forget() {
	f.halt()
	if f.syncer != nil {
		f.syncer.Close()
		_ = f.syncer.RemoveOwnFile() // the app is being emptied: nothing to tell
		f.syncer = nil
		f.live.Store(nil)
	}
}
