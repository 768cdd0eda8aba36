// Package nosync is the one switch of a store the app must never turn:
// saving without waiting for the disk (no fsync), which makes tests fast
// and would lose a family's last changes if the computer stopped.
//
// The switch is a value of this package's type, and only this package can
// make one that is on. Go lets only data and the packages under it import
// an internal package, so the program (main, app, screens) cannot turn it
// on: only data's test helpers (datatest, largefamily) hand it out, and
// datatest only to a test. A build tag would not do (a plain `go test`
// would then run with fsync or fail to build); testing.Testing would link
// the testing package into the program.
package nosync

// Switch says whether saves skip the fsync. The zero value syncs.
type Switch struct{ on bool }

// On is the switch turned on: saves are not synced to disk.
func On() Switch { return Switch{on: true} }

// Skips reports whether saves skip the fsync.
func (s Switch) Skips() bool { return s.on }
