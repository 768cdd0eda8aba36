package data

import (
	"crypto/rand"
	"encoding/json"
	"errors"
	"fmt"
	"hash/crc32"
	"log"
	"sync"

	"golang.org/x/crypto/argon2"
	"golang.org/x/crypto/chacha20poly1305"

	"family-online-safety/data/internal/testcost"
)

// The passphrase never opens records itself: Argon2id turns it into a key
// that wraps (seals) the random data key. Changing the passphrase draws a
// new data key and seals every record again (ChangePassphrase).

var keyCrypt = []byte("crypt")

// Argon2id's costs (KDFCost, file.go) are stored with the wrapped key, so
// a later version can raise them without stranding a file.

// cryptRecord is the meta bucket's "crypt" value. S is a CRC-32C of the
// rest, so a flipped byte is reported as damage, not as a wrong
// passphrase.
type cryptRecord struct {
	V       int     `json:"v"`
	KDF     KDFCost `json:"kdf"`
	Salt    []byte  `json:"salt"`
	Wrapped []byte  `json:"key"` // nonce || sealed data key
	// Tries are the wrong passphrases in a row (privacy.go): kept in the
	// key record so that deleting them deletes the key, which is damage.
	Tries *unlockTries `json:"tries,omitempty"`
	S     uint32       `json:"s"`
}

// keyID names the data key a crypt record wraps, whatever its count of
// wrong tries: the wrapped key itself (the record as it is when it cannot
// be read).
func keyID(rec []byte) string {
	var r cryptRecord
	if json.Unmarshal(rec, &r) != nil || len(r.Wrapped) == 0 {
		return string(rec)
	}
	return string(r.Wrapped)
}

// wrapAD names what a wrapped key is, so it cannot pass for anything
// else. A version 2 key record belongs to a file that keeps a manifest
// (manifest.go); its own words mean it cannot be passed off as version 1,
// which may have none.
//
// Version 3 belongs to a file whose record keys are hashed (keyhash.go).
func wrapAD(v int) []byte {
	switch v {
	case 1:
		return []byte("family-online-safety data key v1")
	case 2:
		return []byte("family-online-safety data key v2, with a manifest")
	}
	return []byte("family-online-safety data key v3, with a manifest and hashed keys")
}

// cryptVersion is the version of the key records this app writes;
// cryptHashedKeys is the first whose file hashes its record keys.
const (
	cryptVersion    = 3
	cryptHashedKeys = 3
)

func (r cryptRecord) sum() uint32 {
	r.S = 0
	b, _ := json.Marshal(r)
	return crc32.Checksum(b, crcTable)
}

// parseCrypt reads a crypt record, refusing a damaged one or one whose
// costs are not one of the few this app writes (KnownKDF): a planted key
// record must not make each try at the lock screen take half a minute or
// allocate gigabytes.
func parseCrypt(b []byte) (cryptRecord, error) {
	var r cryptRecord
	if err := json.Unmarshal(b, &r); err != nil {
		return r, fmt.Errorf("%w: the key record cannot be read", ErrNotDatabase)
	}
	if r.V < 1 || r.V > cryptVersion || r.S != r.sum() {
		return r, fmt.Errorf("%w: the key record is damaged", ErrNotDatabase)
	}
	if !KnownKDF(r.KDF) || len(r.Salt) < 16 {
		return r, fmt.Errorf("%w: the key record has the wrong shape", ErrNotDatabase)
	}
	return r, nil
}

// KnownKDF reports whether k is a cost this app writes: the app's own
// (DefaultKDF), or in a test the tests' (CheapKDF; package testcost).
// Any other is refused on reading and on writing.
func KnownKDF(k KDFCost) bool {
	return k == DefaultKDF() || (k == CheapKDF() && testcost.Allowed())
}

func deriveKEK(pass []byte, salt []byte, k KDFCost) []byte {
	return argon2.IDKey(pass, salt, k.Time, k.MemoryKiB, k.Threads, chacha20poly1305.KeySize)
}

// wrapKey makes a crypt record holding dataKey sealed under passphrase,
// at cost k.
func wrapKey(pass []byte, dataKey []byte, k KDFCost) ([]byte, error) {
	return wrapKeyAt(cryptVersion, pass, dataKey, k)
}

