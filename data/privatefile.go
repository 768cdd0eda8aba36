package data

import (
	"fmt"
	"os"
)

// WritePrivate writes b to path, readable and writable only by the user
// (mode 0600), as the family's data file is. An existing file is cut to
// the new contents and has its mode narrowed first, so a file a save
// dialog has just created, or one from before, never stays open to
// others while it holds family details.
func WritePrivate(path string, b []byte) error {
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_TRUNC, 0o600)
	if err != nil {
		return fmt.Errorf("cannot write %s: %w", path, err)
	}
	if err := f.Chmod(0o600); err != nil {
		_ = f.Close() // the write error is the one to report
		return fmt.Errorf("cannot make %s private: %w", path, err)
	}
	if _, err := f.Write(b); err != nil {
		_ = f.Close() // the write error is the one to report
		return fmt.Errorf("cannot write %s: %w", path, err)
	}
	if err := f.Sync(); err != nil {
		_ = f.Close() // the write error is the one to report
		return fmt.Errorf("cannot write %s: %w", path, err)
	}
	return f.Close()
}
