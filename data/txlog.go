package data

import (
	"bytes"
	"strconv"

	"go.etcd.io/bbolt"
)

// The records a write touches, for the manifest's sum (manifest.go). Every
// bucket a transaction hands out is a bucket that notes, before each Put
// or Delete, the tag of the value it replaces; when the write is done the
// tags of the new values are added, so the sum changes by exactly the
// records that changed. Code in this package reaches bbolt only through a
// txn, so no write goes around it; the tests check each write against a
// full sum (TestTheSumFollowsEveryWrite).

// bucket is a bbolt bucket whose writes are noted in log (nil: a read,
// or a file without a manifest), and whose record keys are hashed by
// names (nil: kept as they are; keyhash.go).
type bucket struct {
	*bbolt.Bucket
	name  []byte
	log   *writeLog
	names *keyNames
	tx    txn
}

func (t txn) wrap(name []byte, b *bbolt.Bucket) *bucket {
	if b == nil {
		return nil
	}
	w := &bucket{Bucket: b, name: name, log: t.log, tx: t}
	if hashedBucket(name) {
		w.names = t.names
	}
	return w
}

// Bucket is the top-level bucket called name, nil if there is none.
func (t txn) Bucket(name []byte) *bucket { return t.wrap(name, t.Tx.Bucket(name)) }

// CreateBucket makes a new top-level bucket.
func (t txn) CreateBucket(name []byte) (*bucket, error) {
	b, err := t.Tx.CreateBucket(name)
	return t.wrap(name, b), err
}

// CreateBucketIfNotExists is the bucket called name, made if need be.
func (t txn) CreateBucketIfNotExists(name []byte) (*bucket, error) {
	b, err := t.Tx.CreateBucketIfNotExists(name)
	return t.wrap(name, b), err
}

// DeleteBucket removes a top-level bucket and its records.
func (t txn) DeleteBucket(name []byte) error {
	t.names.changed(name)
	if b := t.Tx.Bucket(name); b != nil && t.log != nil {
		_ = b.ForEach(func(k, _ []byte) error { t.log.touch(b, name, k); return nil })
	}
	return t.Tx.DeleteBucket(name)
}

// Get is the value at key (nil: none).
func (b *bucket) Get(key []byte) []byte {
	if b.names == nil {
		return b.Bucket.Get(key)
	}
	return b.names.get(b, key)
}

// Put stores v at key. In a file with hashed keys, a locked one refuses
// (its key is not at hand to hash and seal with).
func (b *bucket) Put(key, v []byte) error {
	if b.names == nil {
		if hashedBucket(b.name) && b.tx.f.sealer() == nil && hashesKeys(b.tx) {
			return ErrLocked
		}
		b.log.touch(b.Bucket, b.name, key)
		return b.Bucket.Put(key, v)
	}
	hk := b.names.hash(b.name, key)
	stored, err := b.names.seal(b.name, hk, key, v)
	if err != nil {
		return err
	}
	b.names.edit(b, key, hk, v)
	b.log.touch(b.Bucket, b.name, hk)
	return b.Bucket.Put(hk, stored)
}

// Delete removes the record at key.
func (b *bucket) Delete(key []byte) error {
	if b.names != nil {
		hk := b.names.hash(b.name, key)
		b.names.edit(b, key, hk, nil)
		key = hk
	}
	b.log.touch(b.Bucket, b.name, key)
	return b.Bucket.Delete(key)
}

// ForEach calls fn for every record in key order.
func (b *bucket) ForEach(fn func(k, v []byte) error) error {
	if b.names == nil {
		return b.Bucket.ForEach(fn)
	}
	for _, e := range b.names.list(b) {
		if err := fn(e.k, e.v); err != nil {
			return err
		}
	}
	return nil
}

// Cursor walks the records in key order.
func (b *bucket) Cursor() *cursor {
	if b.names == nil {
		return &cursor{raw: b.Bucket.Cursor()}
	}
	return &cursor{list: b.names.list(b)}
}

// writeLog is the sum of the touched records' values before the write,
// and where they are.
type writeLog struct {
	tg      *tagger
	sum     tagSum
	seen    map[string]bool
	touched [][2][]byte // bucket, key
}

func newWriteLog(mk []byte) *writeLog {
	return &writeLog{tg: newTagger(mk), seen: map[string]bool{}}
}

// touch notes the record at bucket/key, once per write, with the value it
// holds before the write.
func (l *writeLog) touch(b *bbolt.Bucket, bucket, key []byte) {
	if l == nil || leftOut(bucket, key) {
		return
	}
	id := strconv.Itoa(len(bucket)) + ":" + string(bucket) + string(key)
	if l.seen[id] {
		return
	}
	l.seen[id] = true
	if v := b.Get(key); v != nil {
		l.tg.add(&l.sum, bucket, key, v)
	}
	l.touched = append(l.touched, [2][]byte{bytes.Clone(bucket), bytes.Clone(key)})
}

// after is sum, the records' sum before the write, moved on by the write:
// the touched records' old tags taken out and their new ones put in.
func (l *writeLog) after(tx txn, sum tagSum) tagSum {
	for i := range sum {
		sum[i] ^= l.sum[i]
	}
	for _, r := range l.touched {
		if b := tx.Tx.Bucket(r[0]); b != nil {
			if v := b.Get(r[1]); v != nil {
				l.tg.add(&sum, r[0], r[1], v)
			}
		}
	}
	return sum
}

// lastWrite is the sum an unlocked file's records had after the app's
// last write, and that write's transaction id. It is read and set only
// inside write transactions, which bbolt runs one at a time.
type lastWrite struct {
	ok   bool
	sum  tagSum
	txid int
}

// sumBefore is the records' sum at the start of the write tx: the one the
// last write left if tx follows on from it, else checked in full.
func sumBefore(tx txn, sl *sealer) (tagSum, error) {
	if l := sl.last; l.ok && tx.ID() == l.txid+1 {
		if m, ok := readManifest(tx); ok && m.V == manifestV {
			return l.sum, nil
		}
	}
	return checkedSum(tx, sl)
}

// sealedUpdate runs fn in the write tx of an unlocked encrypted file and
// moves the manifest on.
func sealedUpdate(t txn, sl *sealer, fn func(txn) error) error {
	sum, err := sumBefore(t, sl)
	if err != nil {
		return err
	}
	t.log = newWriteLog(sl.mk)
	if err := fn(t); err != nil {
		return err
	}
	sum = t.log.after(t, sum)
	if err := putManifest(t, sl, sum); err != nil {
		return err
	}
	// If the commit fails, the next write has this id again, not the one
	// after, and checks in full.
	sl.last = lastWrite{ok: true, sum: sum, txid: t.ID()}
	return nil
}
