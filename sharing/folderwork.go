package sharing

import (
	"bytes"
	"crypto/sha256"
	"encoding/json"
	"errors"
	"io"
	"io/fs"
	"maps"
	"math"
	"os"
	"path/filepath"
	"slices"
	"time"

	"family-online-safety/data"
)

// The Syncer's work away from the store: opening the others' files and
// sealing this computer's (foldersync.go says how a round goes).

// Found is what Look found in the folder.
type Found struct {
	files   []found
	names   map[string]bool // every other computer's file there
	listErr error
	// ownChanged: this computer's file is not the one it last wrote.
	ownChanged bool
}

type found struct {
	name  string
	state fileState
	same  bool // the bytes already handled
	file  File
	err   error
}

// Look lists the folder and opens every other computer's file that
// changed since it was handled (none while a file waits for the user).
// It does not use the store.
func (s *Syncer) Look() Found {
	s.mu.Lock()
	waiting, handled, mine := s.waiting != nil && !s.waiting.putOff, maps.Clone(s.handled), s.mine
	s.mu.Unlock()
	s.cleanOnce.Do(func() { removeLeftovers(s.dir, mine) })
	removeStale(s.dir, mine, time.Now()) // file times are wall-clock times
	files, odd, err := otherFiles(s.dir, mine)
	if err != nil {
		return Found{listErr: err}
	}
	out := Found{names: map[string]bool{}, ownChanged: s.ownChanged()}
	for _, name := range odd { // skipped, with a status line
		out.names[name] = true
		out.files = append(out.files, found{name: name, err: ErrNotAFile})
	}
	for _, name := range slices.Sorted(maps.Keys(files)) {
		out.names[name] = true
		l := files[name]
		old, seen := handled[name]
		if waiting || seen && old.unchanged(l.mod, l.size) {
			continue
		}
		raw, state, err := readFolderFile(filepath.Join(s.dir, name), l)
		fd := found{name: name, state: state, err: err, same: err == nil && seen && state.sum == old.sum}
		if err == nil && !fd.same {
			s.mu.Lock()
			s.opened++
			s.mu.Unlock()
			fd.file, fd.err = Read(bytes.NewReader(raw), s.pass, s.cost)
		}
		out.files = append(out.files, fd)
	}
	return out
}

// Sealing is the family to write into this computer's file.
type Sealing struct {
	family data.SharedFamily
	sum    [32]byte
	seq    uint64
	at     time.Time
}

// prepare reads the family to write, unless the file holds exactly that.
func (s *Syncer) prepare(now time.Time) *Sealing {
	s.dirty, s.first = false, false
	f, err := s.store.ShareFamily(nil)
	if err != nil {
		s.writeErr = err
		return nil
	}
	s.mine = FolderFileName(f.Device) // a copy's device id is new by now
	plain, err := json.Marshal(f)
	if err != nil {
		s.writeErr = err
		return nil
	}
	sum := sha256.Sum256(plain)
	if sum == s.written {
		return nil
	}
	s.seq++
	return &Sealing{family: f, sum: sum, seq: s.seq, at: now}
}

// Seal seals w into this computer's file (nil: nothing to write) and
// reports whether it was written. A Sealing older than one already
// written is dropped. Once written, the store notes what was sealed
// (data.Store.MarkSealed).
func (s *Syncer) Seal(w *Sealing) bool {
	if w == nil {
		return false
	}
	s.sealing.Lock()
	defer s.sealing.Unlock()
	s.mu.Lock()
	stale, mine := w.seq <= s.sealed || s.closed, s.mine
	s.mu.Unlock()
	if stale {
		return false
	}
	err := writeAtomic(s.dir, mine, func(out io.Writer) error { return Export(out, w.family, s.pass, s.app, w.at, s.cost) })
	s.mu.Lock()
	defer s.mu.Unlock()
	if err != nil {
		s.writeErr = err
		s.dirty, s.changedAt = true, w.at // tried again after the debounce
		return false
	}
	s.writeErr = nil
	s.written, s.sealed, s.lastWrite = w.sum, w.seq, w.at
	s.sealedNow = &w.family
	s.markSealed(w.at) // at once: the app may be closed or killed next
	s.mu.Unlock()
	s.noteOwnWritten(mine)
	s.mu.Lock()
	return true
}

// RemoveOwnFile deletes this computer's file from the folder (Forget
// everything); the other homes' files are theirs and stay.
func (s *Syncer) RemoveOwnFile() error {
	s.sealing.Lock()
	defer s.sealing.Unlock()
	s.mu.Lock()
	s.sealed = math.MaxUint64 // a Sealing still on its way is dropped
	s.own = ownFile{}         // gone on purpose: not written again
	mine := s.mine
	s.mu.Unlock()
	err := os.Remove(filepath.Join(s.dir, mine))
	if errors.Is(err, fs.ErrNotExist) {
		return nil
	}
	return err
}
