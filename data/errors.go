package data

import "errors"

// Errors the UI turns into clear messages. Compare with errors.Is.
var (
	// ErrAlreadyOpen: another copy of the app holds the database.
	ErrAlreadyOpen = errors.New("the family's data is already open in another window of Family Online Safety")
	// ErrNewerVersion: the file was written by a newer version of the app.
	ErrNewerVersion = errors.New("the data file was saved by a newer version of Family Online Safety")
	// ErrNewerRecord: a record was saved by a newer version of the app;
	// it is kept exactly as it is and this version does not write over it.
	ErrNewerRecord = errors.New("this was saved by a newer version of Family Online Safety and is kept unchanged")
	// ErrNotDatabase: the file exists but is not a database this app can read.
	ErrNotDatabase = errors.New("the data file is damaged or is not a Family Online Safety file")
	// ErrNotFound: the record asked for does not exist (it may have been deleted).
	ErrNotFound = errors.New("not found")
	// ErrInvalid: a value was refused; the wrapped message says why.
	ErrInvalid = errors.New("invalid")
)
