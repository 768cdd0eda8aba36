// Package datatest opens real stores for tests in other packages. It lives
// apart from data so the shipped program never links the testing package.
package datatest

import (
	"testing"
	"time"

	"family-online-safety/data"
	"family-online-safety/data/internal/nosync"
	"family-online-safety/data/internal/testcost"
)

// A test may read a copy sealed at the tests' cost before it opens any
// store (package testcost).
func init() { testcost.Allow() }

// Open opens a new store in a temporary folder with Options(now), and
// closes it when the test ends (the folder is then removed).
func Open(t testing.TB, now func() time.Time) *data.Store {
	t.Helper()
	s, err := data.Open(t.TempDir(), Options(t, now))
	if err != nil {
		t.Fatalf("open temp store: %v", err)
	}
	t.Cleanup(func() { _ = s.Close() })
	return s
}

// Options are a test store's options: the clock now (nil: the real one),
// cheap costs to wrap a passphrase and seal a shared file (tests do both
// many times; the data and sharing benchmarks measure the real ones), and
// no fsync after each save (a test's folder is gone when it ends). Only a
// test has a testing.TB to ask with.
func Options(t testing.TB, now func() time.Time) data.Options {
	t.Helper()
	return data.Options{Clock: now, KDF: data.CheapKDF(), Share: data.CheapShareCost(), NoSync: nosync.On()}
}

// At is a clock stopped at t.
func At(t time.Time) func() time.Time { return func() time.Time { return t } }
