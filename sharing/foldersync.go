package sharing

import (
	"errors"
	"maps"
	"slices"
	"sync"
	"time"

	"family-online-safety/data"
)

// FolderStore is what the shared-folder sync needs of the family's store.
type FolderStore interface {
	Store
	DeviceID() string
	WriteCount() uint64
	MarkSealed(f data.SharedFamily) error
	Locked() bool
	RefusedFloods() ([]data.RefusedFlood, error)
	SaveRefusedFloods([]data.RefusedFlood) error
}

// DefaultDebounce is how long after the last change this computer's file
// is written: long enough that typing a note costs one write (sealing
// takes about half a second), short enough that the other home sees a
// change soon after the sync tool carries it.
const DefaultDebounce = 30 * time.Second

// ErrOwnFileElsewhere: a file in the folder holds this computer's own
// family under another computer's name (a sync tool's "conflicted copy",
// or a data folder copied to a second computer). It is left alone.
var ErrOwnFileElsewhere = errors.New("a file in the shared folder was written by this computer under another name")

// Syncer keeps one family in step with the files of a shared folder. A
// round is three steps, so the slow part (scrypt, about half a second per
// file sealed or opened) can run away from the store's goroutine:
//
//   - Look (no store): lists the folder and opens the others' new files;
//   - Take (the store's goroutine): takes them in, and says whether this
//     computer's file is due, returning the family to seal;
//   - Seal (no store): seals it and renames it into place.
//
// Step does all three in a row. Every method is safe to call from any
// goroutine, but Take, Step, Flush and Resolve use the store: call them
// where the store is used. It never imports Fyne.
type Syncer struct {
	mu        sync.Mutex
	sealing   sync.Mutex // one Seal at a time: a stale one never lands last
	cleanOnce sync.Once  // this computer's leftover temporary files, removed once
	closed    bool       // Close: nothing more is taken in or written
	store     FolderStore
	dir, pass string
	cost      data.ShareCost // the store's: Look and Seal run away from it
	app, mine string         // the app version; this computer's file name
	debounce  time.Duration

	count        uint64    // the store's WriteCount when last looked at
	dirty        bool      // a change waits to be written
	first        bool      // nothing written yet: write at once
	changedAt    time.Time // when that change was noticed
	seq          uint64    // the last Sealing handed out
	sealed       uint64    // the last Sealing written
	written      [32]byte  // what the file last written holds
	handled      map[string]fileState
	waiting      *Waiting
	queue        []*Waiting                 // other files that wait for the user, put off (folderqueue.go)
	putOff       map[string]map[string]bool // by file, the questions put off ("Not now": notnow.go)
	opened       uint64                     // the others' files opened (decrypted) so far
	own          ownFile                    // this computer's file as last written (folderown.go)
	sealedNow    *data.SharedFamily         // sealed into this computer's file, not yet marked (MarkSealed)
	problems     map[string]error           // the others' files that cannot be used, by name
	answered     map[string]answeredFile    // answers not applied, the file having changed since (stale.go)
	refused      []data.RefusedFlood        // the floods refused, read from the store once (floods.go)
	readRefusals bool
	listErr      error // the folder cannot be listed
	writeErr     error // this computer's file cannot be written
	lastWrite    time.Time
	lastIn       time.Time
	lastFrom     string            // the file last taken in
	names        map[string]bool   // the others' files in the folder at the last look
	devices      map[string]string // the device each of the others' files says wrote it (doubt.go)
}

// Waiting is another computer's file whose changes include conflicts, or
// changes that need the user's yes (Summary.Asks): it waits for the user
// to choose (Resolve). Put off (Later), it still waits, without asking
// again until it changes.
type Waiting struct {
	Name    string
	Summary Summary
	file    File
	state   fileState
	putOff  bool
}

// PutOff reports whether the user said "Not now" to this file.
func (w *Waiting) PutOff() bool { return w.putOff }

// Report is what a round did and where the sync stands.
type Report struct {
	// Merged are the other computers' changes taken in by this round.
	Merged []Summary
	// Wrote says this computer's file was written by this round.
	Wrote bool
	// Waiting is a file whose conflicts wait for the user (nil: none).
	Waiting *Waiting
	// Queued are the other files that wait for the user, put off.
	Queued []*Waiting
	// Problems are the files that cannot be read or written, by name (""
	// for the folder itself or this computer's file), each with an error
	// that MessageKey explains.
	Problems map[string]error
	// LastWrite and LastMerge are when this computer's file was last
	// written and another's last taken in (zero: not yet); Own and
	// LastFrom name those files.
	LastWrite, LastMerge time.Time
	Own, LastFrom        string
}

