// Package data keeps the family's records in one bbolt file on this
// computer. It never imports Fyne: screens reach it through small interfaces.
//
// Every change is one bbolt transaction, so there is no Save button to
// forget and a crash or quick exit loses nothing that was already shown.
package data

import (
	"encoding/binary"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sync/atomic"
	"time"

	"go.etcd.io/bbolt"

	"family-online-safety/data/internal/testcost"
)

// FileName is the database file inside the data folder.
const FileName = "family-online-safety.db"

// openTimeout bounds the wait for the file lock: a second running copy of
// the app gets ErrAlreadyOpen instead of hanging.
const openTimeout = 800 * time.Millisecond

// ID identifies a record. Ids come from bbolt's per-bucket sequence and are
// stored big-endian so keys sort in creation order.
type ID uint64

func (id ID) key() []byte {
	b := make([]byte, 8)
	binary.BigEndian.PutUint64(b, uint64(id))
	return b
}

// Store is the family's database.
type Store struct {
	db         *boltFile
	path       string
	opts       Options     // as opened, with the defaults filled in (the clock is db's)
	unreadable int         // records Open could not read; see Unreadable
	damaged    []string    // their kinds; see Damaged
	newer      []string    // kinds of records a newer version wrote; see Newer
	keys       *Keys       // the passphrase once unlocked; nil for a plain file
	swaps      uint64      // files swapped in by compaction (WriteCount)
	checks     copyChecks  // backups already read (backuphealth.go)
	readOnly   bool        // opened to read only: the disk cannot be written (ReadOnly)
	bindWaits  atomic.Bool // a copy's new device id waits for a file that can be written (device.go)
}

// Open opens (or on first run creates) the database in dir, creating dir
// if needed, and brings its schema up to date. First run happens only when
// there is no file and no sign of an earlier family (else ErrMissing,
// unless opts.NewFamily), never through a link to nothing
// (ErrDanglingLink): an empty or damaged file is reported (ErrNotDatabase)
// and left exactly as it is. Open never panics on a damaged file. An
// encrypted file opens locked (Locked; its structure checked, this copy
// holding it): Unlock reads the records. opts are the app's when zero.
func Open(dir string, opts Options) (*Store, error) {
	opts = opts.withDefaults()
	if opts.NoSync.Skips() {
		testcost.Allow() // only a test can pass this switch
	}
	if err := dangling(dir); err != nil {
		return nil, err
	}
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return nil, fileError("creating the data folder "+dir, err, true)
	}
	path := filepath.Join(dir, FileName)
	if _, err := os.Stat(path); errors.Is(err, os.ErrNotExist) {
		if err := firstRun(dir, path, opts); err != nil {
			return nil, err
		}
	} else if err != nil {
		return nil, fileError("reading "+path, err, false)
	}
	db, contents, readOnly, err := openWritableOrNot(path, opts)
	if err != nil {
		return nil, err
	}
	db.NoSync = opts.NoSync.Skips()
	s := &Store{db: db, path: path, opts: opts, unreadable: contents.Unreadable, damaged: contents.Damaged, newer: contents.Newer, readOnly: readOnly}
	if s.Locked() { // records are read and the schema updated at Unlock
		removeLeftovers(dir)
		return s, nil
	}
	if err := migrate(db, migrations); err != nil {
		_ = db.Close()
		return nil, err
	}
	if err := s.bindOrWait(); err != nil {
		_ = db.Close()
		return nil, err
	}
	removeLeftovers(dir) // safe now: this copy holds the lock
	return s, nil
}

// bindOrWait binds the file to this machine and folder (bindDevice). A
// damaged or read-only file is not written at open: a copy's new device
// id then waits until something from it is first written elsewhere
// (settleDevice), or the first start after it is mended.
func (s *Store) bindOrWait() error {
	if s.readOnly || s.unreadable > 0 {
		s.bindWaits.Store(deviceMoved(s.db, s.opts.Machine, s.Dir()))
		return nil
	}
	return bindDevice(s.db, s.opts.Machine, s.Dir())
}

