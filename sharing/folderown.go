package sharing

import (
	"os"
	"path/filepath"
	"time"
)

// This computer's own file in the folder can be damaged from outside (a
// sync tool that cut it short, a disk, a person): each round compares it
// with what was last written, by size and time, and writes it again when
// it differs or is gone, without waiting for a change or a restart.

// ownFile is the size and time of this computer's file as last written.
type ownFile struct {
	mod  time.Time
	size int64
	ok   bool // written by this run
}

// noteOwnWritten notes the file just written (under s.sealing).
func (s *Syncer) noteOwnWritten(name string) {
	info, err := os.Lstat(filepath.Join(s.dir, name))
	s.mu.Lock()
	defer s.mu.Unlock()
	s.own = ownFile{}
	if err == nil {
		s.own = ownFile{mod: info.ModTime(), size: info.Size(), ok: true}
	}
}

// ownChanged reports whether this computer's file is no longer the one it
// last wrote (Look, away from the store).
func (s *Syncer) ownChanged() bool {
	s.sealing.Lock() // not while it is being written
	defer s.sealing.Unlock()
	s.mu.Lock()
	own, name := s.own, s.mine
	s.mu.Unlock()
	if !own.ok {
		return false
	}
	info, err := os.Lstat(filepath.Join(s.dir, name))
	return err != nil || !info.Mode().IsRegular() || info.Size() != own.size || !info.ModTime().Equal(own.mod)
}

// rewriteOwn makes this round write this computer's file again at once.
func (s *Syncer) rewriteOwn() {
	s.written, s.dirty, s.first = [32]byte{}, true, true
	s.own = ownFile{}
}
