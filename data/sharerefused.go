package data

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"slices"
)

// A flood the carer refused stays refused. The grouped question about
// many new records of one kind from one file ("This file adds 4,900
// contacts") is answered once: the answer is kept (sealed in meta, like
// the agreement's answers), by the file's name, the kind and the flood's
// fingerprint (Change.Flood), so it is not asked again after a restart,
// nor when that file is sealed again with other changes. It is asked
// again only when that file's flood changes (a record added to it, or
// one of its records changed).

var keyRefusedFloods = []byte("refused_floods")

// keptRefusals caps the refusals kept: a hostile folder can hold many
// files, and the oldest refusal is then asked again at worst.
const keptRefusals = 64

// RefusedFlood is one grouped question answered "Do not take them".
type RefusedFlood struct {
	File    string `json:"file"`
	Section string `json:"section"`
	Flood   string `json:"flood"`
}

// RefusedFloods are the floods refused, oldest first.
func (s *Store) RefusedFloods() ([]RefusedFlood, error) {
	var out []RefusedFlood
	err := s.db.View(func(tx txn) error {
		if err := get(tx, bucketMeta, keyRefusedFloods, &out); err != nil && err != ErrNotFound {
			return err
		}
		return nil
	})
	return out, err
}

// SaveRefusedFloods keeps list (the newest keptRefusals), replacing
// what was kept. Nothing is written when nothing changes.
func (s *Store) SaveRefusedFloods(list []RefusedFlood) error {
	list = list[max(0, len(list)-keptRefusals):]
	if was, err := s.RefusedFloods(); err == nil && slices.Equal(was, list) {
		return nil
	}
	return s.db.Update(func(tx txn) error {
		if len(list) == 0 {
			return del(tx, bucketMeta, keyRefusedFloods)
		}
		return put(tx, bucketMeta, keyRefusedFloods, list)
	})
}

// floodPrint is the fingerprint of the file's new records of section
// that make up a flood: their stable ids, versions and values.
func floodPrint(plan []Change, section string) string {
	var lines []string
	for _, c := range plan {
		if c.bulk && c.Section == section {
			v := c.rec.Version()
			sum := sha256.Sum256(c.rec.Value)
			lines = append(lines, fmt.Sprint(c.UID, " ", v.Changed.UnixNano(), " ", v.Device, " ", v.Deleted, " ", hex.EncodeToString(sum[:])))
		}
	}
	slices.Sort(lines)
	sum := sha256.New()
	for _, l := range lines {
		_, _ = fmt.Fprintln(sum, l) // (a hash takes every write)
	}
	return hex.EncodeToString(sum.Sum(nil))
}

// InFlood reports whether c is one of the records a grouped question
// (Bulk) asks about.
func (c Change) InFlood() bool { return c.bulk }
