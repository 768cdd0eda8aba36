package data

import (
	"bytes"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/base64"
	"encoding/json"
	"hash"
	"slices"

	"go.etcd.io/bbolt"
)

// Hashed record keys. A record's key says what it is: which starter topic
// was marked, which form has a draft, which child a concern belongs to.
// So in an encrypted file whose key record is version 3, every record
// outside the meta bucket is stored under a keyed hash of its bucket and
// key (HMAC-SHA256 under a key drawn from the data key, cut to 16 bytes),
// and its value is sealed together with its own key, the record's place
// (bucket and hashed key) as associated data. Inside the seal is the
// envelope the codec writes for a plain file, with its checksum.
//
// The bucket a transaction hands out (txlog.go) does the mapping, so no
// repository sees it: Get and Put hash the key, ForEach and Cursor open
// every record of the bucket and give them back in the order of their own
// keys (a prefix scan reads the whole bucket; each transaction keeps what
// it opened until it writes to that bucket, and the file keeps it for
// later reads until a write changes the bucket). The manifest covers the
// records as stored: hashed keys and sealed values.
//
// The meta bucket keeps its keys: its plain values must be read while the
// file is locked, and its other records are sealed by the codec.

// keyNamesLabel draws the key hashing key from the data key.
var keyNamesLabel = []byte("family-online-safety record keys v1")

// hashedKeyLen is the length of a stored key: 128 bits, so two records of
// a bucket never meet by chance.
const hashedKeyLen = 16

// unopened stands for a stored record that does not open: it never
// decodes, so the record is skipped and counted as damage like any other.
const unopened = "\x00a sealed record that does not open"

func keyNamesKey(dataKey []byte) []byte {
	m := hmac.New(sha256.New, dataKey)
	m.Write(keyNamesLabel)
	return m.Sum(nil)
}

// hashedBucket reports whether the records of bucket are stored under
// hashed keys (in a file that hashes them).
func hashedBucket(bucket []byte) bool { return !bytes.Equal(bucket, bucketMeta) }

// hashesKeys reports whether the file of tx stores its record keys
// hashed: its key record is of version 3 or later.
func hashesKeys(tx txn) bool {
	meta := tx.Tx.Bucket(bucketMeta)
	if meta == nil || meta.Get(keyCrypt) == nil {
		return false
	}
	r, err := parseCrypt(meta.Get(keyCrypt))
	return err != nil || r.V >= cryptHashedKeys
}

// hashesKeys reports whether s stores record keys hashed.
func (s *sealer) hashesKeys() bool { return s != nil && s.hk != nil }

// sealsRecord reports whether the codec seals the records of bucket
// itself (otherwise the bucket seals them with their keys).
func (s *sealer) sealsRecord(bucket []byte) bool {
	return s != nil && (s.hk == nil || !hashedBucket(bucket))
}

// keyNames maps one transaction's record keys: the hash, and each
// bucket's records as opened, in key order.
type keyNames struct {
	sl    *sealer
	mac   hash.Hash
	lists map[string][]entry // opened in this transaction, or edited by it
	dirty map[string]int     // buckets this transaction wrote to: how often
	owned map[string]bool    // lists this transaction copied to edit
}

type entry struct{ k, v []byte }

func newKeyNames(sl *sealer) *keyNames {
	if !sl.hashesKeys() {
		return nil
	}
	return &keyNames{sl: sl, mac: hmac.New(sha256.New, sl.hk), lists: map[string][]entry{},
		dirty: map[string]int{}, owned: map[string]bool{}}
}

// hash is the stored key of the record at bucket/key.
func (n *keyNames) hash(bucket, key []byte) []byte {
	n.mac.Reset()
	n.mac.Write(appendBytes(appendBytes(nil, bucket), key))
	return n.mac.Sum(nil)[:hashedKeyLen]
}

// placeAD binds a sealed record to its stored place.
func placeAD(bucket, hk []byte) []byte { return append([]byte("key\x00"), recordAD(bucket, hk)...) }

// seal is the stored value of the record key holding v, stored at hk.
func (n *keyNames) seal(bucket, hk, key, v []byte) ([]byte, error) {
	return json.Marshal(envelope{V: recordVersion, X: n.sl.sealAD(placeAD(bucket, hk), packKeyed(key, v))})
}