// wrapKeyAt is wrapKey making a key record of version v (tests make
// older files with it).
func wrapKeyAt(v int, pass []byte, dataKey []byte, k KDFCost) ([]byte, error) {
	r := cryptRecord{V: v, KDF: k, Salt: make([]byte, 16)}
	rand.Read(r.Salt)
	kek, err := chacha20poly1305.NewX(deriveKEK(pass, r.Salt, r.KDF))
	if err != nil {
		return nil, err
	}
	nonce := make([]byte, kek.NonceSize())
	rand.Read(nonce)
	r.Wrapped = kek.Seal(nonce, nonce, dataKey, wrapAD(r.V))
	r.S = r.sum()
	return json.Marshal(r)
}

// Keys is what the user typed to open encrypted files, with the data keys
// it has unwrapped so far: a backup wrapped the same way opens without
// paying for Argon2id again.
type Keys struct {
	mu    sync.Mutex
	pass  []byte
	known map[string][]byte // keyID of a crypt record → data key
}

// NewKeys holds a passphrase for opening encrypted files and backups.
func NewKeys(passphrase string) *Keys {
	return &Keys{pass: []byte(passphrase), known: map[string][]byte{}}
}

// dataKey unwraps the data key of a crypt record.
func (k *Keys) dataKey(rec []byte) ([]byte, error) {
	k.mu.Lock()
	defer k.mu.Unlock()
	if dk, ok := k.known[keyID(rec)]; ok {
		return dk, nil
	}
	r, err := parseCrypt(rec)
	if err != nil {
		return nil, err
	}
	kek, err := chacha20poly1305.NewX(deriveKEK(k.pass, r.Salt, r.KDF))
	if err != nil {
		return nil, err
	}
	n := kek.NonceSize()
	if len(r.Wrapped) < n+kek.Overhead() {
		return nil, fmt.Errorf("%w: the key record is cut short", ErrNotDatabase)
	}
	dk, err := kek.Open(nil, r.Wrapped[:n], r.Wrapped[n:], wrapAD(r.V))
	if err != nil || len(dk) != chacha20poly1305.KeySize {
		return nil, ErrWrongPassphrase
	}
	k.known[keyID(rec)] = dk
	return dk, nil
}

// Forget overwrites the passphrase and the data keys held with zeros and
// drops them: the keys cannot open anything afterwards. It is best
// effort: Go may have copied them (the garbage collector moves nothing,
// but a string made from the passphrase, the cipher's own copy of the
// key and the text field's buffers are out of reach); see the README.
func (k *Keys) Forget() {
	if k == nil {
		return
	}
	k.mu.Lock()
	defer k.mu.Unlock()
	clear(k.pass)
	k.pass = nil
	for id, dk := range k.known {
		clear(dk)
		delete(k.known, id)
	}
}

// remember records that rec wraps dataKey (a record this copy just made).
func (k *Keys) remember(rec, dataKey []byte) {
	k.mu.Lock()
	defer k.mu.Unlock()
	k.known[keyID(rec)] = dataKey
}

// Encrypted reports whether the family's file is protected by a passphrase.
func (s *Store) Encrypted() bool { return sealedDB(s.db) }

// Locked reports whether the file is encrypted and not unlocked: nothing
// can be read or saved until Unlock.
func (s *Store) Locked() bool { return s.Encrypted() && sealerOfDB(s.db) == nil }

// Unlock opens an encrypted file with its passphrase: ErrWrongPassphrase
// when it does not fit, ErrNotDatabase when the key record is damaged.
// Then every record is read once, as Open does for a plain file, and the
// schema is brought up to date.
func (s *Store) Unlock(passphrase string) error { return s.UnlockWith(NewKeys(passphrase)) }

// UnlockWith is Unlock with keys already at hand (after a restore).
func (s *Store) UnlockWith(keys *Keys) error {
	if !s.Locked() {
		return nil
	}
	if err := attachKeys(s.db, keys); err != nil {
		return err
	}
	if err := s.afterUnlock(); err != nil {
		detachSealer(s.db)
		return err
	}
	s.keys = keys
	s.moveOn(keys)
	return nil
}

