package data

import (
	"fmt"
	"io"
	"log"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"
)

// Backups are whole copies of the database in a "backups" folder beside
// it. Each is written under a temporary name, synced, read back in full
// (CheckBackup) and only then renamed into place, so a listed backup is
// always whole. Daily, manual and "kept before a restore" copies rotate
// apart, each family's apart from any other's (see rotate.go).

// BackupsKept is how many backups of each kind are kept per family.
const BackupsKept = 7

const (
	backupPrefix = "backup-"
	backupSuffix = ".db"
	backupStamp  = "2006-01-02-150405"
)

// BackupKind says why a copy was made; kinds rotate apart.
type BackupKind string

const (
	BackupDaily  BackupKind = ""               // made at start, once a day
	BackupManual BackupKind = "manual"         // "Back up now"
	BackupKept   BackupKind = "before-restore" // the file as it was before a restore
)

// Backup is one saved copy.
type Backup struct {
	Name  string // file name inside the backups folder
	Taken time.Time
	Size  int64
	Kind  BackupKind
	// Damaged: the copy cannot be restored (CheckedBackups fills it in).
	Damaged bool
}

// BackupDir is the backups folder for a data folder.
func BackupDir(dataDir string) string { return filepath.Join(dataDir, "backups") }

// Backup writes a copy of the whole database now, on request, and drops
// old copies (see rotate).
func (s *Store) Backup(now time.Time) (Backup, error) { return s.backup(now, BackupManual) }

// backup makes a copy; its errors are marked ErrDuringBackup.
func (s *Store) backup(now time.Time, kind BackupKind) (Backup, error) {
	b, err := s.backupOnce(now, kind)
	return b, during(ErrDuringBackup, err)
}

func (s *Store) backupOnce(now time.Time, kind BackupKind) (Backup, error) {
	dir := BackupDir(s.Dir())
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return Backup{}, fileError("creating the backups folder", err, true)
	}
	tmp, err := os.CreateTemp(dir, tempNew+"*"+backupSuffix)
	if err != nil {
		return Backup{}, fileError("writing a backup", err, true)
	}
	defer func() { _ = os.Remove(tmp.Name()) }() // a no-op once renamed
	out := &firstError{w: tmp}
	err = s.db.View(func(tx txn) error {
		_, err := tx.WriteTo(out)
		return err
	})
	if out.err != nil { // bbolt words the reason without wrapping it
		err = out.err
	}
	if err == nil {
		err = tmp.Sync()
	}
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return Backup{}, fileError("writing a backup", err, true)
	}
	// The copy must read back as well as the file it was taken from: a
	// record already unreadable there does not stop the day's backup.
	c, err := readCopy(tmp.Name(), s.keys)
	if err != nil || c.Unreadable > s.unreadable {
		return Backup{}, fmt.Errorf("%w: the copy does not read back whole: %v", ErrBadBackup, err)
	}
	b, err := placeBackup(tmp.Name(), dir, now, kind, s.Encrypted())
	if err != nil {
		return Backup{}, err
	}
	if info, err := os.Stat(filepath.Join(dir, b.Name)); err == nil {
		s.remember(b.Name, info, c, nil) // read once: rotation and Settings need not read it again
	}
	return b, s.rotate(now)
}

// placeBackup renames a finished copy to its dated name, never over
// another copy (two in one second get the next second). A copy of an
// encrypted family gets an undated name instead (backupUndated).
func placeBackup(tmp, dir string, now time.Time, kind BackupKind, undated bool) (Backup, error) {
	name := backupName(now, kind)
	for exists(filepath.Join(dir, name)) {
		now = now.Add(time.Second)
		name = backupName(now, kind)
	}
	if undated {
		name = undatedBackupName(kind)
	}
	if err := os.Rename(tmp, filepath.Join(dir, name)); err != nil {
		return Backup{}, fileError("writing a backup", err, true)
	}
	if undated {
		_ = os.Chtimes(filepath.Join(dir, name), now, now.Truncate(time.Second))
	}
	_ = syncDir(dir)
	info, err := os.Stat(filepath.Join(dir, name))
	if err != nil {
		return Backup{}, fileError("writing a backup", err, true)
	}
	return Backup{Name: name, Taken: now.Truncate(time.Second), Size: info.Size(), Kind: kind}, nil
}

func backupName(t time.Time, kind BackupKind) string {
	name := backupPrefix + t.Format(backupStamp)
	if kind != BackupDaily {
		name += "-" + string(kind)
	}
	return name + backupSuffix
}

// BackupIfDue makes the daily backup when the newest daily one is older
// than a day, or there is none. A copy dated in the future (a clock that
// was wrong) does not count. The demo family is never backed up.
func (s *Store) BackupIfDue(now time.Time) (made bool, err error) {
	if set, err := s.Settings(); err != nil || set.Demo || s.readOnly {
		return false, err // nothing can be written beside a read-only file
	}
	list, err := s.Backups()
	if err != nil {
		return false, err
	}
	for _, b := range list {
		if s.countsAsToday(b, now) {
			return false, nil
		}
	}
	_, err = s.backup(now, BackupDaily)
	return err == nil, err
}

