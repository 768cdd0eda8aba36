package data

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"syscall"

	bolterrors "go.etcd.io/bbolt/errors"
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
	// ErrBackupsNotAFolder: something that is not a folder sits where the
	// backups folder should be; the data folder itself is fine.
	ErrBackupsNotAFolder = errors.New("the backups folder's path is not a folder")
	// ErrPermission: this user may not open the data file.
	ErrPermission = errors.New("permission to open the data file was denied")
	// ErrBadBackup: a backup is damaged, incomplete or from another
	// version; it was not restored.
	ErrBadBackup = errors.New("the backup cannot be used")
	// ErrDuringBackup and ErrDuringRestore say which action failed, so
	// a full disk or a read-only folder is explained for that action.
	ErrDuringBackup  = errors.New("making a backup")
	ErrDuringRestore = errors.New("restoring a backup")
)

// during marks err as having happened during action (nil stays nil).
func during(action, err error) error {
	if err == nil {
		return nil
	}
	return fmt.Errorf("%w: %w", action, err)
}

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
	case errors.Is(err, syscall.EROFS), errors.Is(err, bolterrors.ErrDatabaseReadOnly):
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
	return fmt.Errorf("%w (%s: %w)", typed, what, err)
}

// SaveError turns a failed save into a typed error where the reason is
// known (a full disk, a read-only folder); other errors pass unchanged.
func SaveError(err error) error {
	if err == nil || errors.Is(err, ErrNoSpace) || errors.Is(err, ErrReadOnly) || errors.Is(err, ErrPermission) {
		return err
	}
	return fileError("saving", err, true)
}

// savingError types a failed write the user can act on (a full disk, a
// read-only folder, a refused permission); any other error, such as a
// refused value, passes unchanged.
func savingError(err error) error {
	if err == nil || errors.Is(err, ErrNoSpace) || errors.Is(err, ErrReadOnly) || errors.Is(err, ErrPermission) {
		return err
	}
	if errors.Is(err, syscall.ENOSPC) || errors.Is(err, syscall.EROFS) ||
		errors.Is(err, bolterrors.ErrDatabaseReadOnly) || errors.Is(err, fs.ErrPermission) {
		return fileError("saving", err, true)
	}
	return err
}

// backupsFolderError types a failure to read or make the backups folder:
// when a file (or anything but a folder) has its name, it says so, so the
// user is not sent to change a data folder that is fine.
func backupsFolderError(dir, what string, err error) error {
	if info, lerr := os.Lstat(dir); lerr == nil && !info.IsDir() {
		return fmt.Errorf("%w (%s: %w)", ErrBackupsNotAFolder, what, err)
	}
	return fileError(what, err, true)
}