// NewSyncer syncs store with the folder dir, sealing with passphrase.
// Its first round writes this computer's file and takes in the others'.
func NewSyncer(store FolderStore, dir, passphrase, appVersion string) *Syncer {
	return &Syncer{store: store, dir: dir, pass: passphrase, app: appVersion, cost: store.ShareCost(),
		mine: FolderFileName(store.DeviceID()), debounce: DefaultDebounce,
		count: store.WriteCount(), dirty: true, first: true,
		handled: map[string]fileState{}, problems: map[string]error{}, putOff: map[string]map[string]bool{},
		answered: map[string]answeredFile{}, devices: map[string]string{}}
}

// WithDebounce sets how long after the last change the file is written.
func (s *Syncer) WithDebounce(d time.Duration) *Syncer { s.debounce = d; return s }

// Dir is the shared folder.
func (s *Syncer) Dir() string { return s.dir }

// Step is a whole round: Look, Take, Seal. now is the app's clock.
func (s *Syncer) Step(now time.Time) Report {
	r, w := s.Take(s.Look(), now)
	r.Wrote = s.Seal(w)
	return s.Report(r)
}

// Flush writes this computer's file now if a change waits (at exit, and
// before the app locks).
func (s *Syncer) Flush(now time.Time) Report {
	s.mu.Lock()
	var w *Sealing
	if !s.store.Locked() && !s.closed {
		s.noticeChanges(now)
		if s.dirty {
			w = s.prepare(now)
		}
	}
	s.mu.Unlock()
	wrote := s.Seal(w)
	s.mu.Lock()
	s.markSealed(now)
	s.mu.Unlock()
	return s.Report(Report{Wrote: wrote})
}

// markSealed notes in the store what was last sealed into this
// computer's file, so the other homes' claims to have it count
// (data.Store.MarkSealed). That note is not a change to write out.
func (s *Syncer) markSealed(now time.Time) {
	if s.sealedNow == nil || s.store.Locked() {
		return
	}
	s.noticeChanges(now) // a change made meanwhile is still written
	if err := s.store.MarkSealed(*s.sealedNow); err == nil {
		s.count = s.store.WriteCount()
	}
	s.sealedNow = nil
}

// Opened is how many of the others' files were opened (decrypted, the
// costly part) so far.
func (s *Syncer) Opened() uint64 {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.opened
}

// Take takes in what Look found (unless a file waits for the user), then,
// when a change is the debounce old (or nothing is written yet), returns
// the family to Seal. now is the app's clock.
func (s *Syncer) Take(found Found, now time.Time) (Report, *Sealing) {
	s.mu.Lock()
	defer s.mu.Unlock()
	var r Report
	if s.store.Locked() || s.closed {
		return s.report(r), nil // nothing can be read until unlocked
	}
	s.listErr = found.listErr
	if found.listErr == nil {
		s.forgetGone(found.names)
		s.names = found.names
	}
	s.markSealed(now)
	if found.ownChanged {
		s.rewriteOwn()
	}
	if s.waiting == nil || s.waiting.putOff {
		r.Merged = s.takeIn(found.files, now)
	}
	s.noticeChanges(now)
	var w *Sealing
	if s.dirty && (s.first || !now.Before(s.changedAt.Add(s.debounce))) {
		w = s.prepare(now)
	}
	return s.report(r), w
}

// Resolve takes in the waiting file with the user's choices (by stable
// id; a conflict not answered takes its default).
func (s *Syncer) Resolve(choices map[string]data.Resolution, now time.Time) Report {
	s.mu.Lock()
	defer s.mu.Unlock()
	var r Report
	if w := s.waiting; w != nil && !s.closed {
		s.waiting = nil
		if s.replaced(w) { // the answer is about a version gone since (stale.go)
			s.setAside(w, choices)
			return s.report(r)
		}
		if sum, ok := s.resolve(w, choices, now); ok {
			r.Merged = append(r.Merged, sum)
		}
		r.Merged = append(r.Merged, s.settleQueue(now)...)
	}
	s.noticeChanges(now)
	return s.report(r)
}

// Later puts the waiting file off: it still waits (Report.Waiting, for
// the status line), but is asked about again only when the other home
// changes one of its questions' records again, or when the app next
// starts; the other files are taken in meanwhile.
func (s *Syncer) Later() {
	s.mu.Lock()
	defer s.mu.Unlock()
	if w := s.waiting; w != nil {
		s.handled[w.Name] = w.state
		w.putOff = true
		s.putOff[w.Name] = questionKeys(w.Summary)
	}
}

// Close stops the syncer for good: a round under way finishes first,
// and nothing is taken in or written after (Take, Resolve, Flush, Seal).
func (s *Syncer) Close() {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.closed = true
}

// Report is r with where the sync stands now.
func (s *Syncer) Report(r Report) Report {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.report(r)
}

func (s *Syncer) noticeChanges(now time.Time) {
	if c := s.store.WriteCount(); c != s.count {
		s.count, s.dirty, s.changedAt = c, true, now
	}
}

