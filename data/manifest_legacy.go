package data

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/binary"
	"hash"

	"go.etcd.io/bbolt"
)

// legacyMAC is the first form of the manifest (written before the sum of
// tags): one HMAC over every bucket's name and sequence and every record
// in a row. It is only checked, at the unlock of an older file; the next
// write replaces it with the present form.
func legacyMAC(tx txn, mk []byte, n uint64) []byte {
	m := hmac.New(sha256.New, mk)
	putUint(m, n)
	_ = tx.Tx.ForEach(func(name []byte, b *bbolt.Bucket) error {
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

func putBytes(h hash.Hash, b []byte) {
	putUint(h, uint64(len(b)))
	h.Write(b)
}
