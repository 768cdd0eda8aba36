package data

import (
	"bytes"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"hash"

	"go.etcd.io/bbolt"
)

// Tamper evidence. Each record is sealed to its place, but a record could
// still be deleted, put back to an older sealed version, or a whole bucket
// emptied, without the data key. So an encrypted file keeps a manifest in
// its meta bucket: an HMAC-SHA256, under a key drawn from the data key,
// over every bucket's name and sequence and every key and stored value
// (a sealed value's random nonce makes each version distinct), and a
// counter of the writes. It is checked when the file is unlocked, when an
// encrypted backup is opened with its key, and before each write, and
// written again at the end of each write, in the same transaction. The
// meta values written while the file is locked (the key record with its
// count of wrong tries, the lock screen's language and region) are left
// out, and so is the manifest itself.
//
// What it cannot see: the whole file put back to an older copy, manifest
// and all (an older backup is such a copy), since nothing outside the file
// remembers the counter.

var keyManifest = []byte("manifest")

// ErrTampered: the encrypted file's records do not match its manifest:
// something was deleted, put back or moved outside the app. It is also
// ErrNotDatabase, so the good backups are offered.
var ErrTampered = errors.New("the family's data was changed outside the app")

func tampered(why string) error {
	return fmt.Errorf("%w (%s): %w", ErrTampered, why, ErrNotDatabase)
}

type manifest struct {
	N   uint64 `json:"n"`
	MAC []byte `json:"mac"`
}

// manifestKeyLabel draws the manifest's key from the data key, so the
// manifest and the records never share a key.
var manifestKeyLabel = []byte("family-online-safety manifest v1")

func manifestKey(dataKey []byte) []byte {
	m := hmac.New(sha256.New, dataKey)
	m.Write(manifestKeyLabel)
	return m.Sum(nil)
}

// leftOut are the meta values the manifest does not cover.
func leftOut(bucket, key []byte) bool {
	if !bytes.Equal(bucket, bucketMeta) {
		return false
	}
	return bytes.Equal(key, keyCrypt) || bytes.Equal(key, keyLockPrefs) ||
		bytes.Equal(key, keyUnlockTries) || bytes.Equal(key, keyManifest)
}

// manifestMAC is the MAC of everything the manifest covers, with n.
func manifestMAC(tx txn, mk []byte, n uint64) []byte {
	m := hmac.New(sha256.New, mk)
	putUint(m, n)
	// Reading a bucket fails only on a damaged file, caught by guard.
	_ = tx.ForEach(func(name []byte, b *bbolt.Bucket) error {
		putBytes(m, name)
		putUint(m, b.Sequence())
		return b.ForEach(func(k, v []byte) error {
			if leftOut(name, k) {
				return nil
			}
			putBytes(m, k)
			putBytes(m, v)
			return nil
		})
	})
	return m.Sum(nil)
}

func putUint(h hash.Hash, n uint64) {
	var b [8]byte
	binary.BigEndian.PutUint64(b[:], n)
	h.Write(b[:])
}

// putBytes writes b with its length first, so no two lists of values
// hash alike.
func putBytes(h hash.Hash, b []byte) {
	putUint(h, uint64(len(b)))
	h.Write(b)
}

func readManifest(tx txn) (manifest, bool) {
	var m manifest
	meta := tx.Bucket(bucketMeta)
	if meta == nil {
		return m, false
	}
	b := meta.Get(keyManifest)
	return m, b != nil && json.Unmarshal(b, &m) == nil && len(m.MAC) == sha256.Size
}

// checkManifest reports tampering in the file of tx, sealed by sl. A file
// whose key record is older than manifests (version 1) may have none yet.
func checkManifest(tx txn, sl *sealer) error {
	m, ok := readManifest(tx)
	if !ok {
		if r, err := parseCrypt(tx.Bucket(bucketMeta).Get(keyCrypt)); err == nil && r.V == 1 {
			return nil
		}
		return tampered("the manifest is missing")
	}
	if !hmac.Equal(m.MAC, manifestMAC(tx, sl.mk, m.N)) {
		return tampered("a record was deleted, put back, moved or added")
	}
	return nil
}

// writeManifest seals the file's present contents into its manifest,
// counting one more write.
func writeManifest(tx txn, sl *sealer) error {
	m, _ := readManifest(tx)
	m.N++
	m.MAC = manifestMAC(tx, sl.mk, m.N)
	b, err := json.Marshal(m)
	if err != nil {
		return err
	}
	return tx.Bucket(bucketMeta).Put(keyManifest, b)
}

// CheckTampering checks the unlocked family's file against its manifest
// (nil for a plain or locked file).
func (s *Store) CheckTampering() error {
	sl := sealerOfDB(s.db)
	if sl == nil {
		return nil
	}
	return guard(func() error { return s.db.View(func(tx txn) error { return checkManifest(tx, sl) }) })
}