// A stored value's envelope around its sealed bytes.
const (
	storedHead = `{"v":1,"d":null,"x":"`
	storedTail = `"}`
)

// open reads a stored value back: the record's own key and value.
func (n *keyNames) open(bucket, hk, stored []byte) (key, v []byte, ok bool) {
	b64, head := bytes.CutPrefix(stored, []byte(storedHead))
	b64, tail := bytes.CutSuffix(b64, []byte(storedTail))
	if !head || !tail {
		return nil, nil, false
	}
	x := make([]byte, base64.StdEncoding.DecodedLen(len(b64)))
	m, err := base64.StdEncoding.Decode(x, b64)
	if err != nil {
		return nil, nil, false
	}
	pt, err := n.sl.openAD(placeAD(bucket, hk), x[:m])
	if err != nil {
		return nil, nil, false
	}
	return unpackKeyed(pt)
}

// get is the value of the record at key: nil when there is none,
// unopened when it does not open.
func (n *keyNames) get(b *bucket, key []byte) []byte {
	if list, ok := n.known(b); ok {
		if i, found := search(list, key); found {
			return list[i].v
		}
		return nil
	}
	hk := n.hash(b.name, key)
	stored := b.Bucket.Get(hk)
	if stored == nil {
		return nil
	}
	k, v, ok := n.open(b.name, hk, stored)
	if !ok || !bytes.Equal(k, key) {
		return []byte(unopened)
	}
	return v
}

func search(list []entry, key []byte) (int, bool) {
	return slices.BinarySearchFunc(list, key, func(e entry, k []byte) int { return bytes.Compare(e.k, k) })
}

// list is every record of b, opened, in key order. One that does not open
// is listed under its stored key with the value unopened.
func (n *keyNames) list(b *bucket) []entry {
	if list, ok := n.known(b); ok {
		return list
	}
	var list []entry
	// Reading a bucket fails only on a damaged file, caught by guard.
	_ = b.Bucket.ForEach(func(hk, stored []byte) error {
		if stored == nil {
			list = append(list, entry{k: bytes.Clone(hk)})
			return nil
		}
		k, v, ok := n.open(b.name, hk, stored)
		if !ok {
			k, v = bytes.Clone(hk), []byte(unopened)
		}
		list = append(list, entry{k: k, v: v})
		return nil
	})
	slices.SortFunc(list, func(a, b entry) int { return bytes.Compare(a.k, b.k) })
	name := string(b.name)
	n.lists[name] = list
	if n.dirty[name] == 0 {
		b.tx.f.opened.put(n.sl, name, base(b.tx), list)
	}
	return list
}

// changed forgets what was opened of bucket (the bucket itself is gone).
func (n *keyNames) changed(bucket []byte) {
	if n != nil {
		delete(n.lists, string(bucket))
		n.dirty[string(bucket)] = maxEdits
	}
}

// cursor walks a bucket in key order: bbolt's own cursor, or the opened
// records of a bucket with hashed keys.
type cursor struct {
	raw  *bbolt.Cursor
	list []entry
	i    int
}

// First is the first record.
func (c *cursor) First() ([]byte, []byte) {
	if c.raw != nil {
		return c.raw.First()
	}
	c.i = 0
	return c.at()
}

// Last is the last record.
func (c *cursor) Last() ([]byte, []byte) {
	if c.raw != nil {
		return c.raw.Last()
	}
	c.i = len(c.list) - 1
	return c.at()
}

// Seek is the first record whose key is not before seek.
func (c *cursor) Seek(seek []byte) ([]byte, []byte) {
	if c.raw != nil {
		return c.raw.Seek(seek)
	}
	c.i, _ = slices.BinarySearchFunc(c.list, seek, func(e entry, k []byte) int { return bytes.Compare(e.k, k) })
	return c.at()
}

// Next is the record after the last one given.
func (c *cursor) Next() ([]byte, []byte) {
	if c.raw != nil {
		return c.raw.Next()
	}
	c.i++
	return c.at()
}

func (c *cursor) at() ([]byte, []byte) {
	if c.i < 0 || c.i >= len(c.list) {
		return nil, nil
	}
	return c.list[c.i].k, c.list[c.i].v
}
