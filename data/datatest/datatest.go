// Package datatest opens real stores for tests in other packages. It lives
// apart from data so the shipped program never links the testing package.
package datatest

import (
	"testing"
	"time"

	"family-online-safety/data"
)

// Open opens a new store in a temporary folder, with the clock now, and
// closes it when the test ends (the folder is then removed).
func Open(t testing.TB, now func() time.Time) *data.Store {
	t.Helper()
	s, err := data.Open(t.TempDir())
	if err != nil {
		t.Fatalf("open temp store: %v", err)
	}
	s.SetClock(now)
	t.Cleanup(func() { _ = s.Close() })
	return s
}

// At is a clock stopped at t.
func At(t time.Time) func() time.Time { return func() time.Time { return t } }
