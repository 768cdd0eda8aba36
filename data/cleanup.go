package data

import (
	"crypto/rand"
	"encoding/hex"
	"log"
	"os"
	"path/filepath"
	"strings"
)

// Temporary files are named with these prefixes, so the next start can
// find and remove what an interrupted first run, backup, restore,
// compaction or change of passphrase left behind: each is a full plain copy of the family's data,
// deleted records included.
const (
	tempNew     = ".new-"     // first run and backups
	tempRestore = ".restore-" // a backup copied in, before it replaces the file
	tempCompact = ".compact-" // the compacted copy, before it replaces the file
	tempReseal  = ".reseal-"  // the file rewritten with or without a passphrase
)

// removeLeftovers deletes temporary files in the data folder and its
// backups folder. Call it only while holding the file's lock: then no
// other copy of the app can be writing one of them.
func removeLeftovers(dir string) {
	for _, d := range []string{dir, BackupDir(dir)} {
		entries, err := os.ReadDir(d)
		if err != nil {
			continue
		}
		for _, e := range entries {
			if isTemp(e.Name()) && !e.IsDir() {
				if err := os.Remove(filepath.Join(d, e.Name())); err != nil {
					log.Printf("data: cannot remove the leftover %s: %v", e.Name(), err)
				}
			}
		}
	}
}

func isTemp(name string) bool {
	for _, p := range []string{tempNew, tempRestore, tempCompact, tempReseal} {
		if strings.HasPrefix(name, p) && strings.HasSuffix(name, ".db") {
			return true
		}
	}
	return false
}

// newFamilyID is a random id that tells one family's file (and its
// backups) from another's.
func newFamilyID() string {
	b := make([]byte, 12)
	rand.Read(b)
	return hex.EncodeToString(b)
}
