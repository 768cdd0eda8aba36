package data

import (
	"bytes"
	"errors"
	"fmt"
	"slices"
)

// Kind is one kind of record a family file keeps: where it lives and
// whether it belongs to one child. Kinds lists every one, so that what
// must hold for every record (the app opens when one is damaged, a
// backup's health) is checked over this list and a new kind cannot be
// forgotten.
type Kind struct {
	// Name is the kind's name in messages ("damaged.kind.<Name>").
	Name string
	// Bucket holds the kind's records.
	Bucket string
	// Key is the one key of a single record ("" for a bucket of many).
	Key string
	// Prefix marks a kind kept under keys with this prefix in a bucket
	// shared with single records (the agreement's history).
	Prefix string
	// Raw: not a record envelope but bytes kept as they are (the meta
	// bucket's ids and the agreement's history counter).
	Raw bool
	// Child: each record belongs to one child.
	Child bool
}

// kinds is the table behind Kinds. A bucket of many records is listed
// after the single records and prefixes kept in it.
var kinds = []Kind{
	{Name: "schema", Bucket: "meta", Key: "schema_version", Raw: true},
	{Name: "family_id", Bucket: "meta", Key: "family_id", Raw: true},
	{Name: "device_id", Bucket: "meta", Key: "device_id", Raw: true},
	{Name: "machine", Bucket: "meta", Key: "machine", Raw: true},
	{Name: "machine_folder", Bucket: "meta", Key: "machine-folder", Raw: true},
	{Name: "key", Bucket: "meta", Key: "crypt", Raw: true},
	{Name: "lock_prefs", Bucket: "meta", Key: "lock_prefs", Raw: true},
	{Name: "manifest", Bucket: "meta", Key: "manifest", Raw: true},
	{Name: "settings", Bucket: "settings", Key: "settings"},
	{Name: "display", Bucket: "settings", Key: "display"},
	{Name: "privacy", Bucket: "settings", Key: "privacy"},
	{Name: "sync_folder", Bucket: "settings", Key: "sync_folder"},
	{Name: "agreement", Bucket: "agreement", Key: "current"},
	{Name: "agreement_counter", Bucket: "agreement", Key: "history-seq", Raw: true},
	{Name: "agreement_history", Bucket: "agreement", Prefix: "history/"},
	{Name: "holidays", Bucket: "holidays"},
	{Name: "drafts", Bucket: "drafts"},
	{Name: "stamps", Bucket: "record_stamps"},
	{Name: "children", Bucket: "children"},
	{Name: "contacts", Bucket: "contacts"},
	{Name: "own_starters", Bucket: "own_starters"},
	{Name: "starter_marks", Bucket: "starter_marks"},
	{Name: "app_notes", Bucket: "app_notes", Child: true},
	{Name: "concerns", Bucket: "concerns", Child: true},
	{Name: "discussions", Bucket: "discussions", Child: true},
	{Name: "day_changes", Bucket: "day_changes", Child: true},
	{Name: "child_words", Bucket: "child_words", Child: true},
	{Name: "review_prompts", Bucket: "review_prompts", Child: true},
}

// Kinds is every kind of record a family file keeps.
func Kinds() []Kind { return slices.Clone(kinds) }

// Holds reports whether the record under key in bucket is of kind k.
func (k Kind) Holds(bucket, key []byte) bool {
	switch {
	case string(bucket) != k.Bucket:
		return false
	case k.Key != "":
		return string(key) == k.Key
	case k.Prefix != "":
		return bytes.HasPrefix(key, []byte(k.Prefix))
	}
	return true
}

// kindOf is the name of the kind of the record under key in bucket.
func kindOf(bucket, key []byte) string {
	for _, k := range kinds {
		if k.Holds(bucket, key) {
			return k.Name
		}
	}
	return string(bucket)
}

// noteDamaged adds a kind's name to a list of damaged kinds, once.
func noteDamaged(list []string, name string) []string {
	if slices.Contains(list, name) {
		return list
	}
	return append(list, name)
}

// getOrDefault reads a single record kept under key into v. A record that
// is damaged or in a newer format is logged and leaves v as the caller
// set it (the default): one bad record must never stop the app, and
// nothing is written back until the user changes that choice.
func getOrDefault[T any](tx txn, bucket, key []byte, v *T) error {
	var read T
	err := get(tx, bucket, key, &read)
	switch {
	case err == nil:
		*v = read
		return nil
	case errors.Is(err, ErrNotFound):
		return nil
	case errors.Is(err, ErrNotDatabase), errors.Is(err, ErrNewerVersion):
		tx.f.logs.printf(fmt.Sprintf("default %s: %v", kindOf(bucket, key), err),
			"data: the %s record cannot be read; its default is used: %v", kindOf(bucket, key), err)
		return nil
	}
	return err
}
