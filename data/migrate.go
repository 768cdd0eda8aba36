package data

import (
	"encoding/binary"
	"fmt"
)

// Bucket names. Every bucket the app uses is created by a migration.
var (
	bucketMeta     = []byte("meta")
	bucketSettings = []byte("settings")
	bucketChildren = []byte("children")

	// Feature buckets, created up front so features need no schema change.
	bucketAgreement   = []byte("agreement")
	bucketDiscussions = []byte("discussions")
	bucketOwnStarters = []byte("own_starters")
	bucketStarterMark = []byte("starter_marks")
	bucketAppNotes    = []byte("app_notes")
	bucketConcerns    = []byte("concerns")
	bucketContacts    = []byte("contacts")

	keySchemaVersion = []byte("schema_version")
)

// Buckets of migration 5 (schemaRealLife).
var (
	bucketHolidays      = []byte("holidays")       // the family's holiday periods
	bucketDayChanges    = []byte("day_changes")    // today-only changes, per child
	bucketChildWords    = []byte("child_words")    // the child's own words, per child
	bucketReviewPrompts = []byte("review_prompts") // dismissed review prompts

	realLifeBuckets = [][]byte{bucketHolidays, bucketDayChanges, bucketChildWords, bucketReviewPrompts}
)

// A migration moves the schema from version i to i+1 (its index + 1).
type migration func(tx txn) error

// migrations, oldest first. Never edit or reorder a released migration:
// append a new one. SchemaVersion is their count.
var migrations = []migration{
	// 1: the first schema.
	func(tx txn) error {
		for _, b := range [][]byte{bucketSettings, bucketChildren, bucketAgreement,
			bucketDiscussions, bucketOwnStarters, bucketStarterMark, bucketAppNotes,
			bucketConcerns, bucketContacts} {
			if _, err := tx.CreateBucketIfNotExists(b); err != nil {
				return err
			}
		}
		return nil
	},
	// 2: the file's family id, so backups of another family (say a new,
	// empty one) never rotate away this family's backups. Only here is a
	// missing id filled in: in a file already at version 2 it is damage.
	func(tx txn) error {
		meta, err := tx.CreateBucketIfNotExists(bucketMeta)
		if err != nil || meta.Get(keyFamilyID) != nil {
			return err
		}
		return meta.Put(keyFamilyID, []byte(newFamilyID()))
	},
	// 3: drafts of forms, kept as they are typed (drafts.go).
	func(tx txn) error {
		_, err := tx.CreateBucketIfNotExists(bucketDrafts)
		return err
	},
	// 4: sharing's stamps (stamps.go). Its number is schemaStamps.
	migrateStamps,
	// 5: the agreement for real life: holiday periods, today-only changes,
	// the child's own words and dismissed review prompts.
	func(tx txn) error {
		for _, b := range realLifeBuckets {
			if _, err := tx.CreateBucketIfNotExists(b); err != nil {
				return err
			}
		}
		return nil
	},
}

// SchemaVersion is the schema this build writes.
var SchemaVersion = len(migrations)

// schemaVersion reads the stored version; 0 for a database with no meta.
func schemaVersion(tx txn) int {
	meta := tx.Bucket(bucketMeta)
	if meta == nil {
		return 0
	}
	v := meta.Get(keySchemaVersion)
	if len(v) != 8 {
		return 0
	}
	return int(binary.BigEndian.Uint64(v))
}

func setSchemaVersion(tx txn, v int) error {
	meta, err := tx.CreateBucketIfNotExists(bucketMeta)
	if err != nil {
		return err
	}
	b := make([]byte, 8)
	binary.BigEndian.PutUint64(b, uint64(v))
	return meta.Put(keySchemaVersion, b)
}

// migrate runs each missing migration in its own transaction, recording the
// new version in the same transaction, so an interrupted upgrade resumes
// where it stopped. A file from a newer app is refused before any write.
func migrate(db *boltFile, steps []migration) error {
	var current int
	if err := db.View(func(tx txn) error {
		current = schemaVersion(tx)
		return nil
	}); err != nil {
		return err
	}
	if current > len(steps) {
		return fmt.Errorf("%w (file version %d, this app understands up to %d): please update the app", ErrNewerVersion, current, len(steps))
	}
	for v := current; v < len(steps); v++ {
		err := db.Update(func(tx txn) error {
			if err := steps[v](tx); err != nil {
				return err
			}
			return setSchemaVersion(tx, v+1)
		})
		if err != nil {
			return fmt.Errorf("upgrading the data file to version %d: %w", v+1, err)
		}
	}
	return nil
}
