package sharing

import (
	"bytes"
	"crypto/sha256"
	"encoding/json"
	"errors"
	"io"
	"io/fs"
	"maps"
	"os"
	"path/filepath"
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
	Locked() bool
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

// Syncer keeps one family in step with the files of a shared folder. It
// does nothing by itself: Step is called every few seconds (from a
// goroutine; it is safe for that) and Flush at exit. It never imports
// Fyne.
type Syncer struct {
	mu                sync.Mutex
	store             FolderStore
	dir, pass, app    string
	mine              string // this computer's file name
	debounce          time.Duration
	count             uint64    // the store's WriteCount when last looked at
	dirty             bool      // a change waits to be written
	changedAt         time.Time // when that change was noticed
	written           [32]byte  // what the file last written holds
	handled           map[string]fileState
	waiting           *Waiting
	problems          map[string]error // by file name; "" for the folder or this computer's file
	lastWrite, lastIn time.Time
}

// Waiting is another computer's file whose changes include conflicts: it
// waits for the user to choose (Resolve) or to put it off (Later).
type Waiting struct {
	Name    string
	Summary Summary
	file    File
	state   fileState
}

// Report is what one Step did and where the sync stands.
type Report struct {
	// Merged are the other computers' changes taken in by this step.
	Merged []Summary
	// Wrote says this computer's file was written by this step.
	Wrote bool
	// Waiting is a file whose conflicts wait for the user (nil: none).
	Waiting *Waiting
	// Problems are the files that cannot be read or written, by name (""
	// for the folder itself or this computer's file), each with an error
	// that MessageKey explains.
	Problems map[string]error
	// LastWrite and LastMerge are when this computer's file was last
	// written and another's last taken in (zero: not yet).
	LastWrite, LastMerge time.Time
}

// NewSyncer syncs store with the folder dir, sealing with passphrase.
// Its first Step writes this computer's file and takes in the others'.
func NewSyncer(store FolderStore, dir, passphrase, appVersion string) *Syncer {
	return &Syncer{store: store, dir: dir, pass: passphrase, app: appVersion,
		mine: FolderFileName(store.DeviceID()), debounce: DefaultDebounce,
		count: store.WriteCount(), dirty: true,
		handled: map[string]fileState{}, problems: map[string]error{}}
}

// WithDebounce sets how long after the last change the file is written.
func (s *Syncer) WithDebounce(d time.Duration) *Syncer { s.debounce = d; return s }

// Dir is the shared folder.
func (s *Syncer) Dir() string { return s.dir }

// Step takes in the other computers' new files (unless one waits for the
// user), then writes this computer's file: at once the first time, then
// when a change is the debounce (DefaultDebounce) old. now is the app's
// clock. Step uses the store: call it where the store is used (the UI
// goroutine in the app), never beside another call.
func (s *Syncer) Step(now time.Time) Report {
	s.mu.Lock()
	defer s.mu.Unlock()
	var r Report
	if s.store.Locked() {
		return s.report(r) // nothing can be read or sealed until unlocked
	}
	if s.waiting == nil {
		r.Merged = s.takeIn(now)
	}
	s.noticeChanges(now)
	if s.dirty && (s.lastWrite.IsZero() || !now.Before(s.changedAt.Add(s.debounce))) {
		r.Wrote = s.write(now)
	}
	return s.report(r)
}

// Flush writes this computer's file now if a change waits (at exit).
func (s *Syncer) Flush(now time.Time) Report {
	s.mu.Lock()
	defer s.mu.Unlock()
	var r Report
	if !s.store.Locked() {
		s.noticeChanges(now)
		if s.dirty {
			r.Wrote = s.write(now)
		}
	}
	return s.report(r)
}

// Resolve takes in the waiting file with the user's choices (by stable
// id; a conflict not answered takes its default).
func (s *Syncer) Resolve(choices map[string]data.Resolution, now time.Time) Report {
	s.mu.Lock()
	defer s.mu.Unlock()
	var r Report
	if w := s.waiting; w != nil {
		s.waiting = nil
		if sum, ok := s.apply(w.Name, w.file, w.state, choices, now); ok {
			r.Merged = append(r.Merged, sum)
		}
	}
	s.noticeChanges(now)
	return s.report(r)
}

// Later puts the waiting file off: it is asked about again when it
// changes, or when the app next starts.
func (s *Syncer) Later() {
	s.mu.Lock()
	defer s.mu.Unlock()
	if w := s.waiting; w != nil {
		s.handled[w.Name] = w.state
		s.waiting = nil
	}
}

func (s *Syncer) noticeChanges(now time.Time) {
	if c := s.store.WriteCount(); c != s.count {
		s.count, s.dirty, s.changedAt = c, true, now
	}
}

func (s *Syncer) report(r Report) Report {
	r.Waiting, r.Problems = s.waiting, maps.Clone(s.problems)
	r.LastWrite, r.LastMerge = s.lastWrite, s.lastIn
	return r
}

// write seals the family into this computer's file, unless the file
// already holds exactly that.
func (s *Syncer) write(now time.Time) bool {
	s.dirty = false
	f, err := s.store.ShareFamily(nil)
	if err != nil {
		s.problems[""] = err
		return false
	}
	plain, err := json.Marshal(f)
	if err != nil {
		s.problems[""] = err
		return false
	}
	sum := sha256.Sum256(plain)
	if sum == s.written {
		return false
	}
	err = writeAtomic(s.dir, s.mine, func(w io.Writer) error { return Export(w, f, s.pass, s.app, now) })
	if err != nil {
		s.problems[""] = err
		s.dirty = true // tried again at the next step
		return false
	}
	delete(s.problems, "")
	s.written, s.lastWrite = sum, now
	return true
}

// takeIn merges every other computer's file that changed since it was
// last handled, in name order, until one has conflicts: that one waits.
func (s *Syncer) takeIn(now time.Time) []Summary {
	files, err := otherFiles(s.dir, s.mine)
	if err != nil {
		s.problems[""] = err
		return nil
	}
	for name := range s.problems {
		if _, there := files[name]; !there && name != "" {
			delete(s.problems, name) // the file is gone
		}
	}
	var merged []Summary
	for _, name := range slices.Sorted(maps.Keys(files)) {
		l := files[name]
		old, seen := s.handled[name]
		if seen && old.unchanged(l.mod, l.size) {
			continue
		}
		raw, state, err := readFolderFile(filepath.Join(s.dir, name), l)
		if err == nil && seen && state.sum == old.sum {
			s.handled[name] = state // the same bytes, newly dated
			continue
		}
		var f File
		var sum Summary
		if err == nil {
			f, sum, err = s.preview(raw)
		}
		switch {
		case err != nil:
			s.problems[name], s.handled[name] = err, state
		case sum.Empty():
			delete(s.problems, name)
			s.handled[name] = state
		case len(sum.Conflicts) > 0:
			delete(s.problems, name)
			s.waiting = &Waiting{Name: name, Summary: sum, file: f, state: state}
			return merged
		default:
			if sum, ok := s.apply(name, f, state, nil, now); ok {
				merged = append(merged, sum)
			}
		}
	}
	return merged
}

// preview opens another computer's file and plans taking it in.
func (s *Syncer) preview(raw []byte) (File, Summary, error) {
	f, err := Read(bytes.NewReader(raw), s.pass)
	if err != nil {
		return File{}, Summary{}, err
	}
	if f.Family.Device == s.store.DeviceID() {
		return File{}, Summary{}, ErrOwnFileElsewhere
	}
	plan, err := s.store.PlanShared(f.Family, data.ImportMerge)
	if err != nil {
		return File{}, Summary{}, fitError(err)
	}
	return f, summarise(f, plan), nil
}

// apply takes in a file after a backup, in one transaction (Apply).
func (s *Syncer) apply(name string, f File, state fileState, choices map[string]data.Resolution, now time.Time) (Summary, bool) {
	sum, err := Apply(s.store, f, data.ImportMerge, choices)
	s.handled[name] = state
	if err != nil {
		s.problems[name] = err
		return Summary{}, false
	}
	delete(s.problems, name)
	s.lastIn = now
	return sum, true
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
	case c.Default == data.KeepBoth:
		return []data.Resolution{data.KeepBoth, data.KeepMine, data.TakeTheirs}
	case c.Default == data.TakeTheirs:
		return []data.Resolution{data.TakeTheirs, data.KeepMine}
	}
	return []data.Resolution{data.KeepMine, data.TakeTheirs}
}

// RemoveOwnFile deletes this computer's file from the folder (Forget
// everything); the other homes' files are theirs and stay.
func (s *Syncer) RemoveOwnFile() error {
	s.mu.Lock()
	defer s.mu.Unlock()
	err := os.Remove(filepath.Join(s.dir, s.mine))
	if errors.Is(err, fs.ErrNotExist) {
		return nil
	}
	return err
}
