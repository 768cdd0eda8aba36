package children_test

import (
	"strings"
	"testing"
	"time"

	"family-online-safety/screens/screentest"
)

// A new child has no last saved name: its name's problem does not speak
// of keeping one.
func TestNewChildNameProblemKeepsNoSavedName(t *testing.T) {
	h := newChildrenHarness(t, screentest.At(time.Date(2026, 11, 23, 10, 0, 0, 0, time.UTC)))
	h.Tap("Add child")
	h.Tap("Save child")
	h.Shows("Please give a name or nickname of up to 60 characters.")
	for _, s := range screentest.Texts(h.Root()) {
		if strings.Contains(s, "last saved name") {
			t.Fatalf("a new child's form says %q", s)
		}
	}
}