// moveOn brings an older encrypted file to the present layout at its
// first unlock: a key record of version 1 (no manifest) or 2 (record keys
// in plain) is rewritten as version 3, with a manifest and every record
// under a hashed key (keyhash.go), in a new file put in place as a change
// of passphrase does (reencrypt.go). The data key stays; wrapping it again
// costs one more Argon2id, once. If it cannot be done now it is tried at
// the next unlock.
func (s *Store) moveOn(keys *Keys) {
	rec, err := s.cryptRecord()
	if err != nil {
		return
	}
	r, err := parseCrypt(rec)
	if err != nil || r.V >= cryptVersion {
		return
	}
	dk, err := keys.dataKey(rec)
	if err != nil {
		return
	}
	next, err := wrapKey(keys.pass, dk, r.KDF)
	if err != nil {
		return
	}
	to, err := newHashingSealer(dk)
	if err == nil {
		err = s.rewrite(to, next)
	}
	if err != nil {
		log.Printf("data: the file could not be moved to hashed record keys: %v", err)
		return
	}
	keys.remember(next, dk)
}

func (s *Store) afterUnlock() error {
	if err := s.CheckTampering(); err != nil {
		return err
	}
	err := guard(func() error {
		return s.db.View(func(tx txn) (err error) {
			c, err := scan(tx)
			s.unreadable, s.damaged, s.newer = c.Unreadable, c.Damaged, c.Newer
			return err
		})
	})
	if err != nil {
		return err
	}
	if err := migrate(s.db, migrations); err != nil {
		return err
	}
	return s.bindOrWait()
}

// Lock forgets the data key, and overwrites the passphrase and keys it
// held (Keys.Forget): the store stays open (this copy keeps the file) but
// reads and saves fail with ErrLocked until Unlock.
func (s *Store) Lock() {
	if s.Encrypted() {
		s.keepLockPrefs()
		detachSealer(s.db)
		s.keys.Forget()
		s.keys = nil
	}
}

// Keys are the passphrase and data keys of an unlocked store (nil for a
// plain file), for checking and restoring its backups.
func (s *Store) Keys() *Keys { return s.keys }

// CheckPassphrase reports whether passphrase is the one in use, without
// changing anything (asked before turning protection off or changing it).
func (s *Store) CheckPassphrase(passphrase string) error {
	rec, err := s.cryptRecord()
	if err != nil {
		return err
	}
	_, err = NewKeys(passphrase).dataKey(rec)
	return err
}

func (s *Store) cryptRecord() ([]byte, error) {
	var rec []byte
	// Reads nothing that can fail while the file is open.
	_ = s.db.View(func(tx txn) error {
		if meta := tx.Bucket(bucketMeta); meta != nil {
			rec = append(rec, meta.Get(keyCrypt)...)
		}
		return nil
	})
	if rec == nil {
		return nil, errors.New("the family's data has no passphrase")
	}
	return rec, nil
}

// ChangePassphrase is a re-key: after checking current, a new random data
// key is drawn and every record (the stamps too) is sealed again under it,
// in a new file put in place as SetPassphrase does (reencrypt.go). Someone
// who knew the old passphrase and keeps an old copy of the file cannot
// read what is written afterwards. Backups made before keep the old key
// and open with the old passphrase (the app offers to delete them).
func (s *Store) ChangePassphrase(current, next string) error {
	if next == "" {
		return fmt.Errorf("%w: an empty passphrase", ErrInvalid)
	}
	if s.Locked() {
		return ErrLocked
	}
	rec, err := s.cryptRecord()
	if err != nil {
		return err
	}
	if _, err := NewKeys(current).dataKey(rec); err != nil {
		return err
	}
	if err := s.CheckTampering(); err != nil { // never re-seal a tampered file
		return err
	}
	dk := make([]byte, chacha20poly1305.KeySize)
	rand.Read(dk)
	wrapped, err := wrapKey([]byte(next), dk, s.opts.KDF)
	if err != nil {
		return err
	}
	to, err := newHashingSealer(dk)
	if err != nil {
		return err
	}
	if err := s.rewrite(to, wrapped); err != nil {
		return err
	}
	keys := NewKeys(next)
	keys.remember(wrapped, dk)
	if s.keys != nil { // backups wrapped the old way still open this session
		s.keys.mu.Lock()
		for r, k := range s.keys.known {
			keys.known[r] = k
		}
		s.keys.mu.Unlock()
	}
	s.keys = keys
	s.keepLockPrefs()
	return nil
}

// KeyRecord is the family file's wrapped data key (nil for a plain file):
// a backup holding the same one was made under the same key.
func (s *Store) KeyRecord() []byte {
	rec, _ := s.cryptRecord()
	return rec
}

// MinPassphrase is the shortest passphrase the screens accept.
const MinPassphrase = 8
