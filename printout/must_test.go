package printout

import (
	"io"
	"testing"
)

// must stops the test when a step of its setup fails: a test that goes on
// after a failed step no longer checks what it says it does.
func must(t testing.TB, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

// closeOK closes c at the end of a test (it may be deferred) and fails
// the test if that fails.
func closeOK(t testing.TB, c io.Closer) {
	t.Helper()
	if err := c.Close(); err != nil {
		t.Error(err)
	}
}

// must1 is must for a step that also returns a value the test does not
// need: must1(t)(s.AddChild(child)).
func must1(t testing.TB) func(any, error) {
	return func(_ any, err error) {
		t.Helper()
		must(t, err)
	}
}
