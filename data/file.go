package data

import (
	"sync/atomic"
	"time"

	"go.etcd.io/bbolt"

	"family-online-safety/data/internal/nosync"
)

// boltFile is one open bbolt file with what its transactions need beyond
// bbolt: the data key that seals its records (none for a plain file or a
// locked one) and the clock that dates each change. Each file owns these,
// so two stores (two tests, or a store and a backup being checked) never
// share them and nothing is kept in package variables.
//
// View and Update hide bbolt's own: they hand fn a txn, a transaction
// that knows its file, so put, get and stamp find the key and the clock
// without every repository passing them along.
type boltFile struct {
	*bbolt.DB
	seal atomic.Pointer[sealer] // nil: plain, or locked
	now  func() time.Time       // set before the file is shared; never nil
	logs onceLog                // what was already logged about this file
	// opened are the buckets reads opened in a file with hashed keys
	// (keyhash.go), for the reads after them.
	opened openedCache
}

// txn is a bbolt transaction on a boltFile.
type txn struct {
	*bbolt.Tx
	f     *boltFile
	log   *writeLog // the records a write touches (txlog.go); nil in reads
	names *keyNames // hashes record keys (keyhash.go); nil: kept as they are
}

func newBoltFile(db *bbolt.DB, now func() time.Time) *boltFile {
	if now == nil {
		now = time.Now
	}
	return &boltFile{DB: db, now: now}
}

// View runs fn in a read-only transaction.
func (f *boltFile) View(fn func(txn) error) error {
	return f.DB.View(func(tx *bbolt.Tx) error { return fn(txn{Tx: tx, f: f, names: newKeyNames(f.sealer())}) })
}

// Update runs fn in a read-write transaction, committed when fn returns
// nil. In an unlocked encrypted file the manifest is checked first and
// moved on after fn (manifest.go, txlog.go): a file changed outside the
// app is not written to.
func (f *boltFile) Update(fn func(txn) error) error {
	var names *keyNames
	var id int
	err := f.DB.Update(func(tx *bbolt.Tx) error {
		sl := f.sealer()
		t := txn{Tx: tx, f: f, names: newKeyNames(sl)}
		names, id = t.names, tx.ID()
		if sl == nil {
			return fn(t)
		}
		return sealedUpdate(t, sl, fn)
	})
	if err == nil {
		f.opened.committed(names, id)
	}
	return savingError(err)
}

// sealer is the file's data key; nil for a plain or locked file.
func (f *boltFile) sealer() *sealer { return f.seal.Load() }

// Options are what a store is opened with. The zero value is the app's:
// the real clock and full costs, every write synced to disk.
type Options struct {
	// Clock is the store's clock: dates are checked against it and changes
	// stamped with it. Nil: time.Now. (SetClock changes it later.)
	Clock func() time.Time
	// KDF is the Argon2id cost a new passphrase is wrapped with; zero:
	// DefaultKDF. A file always opens with the cost it was wrapped with.
	KDF KDFCost
	// Share is the scrypt cost of the files shared from this store; zero:
	// DefaultShareCost.
	Share ShareCost
	// NoSync, when on, skips the fsync after each saved change: fast, and
	// unsafe if the computer stops. Its type is internal to data, so the
	// program cannot turn it on; only datatest.Options gives it to tests
	// (see package nosync).
	NoSync nosync.Switch
	// Machine is this computer's own id (MachineID): a file last opened
	// on another machine takes a new device id (device.go). "": no check.
	Machine string
	// NewFamily lets Open start a new, empty family although the folder
	// holds backups of an earlier one: only when the user chose to.
	NewFamily bool
}

// KDFCost is Argon2id's cost: passes over the memory, the memory in KiB
// and the threads.
type KDFCost struct {
	Time      uint32 `json:"t"`
	MemoryKiB uint32 `json:"m"`
	Threads   uint8  `json:"p"`
}

// The app's Argon2id cost takes 64 MiB and about 0.5 s on an idle 2-core
// computer, up to about 1 s on a slower or busy one (see
// docs/PERFORMANCE.md): slow enough that guessing is expensive, quick
// enough to unlock without a wait that feels broken.
const (
	defaultKDFTime    = 6
	defaultKDFMemory  = 64 * 1024
	defaultKDFThreads = 2
)

// DefaultKDF is the cost of the app's passphrases.
func DefaultKDF() KDFCost {
	return KDFCost{Time: defaultKDFTime, MemoryKiB: defaultKDFMemory, Threads: defaultKDFThreads}
}

// CheapKDF is a low cost for tests that set many passphrases.
func CheapKDF() KDFCost { return KDFCost{Time: 1, MemoryKiB: 64, Threads: 1} }

// ShareCost is scrypt's cost, as log2 of its work factor, for the files
// sharing seals (Work) and the highest it accepts when reading (Max), so
// a file cannot make this computer spend more.
type ShareCost struct {
	Work, Max int
}

// DefaultShareCost is 2^17 (about 128 MiB and half a second) to seal,
// and up to 2^18 (256 MiB) to read.
func DefaultShareCost() ShareCost { return ShareCost{Work: 17, Max: 18} }

// CheapShareCost is for tests that seal many files (2^4: under the race
// detector the shared files' scrypt was a fifth of the sharing screen's
// tests); files sealed at the full cost are refused by such a store (Max
// 11), and the seeds sealed at 2^10 before are still read.
func CheapShareCost() ShareCost { return ShareCost{Work: 4, Max: 11} }

// withDefaults fills in what o leaves zero.
func (o Options) withDefaults() Options {
	if o.Clock == nil {
		o.Clock = time.Now
	}
	if o.KDF == (KDFCost{}) {
		o.KDF = DefaultKDF()
	}
	if o.Share == (ShareCost{}) {
		o.Share = DefaultShareCost()
	}
	return o
}

// Options are the options the store was opened with, its clock as it is
// now: what to reopen it with (after a restore) or open a demo with.
func (s *Store) Options() Options {
	o := s.opts
	o.Clock = s.db.now
	return o
}

// ShareCost is the scrypt cost of files shared from this store.
func (s *Store) ShareCost() ShareCost { return s.opts.Share }
