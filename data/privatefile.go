package data

import (
	"os"
	"path/filepath"
)

// WritePrivate writes b to path as a file only its owner can read (0600),
// like the data file: through a temporary file in the same folder, renamed
// into place, so a crash never leaves half a file and a file that was
// there before (perhaps readable by others) is replaced, not rewritten.
func WritePrivate(path string, b []byte) error {
	tmp, err := os.CreateTemp(filepath.Dir(path), ".saving-*") // CreateTemp makes 0600 files
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name()) // a no-op once renamed
	if err := tmp.Chmod(0o600); err != nil {
		tmp.Close()
		return err
	}
	if _, err := tmp.Write(b); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Sync(); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	return os.Rename(tmp.Name(), path)
}
