package sharing

import (
	"crypto/sha256"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"time"

	"family-online-safety/data"
)

// An answer is about the version of the file the carer was shown. When
// the other home has written its file again meanwhile (it may have
// taken this home's version in the same conflict), that answer is not
// applied to the old version: the file is read again, and asked about
// again only when its questions changed. The same questions again (a
// file rewritten every few seconds) take the answers given, so a
// question can always be answered.

// answeredFile is the carer's answer to a file's questions that was not
// applied, the file having changed since it was read.
type answeredFile struct {
	keys    map[string]bool // the questions answered (questionKeys)
	choices map[string]data.Resolution
}

// replaced reports whether the waiting file w was written again since
// it was read (a file gone is not: the answer stands). The same time and
// size prove nothing when the file was read just after it was written
// (a file system's clock is coarse, and a sealed file of the same
// records has the same size): then its bytes say.
func (s *Syncer) replaced(w *Waiting) bool {
	path := filepath.Join(s.dir, w.Name)
	info, err := os.Stat(path)
	switch {
	case err != nil || w.state.unchanged(info.ModTime(), info.Size()):
		return false
	case !info.ModTime().Equal(w.state.mod) || info.Size() != w.state.size:
		return true
	}
	b, _, err := readFolderFile(path, listed{mod: info.ModTime(), size: info.Size()})
	return err == nil && sha256.Sum256(b) != w.state.sum
}

// setAside keeps the answer to w, written again since, and reads it
// again at the next round.
func (s *Syncer) setAside(w *Waiting, choices map[string]data.Resolution) {
	s.answered[w.Name] = answeredFile{keys: questionKeys(w.Summary), choices: maps.Clone(choices)}
	delete(s.handled, w.Name)
}

// answeredBefore is the answer given to the file name's questions sum,
// when every one of them was answered (set aside, the file having
// changed).
func (s *Syncer) answeredBefore(name string, sum Summary) (map[string]data.Resolution, bool) {
	a, ok := s.answered[name]
	if !ok {
		return nil, false
	}
	delete(s.answered, name)
	for k := range questionKeys(sum) {
		if !a.keys[k] {
			return nil, false
		}
	}
	return a.choices, true
}

// resolve takes in w with choices, and says what it left out and where
// the homes differ.
func (s *Syncer) resolve(w *Waiting, choices map[string]data.Resolution, now time.Time) (Summary, bool) {
	delete(s.putOff, w.Name)
	if w.Summary.Doubt != nil {
		return s.resolveDoubt(w, choices, now)
	}
	sum, ok := s.apply(w.Name, w.file, w.state, choices, now)
	if ok {
		s.keepRefusals(w.Name, w.Summary, choices, now)
		s.noteSaid(w.Name, s.leftOut(sum, choices), s.differs(found{name: w.Name, file: w.file}))
	}
	return sum, ok
}

// staleWaiting drops the file name that waits for the user, and reports
// so, when that file is gone from the folder or was written again since
// it was read: a question about a version that no longer exists is never
// shown. A file written again is read at the next round, and asked about
// then if it still asks anything.
func (s *Syncer) staleWaiting(name string) bool {
	w := s.waiting
	if i := slices.IndexFunc(s.queue, func(q *Waiting) bool { return q.Name == name }); i >= 0 {
		w = s.queue[i]
	}
	if w == nil || w.Name != name {
		return false
	}
	if _, err := os.Stat(filepath.Join(s.dir, name)); err == nil && !s.replaced(w) {
		return false
	}
	if s.waiting == w {
		s.waiting = nil
	}
	s.unqueue(name)
	delete(s.handled, name)
	return true
}

// forgetGone forgets the problems and questions of the files no longer in
// the folder (names: those there).
func (s *Syncer) forgetGone(names map[string]bool) {
	for name := range s.devices {
		if !names[name] {
			delete(s.devices, name)
		}
	}
	for name := range s.problems {
		if !names[name] {
			delete(s.problems, name)
		}
	}
	for _, w := range slices.Clone(s.queue) {
		if !names[w.Name] {
			s.unqueue(w.Name)
		}
	}
	if w := s.waiting; w != nil && !names[w.Name] {
		s.waiting = nil // nothing to ask about
	}
}
