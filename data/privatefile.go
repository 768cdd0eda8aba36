package data

import (
	"os"
	"path/filepath"
)

// WritePrivate writes b to path, readable and writable only by the user
// (0600, as the family's file is). It writes a private temporary file
// beside path, syncs it and only then puts it in path's place, so a full
// disk or a failed write leaves a file already at path whole, and the
// new contents are never readable by others, not even for a moment.
func WritePrivate(path string, b []byte) error {
	f, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".part-*")
	if err != nil {
		return fileError("writing "+path, err, true)
	}
	tmp := f.Name()
	err = f.Chmod(0o600)
	if err == nil {
		_, err = f.Write(b)
	}
	if err == nil {
		err = f.Sync()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(tmp, path)
	}
	if err != nil {
		_ = os.Remove(tmp)
		return fileError("writing "+path, err, true)
	}
	_ = syncDir(filepath.Dir(path))
	return nil
}
