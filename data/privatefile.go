package data

import "os"

// WritePrivate writes b to path, readable and writable only by the user
// (0600, as the family's file is). An existing file is made private
// before anything is written to it, so its new contents are never
// readable by others, not even for a moment.
func WritePrivate(path string, b []byte) error {
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_TRUNC, 0o600)
	if err != nil {
		return fileError("writing "+path, err, true)
	}
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
	if err != nil {
		return fileError("writing "+path, err, true)
	}
	return nil
}
