package data

import (
	"testing"

	"go.etcd.io/bbolt"
)

// withKey is tx with the record keys mapped by the data key pass opens:
// its buckets read and write the records under their own keys.
func withKey(t *testing.T, tx txn, pass string) txn {
	t.Helper()
	dk, err := NewKeys(pass).dataKey(tx.Tx.Bucket(bucketMeta).Get(keyCrypt))
	must(t, err)
	sl, err := newHashingSealer(dk)
	must(t, err)
	tx.names = newKeyNames(sl)
	return tx
}

// storedKey is the key the record at bucket/key is stored under in the
// file of tx, whose passphrase is pass.
func storedKey(t *testing.T, tx txn, pass string, bucket, key []byte) []byte {
	t.Helper()
	return withKey(t, tx, pass).names.hash(bucket, key)
}

// encryptedOldAt is encryptedAt in the layout of a key record of version
// v (1: no manifest, 2: record keys in plain), as an older app wrote it.
func encryptedOldAt(t *testing.T, v int) string {
	t.Helper()
	s := openTemp(t)
	addKid(t, s, "Anwen")
	addKid(t, s, "Bryn")
	dk := make([]byte, 32)
	dk[0] = byte(v)
	rec, err := wrapKeyAt(v, []byte("right"), dk, CheapKDF())
	must(t, err)
	sl, err := newSealer(dk)
	must(t, err)
	must(t, s.rewrite(sl, rec))
	if v == 1 {
		must(t, s.db.DB.Update(func(tx *bbolt.Tx) error { return tx.Bucket(bucketMeta).Delete(keyManifest) }))
	}
	closeOK(t, s)
	return s.Path()
}
