package screens_test

import (
	"testing"
	"time"

	"family-online-safety/screens"
)

// pinNow fixes the screens' clock at now for one test.
func pinNow(t *testing.T, now time.Time) {
	t.Helper()
	old := screens.Now
	screens.Now = func() time.Time { return now }
	t.Cleanup(func() { screens.Now = old })
}
