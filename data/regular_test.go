//go:build unix

package data

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// notRegular puts at path each thing that is not an ordinary file: a
// pipe (reading it would wait for ever), a link to /dev/zero (reading it
// would never end), a device node (when the test may make one) and a
// folder.
var notRegularKinds = []struct {
	name string
	make func(path string) error
}{
	{"pipe", func(p string) error { return syscall.Mkfifo(p, 0o600) }},
	{"link to /dev/zero", func(p string) error { return os.Symlink("/dev/zero", p) }},
	{"device", func(p string) error { return syscall.Mknod(p, syscall.S_IFCHR|0o600, 1<<8|5) }}, // like /dev/zero
	{"folder", func(p string) error { return os.Mkdir(p, 0o700) }},
}

// within fails the test when fn has not returned in 10 seconds: a pipe
// or a device that is read hangs or fills the disk.
func within(t *testing.T, what string, fn func() error) error {
	t.Helper()
	done := make(chan error, 1)
	go func() { done <- fn() }()
	select {
	case err := <-done:
		return err
	case <-time.After(10 * time.Second):
		t.Fatalf("%s did not return: it is reading what is not a file", what)
		return nil
	}
}

// within2 is within for a call that gives a value too.
func within2[T any](t *testing.T, what string, fn func() (T, error)) T {
	t.Helper()
	var out T
	must(t, within(t, what, func() error {
		var err error
		out, err = fn()
		return err
	}))
	return out
}

func TestOnlyOrdinaryFilesAreRead(t *testing.T) {
	t.Parallel()
	for _, k := range notRegularKinds {
		t.Run(k.name, func(t *testing.T) {
			t.Parallel()
			dir := t.TempDir()
			s, err := Open(dir, testOptions())
			must(t, err)
			must1(t)(s.AddChild(Child{Name: "Amira", BirthYear: 2016, BirthMonth: 1}))
			good, err := s.Backup(day0)
			must(t, err)
			// A backup that is not a file: not listed (said once in the
			// log, not shown as a damaged backup), refused, never read;
			// the day's backup and its rotation go on.
			odd := backupName(day0.Add(time.Hour), BackupManual)
			if err := k.make(filepath.Join(BackupDir(dir), odd)); err != nil {
				t.Skipf("cannot make a %s here: %v", k.name, err)
			}
			var logged []string
			s.db.logs.out = func(line string) { logged = append(logged, line) }
			for range 3 {
				list := within2(t, "listing the backups", s.CheckedBackups)
				if len(list) != 1 || list[0].Name != good.Name || list[0].Damaged {
					t.Fatalf("with a %s among the backups, Settings would list %+v", k.name, list)
				}
			}
			if len(logged) != 1 || !strings.Contains(logged[0], odd) || !strings.Contains(logged[0], "not a backup") {
				t.Fatalf("a %s among the backups is logged as %q", k.name, logged)
			}
			err = within(t, "checking the backup", func() error {
				_, err := CheckBackup(filepath.Join(BackupDir(dir), odd), nil)
				return err
			})
			if !errors.Is(err, ErrBadBackup) || (k.name != "folder" && !errors.Is(err, ErrNotRegular)) {
				t.Fatalf("a %s as a backup: %v", k.name, err)
			}
			must(t, within(t, "the day's backup", func() error { _, err := s.BackupIfDue(day0.AddDate(0, 0, 2)); return err }))
			if err := within(t, "restoring it", func() error { return Restore(dir, odd, day0, nil) }); !errors.Is(err, ErrBadBackup) {
				t.Fatalf("restoring a %s: %v", k.name, err)
			}
			closeOK(t, s)
			// The data file itself: refused before reading, and a backup
			// can be restored in its place.
			path := filepath.Join(dir, FileName)
			must(t, os.Remove(path))
			must(t, k.make(path))
			err = within(t, "opening the family", func() error { _, err := Open(dir, testOptions()); return err })
			if !errors.Is(err, ErrNotRegular) {
				t.Fatalf("a %s as the data file: %v", k.name, err)
			}
			must(t, within(t, "restoring over it", func() error { return Restore(dir, good.Name, day0, nil) }))
			s, err = Open(dir, testOptions())
			must(t, err)
			defer closeOK(t, s)
			if kids, _ := s.Children(); len(kids) != 1 {
				t.Fatalf("restored over a %s: %d children", k.name, len(kids))
			}
		})
	}
}