// Backups lists the saved copies, newest first. What has a backup's name
// but is not an ordinary file is left out, and said once in the log.
func (s *Store) Backups() ([]Backup, error) {
	out, skipped, err := listBackups(s.Dir())
	for _, why := range skipped {
		s.db.logs.printf("skip "+why, "data: %s", why)
	}
	return out, err
}

// ListBackups lists the saved copies of the family in dataDir, newest
// first, without opening them. It needs no open store, so the start-up
// error window can offer them.
func ListBackups(dataDir string) ([]Backup, error) {
	out, skipped, err := listBackups(dataDir)
	for _, why := range skipped {
		log.Printf("data: %s", why)
	}
	return out, err
}

// listBackups lists the backups and says why anything with a backup's
// name was left out: a pipe, a device, a folder or a link to one is not a
// backup. It is never opened (Stat only), so it cannot make the list wait.
func listBackups(dataDir string) (out []Backup, skipped []string, err error) {
	dir := BackupDir(dataDir)
	entries, err := os.ReadDir(dir)
	if os.IsNotExist(err) {
		return nil, nil, nil
	}
	if err != nil {
		return nil, nil, fileError("reading the backups folder", err, false)
	}
	for _, e := range entries {
		b, ok := parseBackupName(e.Name())
		if !ok {
			continue
		}
		info, err := os.Stat(filepath.Join(dir, e.Name()))
		switch {
		case err != nil:
			skipped = append(skipped, fmt.Sprintf("the backup %s cannot be looked at, so it is left out: %v", e.Name(), err))
		case !info.Mode().IsRegular():
			skipped = append(skipped, fmt.Sprintf("%s in the backups folder is %s, not a backup; it is left out and never read", e.Name(), modeWords(info.Mode())))
		default:
			b.Size = info.Size()
			if b.Taken.IsZero() {
				b.Taken = info.ModTime().Truncate(time.Second)
			}
			out = append(out, b)
		}
	}
	sort.Slice(out, func(i, j int) bool {
		if !out[i].Taken.Equal(out[j].Taken) {
			return out[i].Taken.After(out[j].Taken)
		}
		return out[i].Name > out[j].Name
	})
	return out, skipped, nil
}

// parseBackupName reads a backup's name: its date (zero for an undated
// name: the file's time gives it) and kind.
func parseBackupName(name string) (Backup, bool) {
	rest, ok := strings.CutPrefix(name, backupPrefix)
	rest, ok2 := strings.CutSuffix(rest, backupSuffix)
	if !ok || !ok2 {
		return Backup{}, false
	}
	var taken time.Time
	if id, ok := strings.CutPrefix(rest, undatedMark); ok && len(id) >= undatedIDLen && isHex(id[:undatedIDLen]) {
		rest = id[undatedIDLen:]
	} else {
		if len(rest) < len(backupStamp) {
			return Backup{}, false
		}
		t, err := time.ParseInLocation(backupStamp, rest[:len(backupStamp)], time.Local)
		if err != nil {
			return Backup{}, false
		}
		taken, rest = t, rest[len(backupStamp):]
	}
	kind := BackupKind(strings.TrimPrefix(rest, "-"))
	switch kind {
	case BackupDaily, BackupManual, BackupKept, BackupImport, BackupBeforeRemoval:
		return Backup{Name: name, Taken: taken, Kind: kind}, true
	}
	return Backup{}, false
}

// CheckBackup reads a copy as fully as Open reads the family's file and
// says what it holds. It refuses (ErrBadBackup) a copy that is damaged,
// cut short, from another schema version (also ErrNewerVersion when
// newer) or with a record that cannot be read. An encrypted copy is read
// with keys: without them it is refused with ErrLocked too, with the
// wrong ones with ErrWrongPassphrase. It never panics.
func CheckBackup(path string, keys *Keys) (Contents, error) {
	c, err := readCopy(path, keys)
	if err == nil && c.Unreadable > 0 {
		err = fmt.Errorf("%w: %d records cannot be read", ErrBadBackup, c.Unreadable)
	}
	return c, err
}

// readCopy is CheckBackup that counts unreadable records instead of
// refusing them.
func readCopy(path string, keys *Keys) (Contents, error) {
	db, c, err := openChecked(path, true, keys, nil)
	if err != nil {
		return c, fmt.Errorf("%w: %w", ErrBadBackup, err)
	}
	locked := sealerOfDB(db) == nil && sealedDB(db)
	_ = closeDB(db)
	if locked {
		return c, fmt.Errorf("%w: %w", ErrBadBackup, ErrLocked)
	}
	// An older copy is fine: opening it after a restore upgrades it.
	if c.Schema > SchemaVersion {
		return c, fmt.Errorf("%w: schema version %d, this app writes %d", ErrBadBackup, c.Schema, SchemaVersion)
	}
	return c, nil
}

func exists(path string) bool {
	_, err := os.Stat(path)
	return err == nil
}

// firstError keeps the first error writing to w, so that the reason (a
// full disk) is not lost when a library reports it only as text.
type firstError struct {
	w   io.Writer
	err error
}

func (f *firstError) Write(p []byte) (int, error) {
	n, err := f.w.Write(p)
	if err != nil && f.err == nil {
		f.err = err
	}
	return n, err
}