func (s *Syncer) report(r Report) Report {
	r.Waiting, r.Queued, r.Problems = s.waiting, slices.Clone(s.queue), maps.Clone(s.problems)
	if err := errors.Join(s.listErr, s.writeErr); err != nil {
		r.Problems[""] = err
	}
	r.LastWrite, r.LastMerge, r.Own, r.LastFrom = s.lastWrite, s.lastIn, s.mine, s.lastFrom
	return r
}

// takeIn merges the others' files Look opened, in name order, until one
// has conflicts: that one waits.
func (s *Syncer) takeIn(files []found, now time.Time) []Summary {
	var merged []Summary
	for _, fd := range files {
		if fd.same {
			s.handled[fd.name] = fd.state // the same bytes, newly dated
			continue
		}
		if fd.err == nil {
			s.devices[fd.name] = fd.file.Family.Device
		}
		sum, err := s.plan(fd)
		switch {
		case err != nil:
			s.problems[fd.name], s.handled[fd.name] = err, fd.state
		case sum.Empty():
			delete(s.problems, fd.name)
			s.unqueue(fd.name)
			s.handled[fd.name] = fd.state
		case len(sum.Conflicts) > 0 || len(sum.Asks) > 0:
			delete(s.problems, fd.name)
			if choices, ok := s.answeredBefore(fd.name, sum); ok { // answered, the file rewritten since
				s.unqueue(fd.name)
				if sum, ok := s.resolve(&Waiting{Name: fd.name, Summary: sum, file: fd.file, state: fd.state}, choices, now); ok {
					merged = append(merged, sum)
				}
				continue
			}
			s.wait(fd, sum) // asked about now; one put off before waits behind
			return merged
		default:
			s.unqueue(fd.name)
			if sum, ok := s.apply(fd.name, fd.file, fd.state, nil, now); ok {
				merged = append(merged, sum)
			}
		}
		s.noteSaid(fd.name, sum.LeftOut, sum.Differs)
	}
	return merged
}

// noteSaid notes, for the file name that was taken in, what is said
// plainly in Settings, all of it: new records not added as this home is
// full (not silently dropped), and where the homes differ (not asked
// again). A problem with the file itself comes first.
func (s *Syncer) noteSaid(name string, left []LeftOut, differs []data.Change) {
	if s.problems[name] != nil {
		return
	}
	var said []error
	if len(left) > 0 {
		said = append(said, &LeftOutError{Left: left})
	}
	if len(differs) > 0 {
		said = append(said, &DiffersError{Changes: differs})
	}
	if len(said) > 0 {
		s.problems[name] = errors.Join(said...)
	}
}

// leftOut are, after this home answered a file's questions, the new
// records not added as this home is full: not those of a flood the
// carer did not take.
func (s *Syncer) leftOut(sum Summary, choices map[string]data.Resolution) []LeftOut {
	return slices.DeleteFunc(sum.LeftOut, func(l LeftOut) bool {
		return slices.ContainsFunc(sum.Asks, func(c data.Change) bool { return c.UID == data.BulkKey(l.Section) }) &&
			choices[data.BulkKey(l.Section)] != data.TakeTheirs
	})
}

// differs are, after this home answered fd's questions, where the homes
// now differ (both kept their own), as the other home will say too.
func (s *Syncer) differs(fd found) []data.Change {
	if sum, err := s.plan(fd); err == nil {
		return sum.Differs
	}
	return nil
}

// plan says what taking in an opened file would do.
func (s *Syncer) plan(fd found) (Summary, error) {
	if fd.err != nil {
		return Summary{}, fd.err
	}
	if fd.file.Family.Device == s.store.DeviceID() {
		return Summary{}, ErrOwnFileElsewhere
	}
	if d, ok := s.doubtOf(fd.name, fd.file); ok {
		return s.planDoubtful(fd, d)
	}
	plan, err := s.store.PlanShared(fd.file.Family, data.ImportMerge)
	if err != nil {
		return Summary{}, fitError(err)
	}
	return summarise(fd.file, s.withoutRefused(fd.name, plan)), nil
}

// ConflictChoices are the answers offered for a conflict, its default
// first. A concern entry is never overwritten: both are kept, with no
// choice. A list item (its default is to keep both) can also be kept one
// way; a child's details, a starter's mark or the agreement's limits are
// one version or the other.
func ConflictChoices(c data.Change) []data.Resolution {
	switch {
	case c.Section == "concerns":
		return []data.Resolution{data.KeepBoth}
	case c.RemovesThere(): // asked as a removal: kept by default
		return []data.Resolution{data.KeepMine, data.TakeTheirs}
	case c.Default == data.KeepBoth:
		return []data.Resolution{data.KeepBoth, data.KeepMine, data.TakeTheirs}
	case c.Default == data.TakeTheirs:
		return []data.Resolution{data.TakeTheirs, data.KeepMine}
	}
	return []data.Resolution{data.KeepMine, data.TakeTheirs}
}
