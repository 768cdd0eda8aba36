package data

import (
	"errors"
	"os"
	"path/filepath"
	"sync"
	"time"
)

// A backup's health covers every kind of record (Kinds), not a count of
// some: a copy is good only when every record in it reads. Rotation keeps
// the newest good copy and the newest copy taken before the damage the
// family's file has now, however many damaged copies are made after it;
// Settings and the recovery window mark damaged copies; and a damaged copy
// never counts as the day's backup.

// copyCheck is what reading one backup found, kept while the file is the
// same (backups are never changed once placed) and the keys are too.
type copyCheck struct {
	size int64
	mod  time.Time
	keys *Keys
	c    Contents
	err  error
}

// copyChecks remembers the backups read, by name, so that start-up,
// rotation and Settings read each copy once.
type copyChecks struct {
	mu sync.Mutex
	m  map[string]copyCheck
}

// checkCopy reads the backup b back in full (once while it is unchanged).
func (s *Store) checkCopy(b Backup) (Contents, error) {
	path := filepath.Join(BackupDir(s.Dir()), b.Name)
	info, err := os.Stat(path)
	if err != nil {
		return Contents{}, fileError("reading a backup", err, false)
	}
	s.checks.mu.Lock()
	hit, ok := s.checks.m[b.Name]
	s.checks.mu.Unlock()
	if ok && hit.size == info.Size() && hit.mod.Equal(info.ModTime()) && hit.keys == s.keys {
		return hit.c, hit.err
	}
	c, err := readCopy(path, s.keys)
	s.remember(b.Name, info, c, err)
	return c, err
}

// remember keeps what reading the backup name found.
func (s *Store) remember(name string, info os.FileInfo, c Contents, err error) {
	s.checks.mu.Lock()
	defer s.checks.mu.Unlock()
	if s.checks.m == nil {
		s.checks.m = map[string]copyCheck{}
	}
	s.checks.m[name] = copyCheck{size: info.Size(), mod: info.ModTime(), keys: s.keys, c: c, err: err}
}

// damagedCopy reports whether a backup cannot be restored because it is
// damaged: cut short, not a family file, or with a record that does not
// read. One that only needs another passphrase is not damaged.
func damagedCopy(c Contents, err error) bool {
	if errors.Is(err, ErrLocked) || errors.Is(err, ErrWrongPassphrase) {
		return false
	}
	return err != nil || !c.Good()
}

// CheckedBackups lists the backups, newest first, each marked Damaged
// when it cannot be restored.
func (s *Store) CheckedBackups() ([]Backup, error) {
	list, err := s.Backups()
	for i, b := range list {
		list[i].Damaged = damagedCopy(s.checkCopy(b))
	}
	return list, err
}

// keepers names the copies rotation must keep whatever their age: the
// newest in which every record reads (the last good family), the newest
// that reads better than the family's file does now (taken before the
// damage it has was first seen), and the newest with the most records.
// copies are this family's, newest first.
func keepers(copies []rotating, fileUnreadable int) map[string]bool {
	keep := map[string]bool{}
	var good, before, most *rotating
	for i := range copies {
		c := &copies[i]
		if good == nil && c.c.Good() {
			good = c
		}
		if before == nil && c.c.Unreadable < fileUnreadable {
			before = c
		}
		if most == nil || c.c.Records() > most.c.Records() {
			most = c
		}
	}
	for _, c := range []*rotating{good, before, most} {
		if c != nil {
			keep[c.Name] = true
		}
	}
	return keep
}

// rotating is one of the family's copies as rotation sees it.
type rotating struct {
	Backup
	c Contents
}

// countsAsToday reports whether a copy made at taken, read back as c
// (err), is the day's backup at now: it must read back as well as the
// family's file does, so a damaged copy never stops the day's backup.
func (s *Store) countsAsToday(b Backup, now time.Time) bool {
	if b.Kind != BackupDaily || b.Taken.After(now) || now.Sub(b.Taken) >= 24*time.Hour {
		return false
	}
	c, err := s.checkCopy(b)
	return err == nil && c.Unreadable <= s.unreadable && c.FamilyID == s.familyID()
}
