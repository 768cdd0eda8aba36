package data

import (
	"log"
	"os"

	"go.etcd.io/bbolt"
)

// bbolt never clears the pages a delete frees, so a deleted child's
// details or concern would stay readable in the file until the pages are
// reused. After such a delete the file is compacted: every record is
// copied into a fresh file, which then takes the old one's place.
//
// The lock is never let go: the fresh file is opened (and locked) before
// it is renamed over the old one, and the old one is closed only after.
// A second copy of the app that was waiting on the old file notices the
// swap (openChecked) and opens the new one. Store methods run on one
// goroutine at a time (the UI's), so swapping s.db is safe.

// compacted compacts after a successful delete. A failed compaction is
// logged, not returned: the delete itself was saved.
func (s *Store) compacted(err error) error {
	if err == nil {
		if cerr := s.compact(); cerr != nil {
			log.Printf("data: the file could not be compacted after a delete: %v", cerr)
		}
	}
	return err
}

func (s *Store) compact() error {
	tmp, err := os.CreateTemp(s.Dir(), tempCompact+"*.db")
	if err != nil {
		return err
	}
	tmpPath := tmp.Name()
	_ = tmp.Close()
	defer func() { _ = os.Remove(tmpPath) }() // a no-op once renamed
	bdb, err := bbolt.Open(tmpPath, 0o600, &bbolt.Options{Timeout: openTimeout})
	if err != nil {
		return err
	}
	dst := newBoltFile(bdb, s.db.now)
	err = bbolt.Compact(dst.DB, s.db.DB, 0)
	if err == nil {
		err = dst.Sync()
	}
	if err == nil {
		err = os.Rename(tmpPath, s.path)
	}
	if err != nil {
		_ = dst.Close()
		return err
	}
	_ = syncDir(s.Dir())
	return s.swap(dst)
}

// swap makes dst (already renamed into place) the store's file, carrying
// the data key, the clock and the sync setting over, and closes the old one.
func (s *Store) swap(dst *boltFile) error {
	old := s.db
	if sl := sealerOfDB(old); sl != nil {
		attachSealer(dst, sl)
	}
	dst.now = old.now
	dst.NoSync = old.NoSync
	s.db = dst
	s.swaps++ // WriteCount: the new file counts its writes from its own start
	return closeDB(old)
}
