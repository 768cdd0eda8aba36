package data

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"go.etcd.io/bbolt"
)

// Backups are whole copies of the database in a "backups" folder beside
// it, one a day at most, the newest BackupsKept kept. Each is written
// under a temporary name, synced, checked with bbolt's consistency check
// and only then renamed into place, so a listed backup is always whole.

// BackupsKept is how many backups are kept; older ones are deleted.
const BackupsKept = 7

const (
	backupPrefix = "backup-"
	backupSuffix = ".db"
	backupStamp  = "2006-01-02-150405"
)

// Backup is one saved copy.
type Backup struct {
	Name  string // file name inside the backups folder
	Taken time.Time
	Size  int64
}

// BackupDir is the backups folder for a data folder.
func BackupDir(dataDir string) string { return filepath.Join(dataDir, "backups") }

// Backup writes a copy of the whole database now and drops the oldest
// copies beyond BackupsKept.
func (s *Store) Backup(now time.Time) (Backup, error) {
	dir := BackupDir(s.Dir())
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return Backup{}, fmt.Errorf("cannot create the backups folder: %w", err)
	}
	tmp, err := os.CreateTemp(dir, ".new-*"+backupSuffix)
	if err != nil {
		return Backup{}, fmt.Errorf("cannot write a backup: %w", err)
	}
	defer os.Remove(tmp.Name()) // a no-op once renamed
	err = s.db.View(func(tx *bbolt.Tx) error {
		_, err := tx.WriteTo(tmp)
		return err
	})
	if err == nil {
		err = tmp.Sync()
	}
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = verify(tmp.Name())
	}
	if err != nil {
		return Backup{}, fmt.Errorf("cannot write a backup: %w", err)
	}
	name := backupPrefix + now.Format(backupStamp) + backupSuffix
	for exists(filepath.Join(dir, name)) { // two copies in one second: never overwrite one
		now = now.Add(time.Second)
		name = backupPrefix + now.Format(backupStamp) + backupSuffix
	}
	if err := os.Rename(tmp.Name(), filepath.Join(dir, name)); err != nil {
		return Backup{}, fmt.Errorf("cannot write a backup: %w", err)
	}
	syncDir(dir)
	info, _ := os.Stat(filepath.Join(dir, name))
	b := Backup{Name: name, Taken: now, Size: info.Size()}
	return b, s.rotateBackups()
}

// BackupIfDue makes a backup when the newest is older than a day, or
// there is none. The demo family is never backed up.
func (s *Store) BackupIfDue(now time.Time) (made bool, err error) {
	if set, err := s.Settings(); err != nil || set.Demo {
		return false, err
	}
	list, err := s.Backups()
	if err != nil {
		return false, err
	}
	if len(list) > 0 && now.Sub(list[0].Taken) < 24*time.Hour {
		return false, nil
	}
	_, err = s.Backup(now)
	return err == nil, err
}

// Backups lists the saved copies, newest first.
func (s *Store) Backups() ([]Backup, error) {
	entries, err := os.ReadDir(BackupDir(s.Dir()))
	if os.IsNotExist(err) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	var out []Backup
	for _, e := range entries {
		stamp, ok := strings.CutPrefix(e.Name(), backupPrefix)
		stamp, ok2 := strings.CutSuffix(stamp, backupSuffix)
		if !ok || !ok2 || e.IsDir() {
			continue
		}
		taken, err := time.ParseInLocation(backupStamp, stamp, time.Local)
		if err != nil {
			continue
		}
		info, err := e.Info()
		if err != nil {
			continue
		}
		out = append(out, Backup{Name: e.Name(), Taken: taken, Size: info.Size()})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Name > out[j].Name })
	return out, nil
}

func (s *Store) rotateBackups() error {
	list, err := s.Backups()
	if err != nil {
		return err
	}
	for _, old := range list[min(len(list), BackupsKept):] {
		if err := os.Remove(filepath.Join(BackupDir(s.Dir()), old.Name)); err != nil {
			return err
		}
	}
	return nil
}

// verify opens a copy read-only and runs bbolt's consistency check on it.
func verify(path string) error {
	db, err := bbolt.Open(path, 0o600, &bbolt.Options{ReadOnly: true, Timeout: openTimeout})
	if err != nil {
		return err
	}
	defer db.Close()
	return db.View(func(tx *bbolt.Tx) error {
		for err := range tx.Check() {
			return err
		}
		if schemaVersion(tx) == 0 {
			return fmt.Errorf("%w: no schema version", ErrNotDatabase)
		}
		return nil
	})
}

// Restore replaces the database in dataDir with the named backup. The
// store must be closed first. What was there is kept as a backup of its
// own first (unless it is unreadable), so a restore can itself be undone.
func Restore(dataDir, name string, now time.Time) error {
	src := filepath.Join(BackupDir(dataDir), filepath.Base(name))
	if err := verify(src); err != nil {
		return fmt.Errorf("%w: the backup %s cannot be read: %v", ErrNotDatabase, name, err)
	}
	// Copy the backup aside before anything else: keeping the current data
	// as a backup rotates old ones away, possibly this one.
	tmp, err := copyToTemp(src, dataDir)
	if err != nil {
		return fmt.Errorf("cannot restore the backup: %w", err)
	}
	defer os.Remove(tmp) // a no-op once renamed
	if cur, err := Open(dataDir); err == nil {
		_, err = cur.Backup(now)
		cur.Close()
		if err != nil {
			return err
		}
	}
	if err := os.Rename(tmp, filepath.Join(dataDir, FileName)); err != nil {
		return fmt.Errorf("cannot restore the backup: %w", err)
	}
	syncDir(dataDir)
	return nil
}

// copyToTemp copies src to a synced, private temporary file in dir.
func copyToTemp(src, dir string) (string, error) {
	in, err := os.Open(src)
	if err != nil {
		return "", err
	}
	defer in.Close()
	tmp, err := os.CreateTemp(dir, ".restore-*.db")
	if err != nil {
		return "", err
	}
	_, err = io.Copy(tmp, in)
	if err == nil {
		err = tmp.Sync()
	}
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Chmod(tmp.Name(), 0o600)
	}
	if err != nil {
		os.Remove(tmp.Name())
		return "", err
	}
	return tmp.Name(), nil
}

func exists(path string) bool {
	_, err := os.Stat(path)
	return err == nil
}
