// Package testcost is the switch that lets a process accept the tests'
// cheap Argon2id cost (data.CheapKDF) in a key record. The program never
// turns it on, so a file or an encrypted copy whose key record names that
// cost is refused as damaged there: a planted record cannot make a
// passphrase quick to guess.
//
// As with package nosync, Go lets only data and the packages under it
// import an internal package: data.Open turns the switch on when given
// the no-fsync switch (which only tests can make), and datatest and data's
// own tests turn it on when they start, so a test may read a cheap copy
// before it opens any store. The switch stays on for the process.
package testcost

import "sync/atomic"

var allowed atomic.Bool

// Allow lets this process accept the tests' cost.
func Allow() { allowed.Store(true) }

// Allowed reports whether this process accepts the tests' cost.
func Allowed() bool { return allowed.Load() }
