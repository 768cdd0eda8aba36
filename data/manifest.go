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
// its meta bucket: a counter of the writes and an HMAC-SHA256, under a key
// drawn from the data key, over the counter, every bucket's name and
// sequence, and the sum of the records. The sum is the XOR of one tag per
// record, an HMAC of its bucket, key and stored value (a sealed value's
// random nonce makes each version distinct): a keyed XOR set hash, sealed
// by the outer HMAC with the counter and the buckets. Other sets of
// records with the same sum exist, but finding one needs the tags, which
// need the key; the sum itself is never stored.
//
// The sum makes a write cheap: it changes by the tags of the records the
// write touched (txlog.go), not by hashing the whole file again. The
// manifest is checked in full when the file is unlocked, when an encrypted
// backup is opened with its key, before the file is re-sealed (a change
// or removal of the passphrase), and at the first write after that; later
// writes trust the sum they left, as long as no other write came between
// (bbolt's transaction ids follow on), and otherwise check in full again.
// The meta values written while the file is locked (the key record with
// its count of wrong tries, the lock screen's language and region) are
// left out, and so is the manifest itself. A byte changed in place while
// the file is open (no bbolt transaction) is only found by a full check:
// at the next unlock, or before a re-seal.
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

// manifestV is the manifest's form: 2 is the sum of tags; 0 (an older
// manifest, without "v") hashed every record in a row and is still read.
const manifestV = 2

type manifest struct {
	V   int    `json:"v,omitempty"`
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

// tagSum is the XOR of the tags of a set of records.
type tagSum [sha256.Size]byte

// tagger makes the records' tags with one HMAC, reset for each.
type tagger struct {
	h   hash.Hash
	buf []byte
}

func newTagger(mk []byte) *tagger { return &tagger{h: hmac.New(sha256.New, mk)} }

// add XORs the tag of the record at bucket/key holding v into sum.
func (tg *tagger) add(sum *tagSum, bucket, key, v []byte) {
	tg.buf = appendBytes(appendBytes(appendBytes(tg.buf[:0], bucket), key), v)
	tg.h.Reset()
	tg.h.Write(tg.buf)
	var t tagSum
	tg.h.Sum(t[:0])
	for i := range sum {
		sum[i] ^= t[i]
	}
}

// appendBytes appends b with its length first, so no two lists of
// values read alike.
func appendBytes(dst, b []byte) []byte {
	return append(binary.BigEndian.AppendUint64(dst, uint64(len(b))), b...)
}

// fullSum is the sum of every record the manifest covers.
func fullSum(tx txn, mk []byte) tagSum {
	var sum tagSum
	tg := newTagger(mk)
	// Reading a bucket fails only on a damaged file, caught by guard.
	_ = tx.Tx.ForEach(func(name []byte, b *bbolt.Bucket) error {
		return b.ForEach(func(k, v []byte) error {
			if v != nil && !leftOut(name, k) {
				tg.add(&sum, name, k, v)
			}
			return nil
		})
	})
	return sum
}

// manifestMAC seals the counter, the buckets' names and sequences and
// the records' sum.
func manifestMAC(tx txn, mk []byte, n uint64, sum tagSum) []byte {
	m := hmac.New(sha256.New, mk)
	buf := binary.BigEndian.AppendUint64([]byte("v2"), n)
	buf = append(buf, sum[:]...)
	_ = tx.Tx.ForEach(func(name []byte, b *bbolt.Bucket) error {
		buf = binary.BigEndian.AppendUint64(appendBytes(buf, name), b.Sequence())
		return nil
	})
	m.Write(buf)
	return m.Sum(nil)
}

func readManifest(tx txn) (manifest, bool) {
	var m manifest
	meta := tx.Tx.Bucket(bucketMeta)
	if meta == nil {
		return m, false
	}
	b := meta.Get(keyManifest)
	return m, b != nil && json.Unmarshal(b, &m) == nil && len(m.MAC) == sha256.Size
}

// checkManifest reports tampering in the file of tx, sealed by sl. A file
// whose key record is older than manifests (version 1) may have none yet.
func checkManifest(tx txn, sl *sealer) error {
	_, err := checkedSum(tx, sl)
	return err
}

// checkedSum checks the manifest in full and returns the records' sum.
func checkedSum(tx txn, sl *sealer) (tagSum, error) {
	sum := fullSum(tx, sl.mk)
	m, ok := readManifest(tx)
	if !ok {
		if r, err := parseCrypt(tx.Tx.Bucket(bucketMeta).Get(keyCrypt)); err == nil && r.V == 1 {
			return sum, nil
		}
		return sum, tampered("the manifest is missing")
	}
	var want []byte
	switch m.V {
	case 0:
		want = legacyMAC(tx, sl.mk, m.N)
	case manifestV:
		want = manifestMAC(tx, sl.mk, m.N, sum)
	}
	if want == nil || !hmac.Equal(m.MAC, want) {
		return sum, tampered("a record was deleted, put back, moved or added")
	}
	return sum, nil
}

// writeManifest seals the file's present contents into its manifest,
// counting one more write.
func writeManifest(tx txn, sl *sealer) error {
	return putManifest(tx, sl, fullSum(tx, sl.mk))
}

// putManifest writes the manifest of records whose sum is sum.
func putManifest(tx txn, sl *sealer, sum tagSum) error {
	m, _ := readManifest(tx)
	m.V = manifestV
	m.N++
	m.MAC = manifestMAC(tx, sl.mk, m.N, sum)
	b, err := json.Marshal(m)
	if err != nil {
		return err
	}
	return tx.Tx.Bucket(bucketMeta).Put(keyManifest, b)
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
