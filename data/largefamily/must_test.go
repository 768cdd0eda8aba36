package largefamily

import (
	"io"
	"testing"
)

// closeOK closes c at the end of a test (it may be deferred) and fails
// the test if that fails.
func closeOK(t testing.TB, c io.Closer) {
	t.Helper()
	if err := c.Close(); err != nil {
		t.Error(err)
	}
}
