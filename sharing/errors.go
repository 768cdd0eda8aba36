package sharing

import (
	"errors"

	"family-online-safety/data"
)

// Why a shared file was refused. Each has its translated message
// (MessageKey); compare with errors.Is. Nothing is changed when a file is
// refused.
var (
	// ErrTooLarge: the file is larger than any family's (MaxFileSize).
	ErrTooLarge = errors.New("the shared file is too large")
	// ErrTooMany: the file holds more records of one kind than any
	// family's (data.MaxSharedRecords).
	ErrTooMany = errors.New("the shared file holds more records of one kind than any family's")
	// ErrWrongPassphrase: the passphrase does not open the file.
	ErrWrongPassphrase = errors.New("the passphrase does not open the shared file")
	// ErrNewerFormat: the file was made by a newer version of the app.
	ErrNewerFormat = errors.New("the shared file was made by a newer version of the app")
	// ErrDamaged: not a shared family file, cut short, or changed.
	ErrDamaged = errors.New("the shared file is damaged, cut short or not a shared family file")
	// ErrDoesNotFit: the file opens but its records do not fit together.
	ErrDoesNotFit = errors.New("the shared file's records do not fit together")
	// ErrTooCostly: the file asks for more work to open than the app's own
	// files (data.ShareCost.Max), as no file from this app does.
	ErrTooCostly = errors.New("the shared file asks for more work to open than the app's own files")
	// ErrLeftOut: the file was taken in, but some of its new records
	// were not added, as this home holds as many of their kind as a
	// family needs (data.HomeCaps).
	ErrLeftOut = errors.New("some of the shared file's new records were not added: this home is full")
	// ErrDiffers: both homes kept their own version of a change that
	// waits for a yes (DiffersError names them); not asked again until
	// either home changes it.
	ErrDiffers = errors.New("the homes differ on changes both kept their own of")
	// ErrNoPassphrase: a file cannot be sealed without a passphrase.
	ErrNoPassphrase = errors.New("a shared file needs a passphrase")
)

// MessageKey is the translation key (translations/sharing.*.toml) of the
// message to show for err, so no English error text reaches the user.
func MessageKey(err error) string {
	for _, m := range []struct {
		err error
		key string
	}{
		{ErrTooMany, "sharing.error.too_many"},
		{ErrTooLarge, "sharing.error.too_large"},
		{ErrTooCostly, "sharing.error.too_costly"},
		{ErrWrongPassphrase, "sharing.error.wrong_passphrase"},
		{ErrNewerFormat, "sharing.error.newer"},
		{data.ErrNotRegular, "sharing.error.not_file"},
		{data.ErrNoSpace, "sharing.error.no_space"},
		{data.ErrReadOnly, "sharing.error.read_only"},
		{ErrDamaged, "sharing.error.damaged"},
		{ErrDoesNotFit, "sharing.error.does_not_fit"},
		{data.ErrInvalid, "sharing.error.does_not_fit"},
		{ErrNoPassphrase, "sharing.error.no_passphrase"},
		{data.ErrLocked, "error.locked"},
	} {
		if errors.Is(err, m.err) {
			return m.key
		}
	}
	return "sharing.error.failed"
}

// DiffersError names the changes on which the two homes differ.
type DiffersError struct{ Changes []data.Change }

func (e *DiffersError) Error() string { return ErrDiffers.Error() }

// Is makes a DiffersError an ErrDiffers.
func (e *DiffersError) Is(target error) bool { return target == ErrDiffers }
