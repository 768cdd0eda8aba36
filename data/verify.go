package data

import (
	"bytes"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"log"
	"slices"
	"time"
)

// The first full read: every bucket and every record of a family file is
// read once when it is opened (and when a backup is checked), so damage
// is found before a screen trips over it, and the counts say what a
// backup holds.

// Contents is what a family file holds.
type Contents struct {
	// Schema is the file's schema version.
	Schema int
	// FamilyID says which family the file belongs to ("" before ids).
	FamilyID string
	// Counts of the family's own records.
	Children, AppNotes, Concerns, Contacts, Starters, Discussions int
	// AgreedOn is when the agreement was first signed; zero when it is
	// not signed, or the file is encrypted and not open.
	AgreedOn time.Time
	// Unreadable counts records that could not be decoded; they are
	// skipped, every other record still shows.
	Unreadable int
	// Damaged names the kinds (Kind.Name) of the unreadable records.
	Damaged []string
	// Newer names the kinds of records a newer version of the app wrote:
	// not damaged, and not read here; they are kept exactly as they are.
	Newer []string
}

// Good reports whether every record of the file decodes.
func (c Contents) Good() bool { return c.Unreadable == 0 }

// Records is how many of the family's own records the file holds.
func (c Contents) Records() int {
	return c.Children + c.AppNotes + c.Concerns + c.Contacts + c.Starters + c.Discussions
}

var keyFamilyID = []byte("family_id")

// schemaFamilyID is the schema version that gave every file a family id
// of familyIDLength characters (migration 2).
const (
	schemaFamilyID = 2
	familyIDLength = 24
)

// featureBuckets are the buckets every schema since version 1 has.
var featureBuckets = [][]byte{bucketSettings, bucketChildren, bucketAgreement, bucketDiscussions,
	bucketOwnStarters, bucketStarterMark, bucketAppNotes, bucketConcerns, bucketContacts}

// schemaStamps is the schema version that added sharing's stamps: the
// device id and the stamps bucket (stamps.go).
const schemaStamps = 4

// schemaRealLife added the buckets of realLifeBuckets (migrate.go).
const schemaRealLife = 5

// laterBuckets are the buckets added after version 1, by the schema
// version that added them: a file that old must have them.
var laterBuckets = []struct {
	since  int
	bucket []byte
}{{3, bucketDrafts}, {schemaStamps, bucketStamps},
	{schemaRealLife, bucketHolidays}, {schemaRealLife, bucketDayChanges},
	{schemaRealLife, bucketChildWords}, {schemaRealLife, bucketReviewPrompts}}

// bucketsOf lists the buckets a file of schema version v has.
func bucketsOf(v int) [][]byte {
	out := slices.Clone(featureBuckets)
	for _, l := range laterBuckets {
		if v >= l.since {
			out = append(out, l.bucket)
		}
	}
	return out
}

// readSchema reads the schema record, refusing one of the wrong shape.
func readSchema(tx txn) (int, error) {
	meta := tx.Bucket(bucketMeta)
	if meta == nil {
		return 0, fmt.Errorf("%w: no schema record", ErrNotDatabase)
	}
	v := meta.Get(keySchemaVersion)
	if len(v) != 8 || binary.BigEndian.Uint64(v) == 0 || binary.BigEndian.Uint64(v) > 1<<20 {
		return 0, fmt.Errorf("%w: the schema record has the wrong shape", ErrNotDatabase)
	}
	return int(binary.BigEndian.Uint64(v)), nil
}

// scan reads every record once. A file from a newer app is reported
// before its records are read; a missing bucket or a bucket where a
// record should be is damage; a record that does not decode is counted.
func scan(tx txn) (Contents, error) {
	var c Contents
	var err error
	if c.Schema, err = readSchema(tx); err != nil {
		return c, err
	}
	if c.Schema > SchemaVersion {
		return c, fmt.Errorf("%w (file version %d, this app understands up to %d)", ErrNewerVersion, c.Schema, SchemaVersion)
	}
	c.FamilyID = string(tx.Bucket(bucketMeta).Get(keyFamilyID))
	if c.Schema >= schemaStamps && len(tx.Bucket(bucketMeta).Get(keyDeviceID)) != deviceIDLength {
		return c, fmt.Errorf("%w: the device id is missing or damaged", ErrNotDatabase)
	}
	if c.Schema >= schemaFamilyID && len(c.FamilyID) != familyIDLength {
		return c, fmt.Errorf("%w: the family id is missing or damaged", ErrNotDatabase)
	}
	sl, locked, err := scanSealer(tx)
	if err != nil {
		return c, err
	}
	counts := map[string]*int{"children": &c.Children, "app_notes": &c.AppNotes, "concerns": &c.Concerns,
		"contacts": &c.Contacts, "own_starters": &c.Starters, "discussions": &c.Discussions}
	for _, name := range bucketsOf(c.Schema) {
		b := tx.Bucket(name)
		if b == nil {
			return c, fmt.Errorf("%w: the %s part is missing", ErrNotDatabase, name)
		}
		err := b.ForEach(func(k, v []byte) error {
			ok, err := scanRecord(sl, locked, name, k, v)
			switch {
			case err != nil:
				return err
			case !ok:
				c.unread(name, k, v)
			case counts[string(name)] != nil:
				*counts[string(name)]++
			}
			return nil
		})
		if err != nil {
			return c, err
		}
	}
	c.missingAgreement(tx)
	if !locked {
		c.agreedOn(tx, sl)
	}
	return c, nil
}

