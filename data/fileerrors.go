package data

import (
	"errors"
	"fmt"
	"io/fs"
	"syscall"
)

// Errors for what the computer refused, so the UI can say it in the
// user's language instead of showing the system's words.
var (
	// ErrNoSpace: the disk is full.
	ErrNoSpace = errors.New("there is no space left on the disk")
	// ErrReadOnly: the data folder (or its disk) cannot be written to.
	ErrReadOnly = errors.New("the data folder cannot be written to")
	// ErrNotAFolder: the data folder's path is a file, not a folder.
	ErrNotAFolder = errors.New("the data folder's path is a file")
	// ErrPermission: this user may not open the data file.
	ErrPermission = errors.New("permission to open the data file was denied")
	// ErrBadBackup: a backup is damaged, incomplete or from another
	// version; it was not restored.
	ErrBadBackup = errors.New("the backup cannot be used")
)

// fileError wraps an operating system error in the typed error that says
// what the user can do about it; inFolder says the failure was writing in
// the folder rather than opening the file. The system's words stay in the
// wrapped text for the log.
func fileError(what string, err error, inFolder bool) error {
	if err == nil {
		return nil
	}
	var typed error
	switch {
	case errors.Is(err, syscall.ENOSPC):
		typed = ErrNoSpace
	case errors.Is(err, syscall.EROFS):
		typed = ErrReadOnly
	case errors.Is(err, syscall.ENOTDIR):
		typed = ErrNotAFolder
	case errors.Is(err, fs.ErrPermission) && inFolder:
		typed = ErrReadOnly
	case errors.Is(err, fs.ErrPermission):
		typed = ErrPermission
	default:
		return fmt.Errorf("%s: %w", what, err)
	}
	return fmt.Errorf("%w (%s: %v)", typed, what, err)
}

// SaveError turns a failed save into a typed error where the reason is
// known (a full disk, a read-only folder); other errors pass unchanged.
func SaveError(err error) error {
	if err == nil || errors.Is(err, ErrNoSpace) || errors.Is(err, ErrReadOnly) || errors.Is(err, ErrPermission) {
		return err
	}
	return fileError("saving", err, true)
}
