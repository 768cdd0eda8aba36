package data

import (
	"bytes"
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"time"
)

// Stamps are what sharing between two homes needs to merge without losing
// anything silently (issue 14): every record has a stable id that is the
// same on every computer it reaches, the time and the device of its last
// change, and a deleted record leaves a tombstone (its stamp, marked
// deleted, with no content). The stamps live beside the records, in the
// stamps bucket under "<bucket> 0x00 <key>", so no repository has to know
// about them: put stamps what it writes and del what it removes.

var (
	bucketStamps = []byte("record_stamps")
	keyDeviceID  = []byte("device_id")
)

// deviceIDLength is the length of this installation's random device id.
const deviceIDLength = 16

// Stamp is the sharing information of one record.
type Stamp struct {
	// UID is the record's stable id (random, 32 hex characters).
	UID string `json:"id"`
	// Changed is when the record was last written or deleted (zero: before
	// stamps existed).
	Changed time.Time `json:"t"`
	// Device is the device id of the installation that made that change.
	Device string `json:"dev"`
	// Deleted marks a tombstone: the record was removed.
	Deleted bool `json:"del,omitempty"`
	// Met is the last version both homes had (taken in from a shared
	// file, or found the same there): where they last met.
	Met *Version `json:"met,omitempty"`
	// Seen is the version last shown here in a conflict and not chosen
	// (the other home's; or this computer's, when the other home's was
	// taken): it is not asked about again, and the other home, seeing
	// its own version here, takes the answer (mergerules.go).
	Seen *Version `json:"seen,omitempty"`
	// Sealed is the version this computer last sealed into a file of its
	// own (MarkSealed); never shared. Only for it does another home's
	// claim to have met or seen this computer's version count.
	Sealed *Version `json:"sealed,omitempty"`
}

// Version names one version of a record: when and where it was made, and
// whether it was a deletion.
type Version struct {
	Changed time.Time `json:"t"`
	Device  string    `json:"dev"`
	Deleted bool      `json:"del,omitempty"`
}

// Version is the version st stamps.
func (st Stamp) Version() Version {
	return Version{Changed: st.Changed, Device: st.Device, Deleted: st.Deleted}
}

func (v Version) same(o Version) bool {
	return v.Changed.Equal(o.Changed) && v.Device == o.Device && v.Deleted == o.Deleted
}

// StampedKey names one record: its bucket and its key there.
type StampedKey struct {
	Bucket, Key string
}

func stampKey(bucket, key []byte) []byte {
	k := make([]byte, 0, len(bucket)+1+len(key))
	return append(append(append(k, bucket...), 0), key...)
}

func splitStampKey(k []byte) (StampedKey, bool) {
	i := bytes.IndexByte(k, 0)
	if i < 1 {
		return StampedKey{}, false
	}
	return StampedKey{Bucket: string(k[:i]), Key: string(k[i+1:])}, true
}

func newUID() string {
	b := make([]byte, 16)
	rand.Read(b)
	return hex.EncodeToString(b)
}

func newDeviceID() string {
	b := make([]byte, deviceIDLength/2)
	rand.Read(b)
	return hex.EncodeToString(b)
}

// stamped reports whether writes to bucket are stamped: every record
// bucket once the stamps exist, but not the stamps themselves or meta.
func stamped(tx txn, bucket []byte) bool {
	return tx.Bucket(bucketStamps) != nil && !bytes.Equal(bucket, bucketStamps) && !bytes.Equal(bucket, bucketMeta)
}

// stamp records a change to the record at bucket/key, keeping its stable
// id (a new one for a new record).
func stamp(tx txn, bucket, key []byte, deleted bool) error {
	if !stamped(tx, bucket) {
		return nil
	}
	sk := stampKey(bucket, key)
	var st Stamp
	if err := getOrDefault(tx, bucketStamps, sk, &st); err != nil { // a damaged stamp: a new one
		return err
	}
	if st.UID == "" {
		st.UID = newUID()
	}
	st.Changed = tx.f.now().UTC()
	st.Device = string(tx.Bucket(bucketMeta).Get(keyDeviceID))
	st.Deleted = deleted
	return putStamp(tx, sk, st)
}

func putStamp(tx txn, sk []byte, st Stamp) error {
	sl, err := sealerOf(tx)
	if err != nil {
		return err
	}
	b, err := encodeAt(sl, bucketStamps, sk, st)
	if err != nil {
		return err
	}
	return tx.Bucket(bucketStamps).Put(sk, b)
}

// del removes the record at bucket/key and leaves its tombstone.
func del(tx txn, bucket, key []byte) error {
	b := tx.Bucket(bucket)
	if b.Get(key) == nil {
		return nil // nothing was there: no tombstone
	}
	if err := b.Delete(key); err != nil {
		return err
	}
	return stamp(tx, bucket, key, true)
}

// migrateStamps adds the stamps: this installation's device id and a
// stamp for every record already kept, dated zero (changed before stamps
// existed). It is migration schemaStamps (4).
func migrateStamps(tx txn) error {
	meta, err := tx.CreateBucketIfNotExists(bucketMeta)
	if err != nil {
		return err
	}
	if meta.Get(keyDeviceID) == nil {
		if err := meta.Put(keyDeviceID, []byte(newDeviceID())); err != nil {
			return err
		}
	}
	if _, err := tx.CreateBucketIfNotExists(bucketStamps); err != nil {
		return err
	}
	device := string(meta.Get(keyDeviceID))
	for _, name := range featureBuckets {
		b := tx.Bucket(name)
		if b == nil {
			continue // made by a later migration, which puts nothing in it yet
		}
		err := b.ForEach(func(k, v []byte) error {
			if v == nil || recordFor(name, k) == nil {
				return nil
			}
			return putStamp(tx, stampKey(name, k), Stamp{UID: newUID(), Device: device})
		})
		if err != nil {
			return fmt.Errorf("stamping %s: %w", name, err)
		}
	}
	return nil
}

// DeviceID is this installation's device id ("" before the stamps).
func (s *Store) DeviceID() string {
	var id string
	_ = s.db.View(func(tx txn) error {
		if meta := tx.Bucket(bucketMeta); meta != nil {
			id = string(meta.Get(keyDeviceID))
		}
		return nil
	})
	return id
}

// Stamps returns every record's stamp, tombstones included.
func (s *Store) Stamps() (map[StampedKey]Stamp, error) {
	out := map[StampedKey]Stamp{}
	err := s.db.View(func(tx txn) error {
		sl, err := sealerOf(tx)
		if err != nil {
			return err
		}
		b := tx.Bucket(bucketStamps)
		if b == nil {
			return nil
		}
		return b.ForEach(func(k, v []byte) error {
			var st Stamp
			sk, ok := splitStampKey(k)
			if ok && decodeOrSkip(tx, sl, bucketStamps, k, v, &st) {
				out[sk] = st
			}
			return nil
		})
	})
	return out, err
}
