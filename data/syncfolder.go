package data

// SyncFolder is this computer's choice of a folder the family already
// syncs with its own tool (issue 14, point 4), and the passphrase of the
// shared file there. It stays on this computer (the settings bucket is
// not shared).
//
// The passphrase has to be kept: the app seals and opens the shared file
// by itself, after changes and at exit, with nobody there to type it. It
// is kept the way the app keeps everything else: sealed with the family's
// own passphrase when the family has one, otherwise in the family's file
// as it is (readable only by this user's account, mode 0600). Settings
// says which, in plain words, so a foster carer can decide whether to
// set a passphrase first; keeping it anywhere else (a system keyring)
// would mean a new dependency and a second place to forget.
type SyncFolder struct {
	Dir        string `json:"dir,omitempty"`
	Passphrase string `json:"passphrase,omitempty"`
}

// On reports whether a folder is chosen.
func (f SyncFolder) On() bool { return f.Dir != "" && f.Passphrase != "" }

var keySyncFolder = []byte("sync_folder")

// SyncFolder returns the shared-folder choice (zero: none).
func (s *Store) SyncFolder() (SyncFolder, error) {
	var f SyncFolder
	err := s.db.View(func(tx txn) error {
		if err := get(tx, bucketSettings, keySyncFolder, &f); err != ErrNotFound {
			return err
		}
		return nil
	})
	return f, err
}

// SaveSyncFolder replaces the shared-folder choice; the zero value stops
// syncing and forgets the passphrase, compacting the file so it does not
// linger in a free page.
func (s *Store) SaveSyncFolder(f SyncFolder) error {
	err := s.db.Update(func(tx txn) error {
		if !f.On() {
			return del(tx, bucketSettings, keySyncFolder)
		}
		return put(tx, bucketSettings, keySyncFolder, f)
	})
	if f.On() {
		return err
	}
	return s.compacted(err)
}

// WriteCount changes with every write to the family's file: a cheap way
// for the shared-folder sync to notice a change without reading records.
// A compacted file counts its writes from its own start, so the number of
// compactions is in the high bits.
func (s *Store) WriteCount() uint64 {
	var n int
	_ = s.db.View(func(tx txn) error { n = tx.ID(); return nil })
	return s.swaps<<40 | uint64(max(n, 0))
}
