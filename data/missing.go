package data

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
)

// ErrMissing: the family's file is not in the data folder, but the folder
// shows a family lived there (backups, files kept aside by a restore). A
// new, empty family is never made in its place without the user asking
// (Options.NewFamily): the backups are offered first.
var ErrMissing = errors.New("the family's data file is missing")

// ErrDanglingLink: the family's file (or its folder) is a link to
// something that is not there, often a drive or a synced folder that is
// not connected. Nothing is written through it or in its place.
var ErrDanglingLink = errors.New("the data file is a link to something that is not there")

// LinkTarget says where a link at the family's file (or at the data folder
// itself) points; "" when neither is a link.
func LinkTarget(dataDir string) string {
	for _, p := range []string{filepath.Join(dataDir, FileName), dataDir} {
		if info, err := os.Lstat(p); err == nil && info.Mode()&os.ModeSymlink != 0 {
			if to, err := os.Readlink(p); err == nil {
				return to
			}
		}
	}
	return ""
}

// LinkedFolder reports whether the data folder itself is a link (not
// the family's file in it), so a message can name the folder.
func LinkedFolder(dataDir string) bool {
	info, err := os.Lstat(filepath.Clean(dataDir))
	return err == nil && info.Mode()&os.ModeSymlink != 0
}

// dangling reports ErrDanglingLink when path is a link whose target does
// not exist.
func dangling(path string) error {
	info, err := os.Lstat(path)
	if err != nil || info.Mode()&os.ModeSymlink == 0 {
		return nil
	}
	if _, err := os.Stat(path); !errors.Is(err, os.ErrNotExist) {
		return nil
	}
	to, _ := os.Readlink(path)
	return fmt.Errorf("%w: %s points to %s", ErrDanglingLink, path, to)
}

// familyWasHere reports whether dataDir holds signs of an earlier family:
// any backup, or anything a restore kept aside.
func familyWasHere(dataDir string) bool {
	if entries, err := os.ReadDir(BackupDir(dataDir)); err == nil {
		for _, e := range entries {
			if !isTemp(e.Name()) {
				return true
			}
		}
	}
	entries, _ := os.ReadDir(dataDir)
	for _, e := range entries {
		if strings.HasPrefix(e.Name(), KeptPrefix) {
			return true
		}
	}
	return false
}

// firstRun decides what Open does when the family's file is not there: a
// new family in a fresh folder (or when asked), else ErrMissing.
func firstRun(dir, path string, opts Options) error {
	if err := dangling(path); err != nil {
		return err
	}
	if !opts.NewFamily && familyWasHere(dir) {
		return fmt.Errorf("%w (%s)", ErrMissing, path)
	}
	return create(path)
}
