package data

import (
	"log"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"time"
)

// rotate drops old backups of this family after a new one is made. Only
// copies that read back whole and belong to this family (same family id)
// take part: a new, empty family's daily copies can never push out the
// last good copies of the real one. Each kind keeps its newest
// BackupsKept, a copy dated in the future counting as the oldest; the
// newest copy with the most records is always kept. read holds copies
// already read back whole (the one just made), by name: each is read once.
func (s *Store) rotate(now time.Time, read map[string]Contents) error {
	list, err := s.Backups()
	if err != nil {
		return err
	}
	list = slices.DeleteFunc(list, func(b Backup) bool { return keptOutsideRotation(b, now) })
	family := s.familyID()
	type checked struct {
		Backup
		records int
	}
	byKind := map[BackupKind][]checked{}
	var best *checked
	for _, b := range list {
		var err error
		c, ok := read[b.Name]
		if !ok {
			c, err = readCopy(filepath.Join(BackupDir(s.Dir()), b.Name), s.keys)
		}
		if err != nil || c.FamilyID != family || family == "" {
			continue
		}
		m := checked{b, c.Records()}
		byKind[b.Kind] = append(byKind[b.Kind], m)
		if best == nil || m.records > best.records || (m.records == best.records && rank(m.Backup, now).After(rank(best.Backup, now))) {
			best = &m
		}
	}
	for _, copies := range byKind {
		sort.SliceStable(copies, func(i, j int) bool { return rank(copies[i].Backup, now).After(rank(copies[j].Backup, now)) })
		for _, old := range copies[min(len(copies), BackupsKept):] {
			if old.Name == best.Name {
				continue
			}
			if err := os.Remove(filepath.Join(BackupDir(s.Dir()), old.Name)); err != nil {
				log.Printf("data: cannot remove the old backup %s: %v", old.Name, err)
			}
		}
	}
	return nil
}

// rank orders copies by date, a copy dated in the future as the oldest.
func rank(b Backup, now time.Time) time.Time {
	if b.Taken.After(now.Add(time.Minute)) {
		return time.Time{}
	}
	return b.Taken
}

// familyID is this file's family id ("" if it has none).
func (s *Store) familyID() string {
	var id string
	// Nothing in it fails; a closed store just has no id.
	_ = s.db.View(func(tx txn) error {
		if meta := tx.Bucket(bucketMeta); meta != nil {
			id = string(meta.Get(keyFamilyID))
		}
		return nil
	})
	return id
}