// create writes a fully set-up database under a temporary name and renames
// it into place, so a crash during first run never leaves a half file.
func create(path string) error {
	tmp, err := os.CreateTemp(filepath.Dir(path), tempNew+"*.db")
	if err != nil {
		return fileError("writing in the data folder", err, true)
	}
	tmpPath := tmp.Name()
	_ = tmp.Close()
	defer func() { _ = os.Remove(tmpPath) }() // a no-op once renamed
	bdb, err := bbolt.Open(tmpPath, 0o600, &bbolt.Options{Timeout: openTimeout})
	if err != nil {
		return fmt.Errorf("cannot create the data file: %w", err)
	}
	db := newBoltFile(bdb, nil)
	db.NoSync = true // a new file is synced once, whole, before it is named
	if err := migrate(db, migrations); err != nil {
		_ = db.Close()
		return SaveError(err)
	}
	if err := db.Sync(); err != nil {
		_ = db.Close()
		return err
	}
	if err := db.Close(); err != nil {
		return err
	}
	if err := os.Rename(tmpPath, path); err != nil {
		return fmt.Errorf("cannot create the data file: %w", err)
	}
	return syncDir(filepath.Dir(path))
}

// syncDir makes a rename durable. Not every OS can sync a folder; that is
// not an error worth stopping for.
func syncDir(dir string) error {
	d, err := os.Open(dir)
	if err != nil {
		return nil
	}
	defer func() { _ = d.Close() }()
	_ = d.Sync()
	return nil
}

// SetClock sets the clock the store checks dates against and stamps
// history with; tests pin it. Call it before the store is shared.
func (s *Store) SetClock(now func() time.Time) {
	if now == nil {
		now = time.Now
	}
	s.db.now = now
}

// now is the store's clock.
func (s *Store) now() time.Time { return s.db.now() }

// Close releases the file so another copy of the app may open it.
func (s *Store) Close() error {
	s.keepLockPrefs()
	s.keys = nil
	return closeDB(s.db)
}

// Path is the database file's location, shown in Settings.
func (s *Store) Path() string { return s.path }

// Dir is the data folder.
func (s *Store) Dir() string { return filepath.Dir(s.path) }

// put encodes v and stores it under key in bucket.
func put(tx txn, bucket, key []byte, v any) error {
	sl, err := sealerOf(tx)
	if err != nil {
		return err
	}
	if old := tx.Bucket(bucket).Get(key); old != nil && newerRecord(old) {
		return fmt.Errorf("%w (%s)", ErrNewerRecord, kindOf(bucket, key))
	}
	b, err := encodeAt(sl, bucket, key, v)
	if err != nil {
		return err
	}
	if err := tx.Bucket(bucket).Put(key, b); err != nil {
		return err
	}
	return stamp(tx, bucket, key, false)
}

// get decodes the value under key into v; ErrNotFound when there is none.
func get(tx txn, bucket, key []byte, v any) error {
	sl, err := sealerOf(tx)
	if err != nil {
		return err
	}
	b := tx.Bucket(bucket).Get(key)
	if b == nil {
		return ErrNotFound
	}
	return decodeAt(sl, bucket, key, b, v)
}

// all decodes every value in bucket, in key order. A record that cannot
// be read is skipped (Open counted it for Unreadable), so one damaged
// record hides only itself.
func all[T any](tx txn, bucket []byte) ([]T, error) {
	var out []T
	sl, err := sealerOf(tx)
	if err != nil {
		return nil, err
	}
	err = tx.Bucket(bucket).ForEach(func(k, v []byte) error {
		var item T
		if decodeOrSkip(tx, sl, bucket, k, v, &item) {
			ownedBy(&item, k)
			out = append(out, item)
		}
		return nil
	})
	return out, err
}

// nextID takes the next id from bucket's sequence.
func nextID(tx txn, bucket []byte) (ID, error) {
	n, err := tx.Bucket(bucket).NextSequence()
	return ID(n), err
}

// openWritableOrNot opens the family's file to read and write or, when
// its disk or folder cannot be written (ErrReadOnly), to read only: the
// family can still see everything, and each save says it cannot be made.
func openWritableOrNot(path string, opts Options) (*boltFile, Contents, bool, error) {
	db, contents, err := openChecked(path, false, nil, opts.Clock)
	if !errors.Is(err, ErrReadOnly) {
		return db, contents, false, err
	}
	db, contents, err = openChecked(path, true, nil, opts.Clock)
	return db, contents, err == nil, err
}

// ReadOnly reports whether the file was opened to read only, because its
// disk or folder cannot be written: nothing can be saved.
func (s *Store) ReadOnly() bool { return s.readOnly }
