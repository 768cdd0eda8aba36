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
// copies that read back and belong to this family (same family id) take
// part: a new, empty family's daily copies can never push out the last
// good copies of the real one. Each kind keeps its newest BackupsKept, a
// copy dated in the future counting as the oldest; the copies keepers
// names (the last good family, the last before the damage now, the most
// records) are always kept.
func (s *Store) rotate(now time.Time) error {
	list, err := s.Backups()
	if err != nil {
		return err
	}
	list = slices.DeleteFunc(list, func(b Backup) bool { return keptOutsideRotation(b, now) })
	family := s.familyID()
	var copies []rotating
	for _, b := range list {
		c, err := s.checkCopy(b)
		if err != nil || c.FamilyID != family || family == "" {
			continue
		}
		copies = append(copies, rotating{b, c})
	}
	sort.SliceStable(copies, func(i, j int) bool { return rank(copies[i].Backup, now).After(rank(copies[j].Backup, now)) })
	keep := keepers(copies, s.unreadable)
	byKind := map[BackupKind][]rotating{}
	for _, c := range copies {
		byKind[c.Kind] = append(byKind[c.Kind], c)
	}
	for _, copies := range byKind {
		for _, old := range copies[min(len(copies), BackupsKept):] {
			if keep[old.Name] {
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
