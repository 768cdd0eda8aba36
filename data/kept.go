package data

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"
)

// KeptFile is something a restore set aside beside the data file because
// it could not be read back whole (or was not an ordinary file). The app
// never reads, changes or removes it: the family decides.
type KeptFile struct {
	Name  string    // file name inside the data folder
	Taken time.Time // when the restore set it aside
	Size  int64     // bytes; 0 for a folder or a device
}

// KeptFiles lists what restores set aside in dataDir, newest first. It
// reads only the folder's entries (Lstat), never the files themselves.
func KeptFiles(dataDir string) ([]KeptFile, error) {
	entries, err := os.ReadDir(dataDir)
	if err != nil {
		return nil, fileError("listing the data folder", err, false)
	}
	var out []KeptFile
	for _, e := range entries {
		rest, ok := strings.CutPrefix(e.Name(), KeptPrefix)
		if !ok || len(rest) < len(backupStamp) {
			continue
		}
		taken, err := time.ParseInLocation(backupStamp, rest[:len(backupStamp)], time.Local)
		if err != nil {
			continue
		}
		k := KeptFile{Name: e.Name(), Taken: taken}
		if info, err := e.Info(); err == nil && info.Mode().IsRegular() {
			k.Size = info.Size()
		}
		out = append(out, k)
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Taken.After(out[j].Taken) })
	return out, nil
}

// KeptFiles lists what restores set aside beside this store's file.
func (s *Store) KeptFiles() ([]KeptFile, error) { return KeptFiles(s.Dir()) }

// PutBack puts a file a restore kept aside back in the place of the
// family's file, the way Restore puts a backup there: what is there now
// is kept first. The kept file may hold records that cannot be read (that
// is why it was kept aside) but must be a family file; it is refused with
// ErrBadBackup if not. Once it is back, it is no longer listed as kept.
func PutBack(dataDir, name string, now time.Time, keys *Keys) error {
	base := filepath.Base(name)
	if !strings.HasPrefix(base, KeptPrefix) {
		return during(ErrDuringRestore, fmt.Errorf("%w: %s was not kept aside by a restore", ErrBadBackup, base))
	}
	src := filepath.Join(dataDir, base)
	if _, err := readCopy(src, keys); err != nil {
		return during(ErrDuringRestore, err)
	}
	if err := replaceWith(dataDir, src, now, keys, readCopy); err != nil {
		return during(ErrDuringRestore, err)
	}
	if err := os.Remove(src); err != nil {
		return fileError("removing the file that was put back", err, true)
	}
	_ = syncDir(dataDir)
	return nil
}

// BackupTaken is when the named backup was made, read from its name.
func BackupTaken(name string) (time.Time, bool) {
	b, ok := parseBackupName(filepath.Base(name))
	return b.Taken, ok
}
