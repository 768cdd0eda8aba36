package data

import "testing"

// OpenTemp opens a new store in a temporary folder that is removed, with
// the store closed, when the test ends. For tests in any package.
func OpenTemp(t testing.TB) *Store {
	t.Helper()
	s, err := Open(t.TempDir())
	if err != nil {
		t.Fatalf("open temp store: %v", err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}
