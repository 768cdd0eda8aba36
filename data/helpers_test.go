package data

import (
	"testing"
	"time"

	"family-online-safety/data/internal/nosync"
	"family-online-safety/data/internal/testcost"
)

// The tests wrap passphrases at the tests' cost (package testcost).
func init() { testcost.Allow() }

// openTemp opens a new store in a temporary folder, on the real clock
// unless one is given, and closes it when the test ends.
func openTemp(t testing.TB, now ...func() time.Time) *Store {
	t.Helper()
	s, err := Open(t.TempDir(), testOptions(now...))
	if err != nil {
		t.Fatalf("open temp store: %v", err)
	}
	t.Cleanup(func() { closeOK(t, s) })
	return s
}

// testOptions are the tests' store options: cheap to wrap a passphrase
// and seal a shared file (the tests wrap hundreds; BenchmarkUnlock
// measures the real cost), no fsync, and the clock when one is given.
func testOptions(now ...func() time.Time) Options {
	o := Options{KDF: CheapKDF(), Share: CheapShareCost(), NoSync: nosync.On()}
	if len(now) > 0 {
		o.Clock = now[0]
	}
	return o
}

// durable are testOptions that sync every save, for the crash tests.
func durable() Options { return Options{KDF: CheapKDF()} }

// at is a clock stopped at t.
func at(t time.Time) func() time.Time { return func() time.Time { return t } }

// addKid saves a nine-year-old (in 2026) called name.
func addKid(t *testing.T, s *Store, name string) Child {
	t.Helper()
	c, err := s.AddChild(Child{Name: name, BirthYear: 2017, BirthMonth: 1})
	if err != nil {
		t.Fatal(err)
	}
	return c
}
