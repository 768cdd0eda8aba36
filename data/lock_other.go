//go:build !unix

package data

import (
	"os"
	"time"
)

// lockFile does nothing here: on Windows bbolt locks a byte beyond the end
// of the file, which a second handle in this process could not take again.
// bbolt's own lock (with the same timeout) still keeps a second copy out;
// the file is then checked just before bbolt locks it.
func lockFile(*os.File, bool, time.Duration) error { return nil }
