package data

import (
	"bytes"
	"encoding/json"
	"testing"
)

// oldKeyed is a record sealed with its key as the app wrote it before
// padding: the key's length, the key, the value, nothing after.
func oldKeyed(n *keyNames, bucket, hk, key, v []byte) []byte {
	pt := append(appendBytes(nil, key), v...)
	b, _ := json.Marshal(envelope{V: recordVersion, X: n.sl.sealAD(placeAD(bucket, hk), pt)})
	return b
}

// A child saved behind a passphrase before sealed values were padded
// still opens, and a change of passphrase writes it padded, at the length
// of a child saved now.
func TestAnUnpaddedRecordStillOpensAndIsPaddedWhenRewritten(t *testing.T) {
	t.Parallel()
	s := openTemp(t)
	must(t, s.SetPassphrase("right"))
	old := addKid(t, s, "Anwen")
	addKid(t, s, "Bryn")
	stored := func(c Child) (v []byte) {
		must(t, s.db.View(func(tx txn) error {
			hk := tx.names.hash(bucketChildren, c.ID.key())
			v = bytes.Clone(tx.Tx.Bucket(bucketChildren).Get(hk))
			return nil
		}))
		return v
	}
	padded := len(stored(old))
	must(t, s.db.Update(func(tx txn) error {
		b := tx.Bucket(bucketChildren)
		key := old.ID.key()
		hk := tx.names.hash(bucketChildren, key)
		v := b.Get(key)
		b.log.touch(b.Bucket, b.name, hk)
		tx.names.changed(bucketChildren)
		return b.Bucket.Put(hk, oldKeyed(tx.names, bucketChildren, hk, key, v))
	}))
	if len(stored(old)) >= padded {
		t.Fatalf("the unpadded record is %d bytes, the padded %d", len(stored(old)), padded)
	}
	closeOK(t, s)
	s2, err := Open(s.Dir(), testOptions())
	must(t, err)
	defer closeOK(t, s2)
	must(t, s2.Unlock("right"))
	if got := names(t, s2); got != "Anwen,Bryn" {
		t.Fatalf("after reopening: children %q, want Anwen,Bryn", got)
	}
	must(t, s2.ChangePassphrase("right", "new one"))
	s = s2
	if len(stored(old)) != padded {
		t.Errorf("rewritten: %d bytes, want %d", len(stored(old)), padded)
	}
	if got := names(t, s2); got != "Anwen,Bryn" {
		t.Errorf("after the change: children %q, want Anwen,Bryn", got)
	}
}

// A value the codec sealed before padding (a meta record, or any record
// of a file with plain keys) still opens; one sealed now is padded.
func TestAnUnpaddedCodecRecordStillOpens(t *testing.T) {
	t.Parallel()
	sl, err := newSealer(bytes.Repeat([]byte{7}, 32))
	must(t, err)
	bucket, key, d := bucketMeta, []byte("k"), []byte(`{"a":"b"}`)
	old, err := json.Marshal(envelope{V: recordVersion, X: sl.seal(bucket, key, d)})
	must(t, err)
	got, err := openEnvelope(sl, bucket, key, old)
	if err != nil || !bytes.Equal(got, d) {
		t.Errorf("an unpadded sealed value opens as %q, %v; want %q", got, err, d)
	}
	now, err := encodeAt(sl, bucket, key, json.RawMessage(d))
	must(t, err)
	if len(now) <= len(old)+100 {
		t.Errorf("a value sealed now is %d bytes, unpadded %d", len(now), len(old))
	}
	got, err = openEnvelope(sl, bucket, key, now)
	if err != nil || !bytes.Equal(got, d) {
		t.Errorf("a padded sealed value opens as %q, %v; want %q", got, err, d)
	}
}