// unread notes a record that does not read: one a newer version of the
// app wrote is kept apart from the damaged ones.
func (c *Contents) unread(bucket, k, v []byte) {
	if newerRecord(v) {
		c.Newer = noteDamaged(c.Newer, kindOf(bucket, k))
		return
	}
	c.Unreadable++
	c.Damaged = noteDamaged(c.Damaged, kindOf(bucket, k))
	log.Printf("data: a record in %s (key %x) cannot be read; it is skipped", bucket, k)
}

// scanRecord reports whether one record reads. A folder where a record
// should be, or a sealed record in a file without its key record, is
// damage to the whole file.
func scanRecord(sl *sealer, locked bool, bucket, k, v []byte) (bool, error) {
	if v == nil {
		return false, fmt.Errorf("%w: a folder where a record should be in %s", ErrNotDatabase, bucket)
	}
	if readable(sl, locked, bucket, k, v) {
		return true, nil
	}
	if !locked && sl == nil && sealedEnvelope(v) {
		return false, fmt.Errorf("%w: sealed records but no key record", ErrNotDatabase)
	}
	return false, nil
}

// scanSealer is the key for reading tx's records. A file that is locked
// has its key record checked, and its records only as far as they can be
// without the key (Unlock reads them again).
func scanSealer(tx txn) (sl *sealer, locked bool, err error) {
	sl, err = sealerOf(tx)
	if errors.Is(err, ErrLocked) {
		_, err = parseCrypt(tx.Bucket(bucketMeta).Get(keyCrypt))
		return nil, true, err
	}
	return sl, false, err
}

// readable reports whether the value under key in bucket decodes as the
// record kept there (while locked: whether it is a sealed envelope).
func readable(sl *sealer, locked bool, bucket, key, v []byte) bool {
	target := recordFor(bucket, key)
	if target == nil { // a raw counter, not a record
		return len(v) == 8
	}
	if locked {
		return sealedEnvelope(v)
	}
	if !sl.sealsRecord(bucket) && summed(key, v) {
		return true
	}
	return decodeAt(sl, bucket, key, v, target) == nil
}

// sealedEnvelope reports whether v is a sealed record's envelope.
func sealedEnvelope(v []byte) bool {
	var e envelope
	return json.Unmarshal(v, &e) == nil && len(e.X) > 0
}

// recordTypes gives a fresh value of the one type each of these buckets
// keeps under every key (recordFor handles the others).
var recordTypes = map[string]func() any{
	"record_stamps":  func() any { return new(Stamp) },
	"children":       func() any { return new(Child) },
	"app_notes":      func() any { return new(AppNote) },
	"concerns":       func() any { return new(Concern) },
	"contacts":       func() any { return new(Contact) },
	"drafts":         func() any { return new(Draft) },
	"discussions":    func() any { return new(Discussion) },
	"own_starters":   func() any { return new(OwnStarter) },
	"starter_marks":  func() any { return new(StarterMark) },
	"holidays":       func() any { return new(Holiday) },
	"day_changes":    func() any { return new(DayChange) },
	"child_words":    func() any { return new(ChildWords) },
	"review_prompts": func() any { return new(ReviewPrompt) },
}

// summed reports whether v is a plain envelope of a known format whose
// checksum matches: then it holds exactly the bytes this app wrote for the
// record (json.Marshal of its type), which always decode, and checking the
// envelope and the sum is enough. That halves the work of reading a large
// family at start and of reading each backup back. A record without a sum
// (written before sums existed) is decoded in full, and so is a sealed one.
func summed(key, v []byte) bool {
	_, ok := summedPlain(nil, nil, key, v)
	return ok
}

// recordFor is a fresh value of the type kept under key in bucket, or nil
// for the agreement's raw history counter.
func recordFor(bucket, key []byte) any {
	if fresh, ok := recordTypes[string(bucket)]; ok {
		return fresh()
	}
	switch string(bucket) {
	case "settings":
		if bytes.Equal(key, keyDisplay) {
			return new(Display)
		}
		return new(Settings)
	case "agreement":
		switch {
		case bytes.Equal(key, keyHistorySeqKey):
			return nil
		case bytes.HasPrefix(key, prefixHistory):
			return new(AgreementVersion)
		}
		return new(Agreement)
	}
	return new(json.RawMessage)
}

// decodeOrSkip decodes a listed record into item; one that cannot be read
// is skipped (false), so the rest of the list still shows, and logged the
// first time only: lists are read on every screen.
func decodeOrSkip(tx txn, sl *sealer, bucket, key, v []byte, item any) bool {
	if v == nil {
		return false
	}
	if err := decodeAt(sl, bucket, key, v, item); err != nil {
		tx.f.logs.printf(fmt.Sprintf("skip %s %x: %v", bucket, key, err), "data: skipped a record in %s (key %x): %v", bucket, key, err)
		return false
	}
	return true
}

// Unreadable is how many records could not be read when the file was
// opened. They are skipped everywhere; the app says so once.
func (s *Store) Unreadable() int { return s.unreadable }

// Damaged names the kinds (Kind.Name) of the records that could not be
// read when the file was opened, so the app can say which in plain words.
func (s *Store) Damaged() []string { return slices.Clone(s.damaged) }

// Newer names the kinds of records a newer version of the app wrote when
// the file was opened: they are kept unchanged and not written over.
func (s *Store) Newer() []string { return slices.Clone(s.newer) }
