package data

import (
	"testing"
	"time"
)

// openTemp opens a new store in a temporary folder, on the real clock
// unless one is given, and closes it when the test ends.
func openTemp(t testing.TB, now ...func() time.Time) *Store {
	t.Helper()
	s, err := Open(t.TempDir())
	if err != nil {
		t.Fatalf("open temp store: %v", err)
	}
	if len(now) > 0 {
		s.SetClock(now[0])
	}
	t.Cleanup(func() { closeOK(t, s) })
	return s
}

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
