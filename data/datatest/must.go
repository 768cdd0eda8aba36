package datatest

import (
	"io"
	"testing"
)

// Must stops the test when a step of its setup fails: a test that goes on
// after a failed step no longer checks what it says it does.
func Must(t testing.TB, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

// Must1 is Must for a step that also returns a value the test does not
// need: Must1(t)(s.AddChild(child)).
func Must1(t testing.TB) func(any, error) {
	return func(_ any, err error) {
		t.Helper()
		Must(t, err)
	}
}

// CloseOK closes c at the end of a test (it may be deferred) and fails
// the test if that fails.
func CloseOK(t testing.TB, c io.Closer) {
	t.Helper()
	if err := c.Close(); err != nil {
		t.Error(err)
	}
}
