package help

import (
	"strings"
	"testing"
	"time"

	"family-online-safety/content"
	"family-online-safety/internal/racesubset"
	"family-online-safety/screens/screentest"
)

// Built-in numbers age: more than a year after their last check, Get help
// says so beside every number, in every region; before then it says
// nothing. The clock is the harness's, moved forward.
func TestGetHelpSaysWhenANumberMayBeOutOfDate(t *testing.T) {
	for _, r := range racesubset.Cases(t, content.Regions) {
		h := newHelpHarness(t, r)
		h.SetNow(time.Date(2026, 12, 7, 10, 0, 0, 0, time.UTC))
		h.show()
		if n := strings.Count(strings.Join(screentest.Texts(h.who().builtin.Content), "\n"), "last checked in"); n != 0 {
			t.Fatalf("%s: %d out-of-date lines on 7 December 2026", r, n)
		}
		h.SetNow(time.Date(2028, 1, 10, 10, 0, 0, 0, time.UTC))
		h.show()
		texts := strings.Join(screentest.Texts(h.who().builtin.Content), "\n")
		want := len(content.ContactsFor(r))
		if n := strings.Count(texts, "services and ages change") + strings.Count(texts, "Services and ages change"); n != want {
			t.Errorf("%s in January 2028: %d out-of-date lines, want one beside each of %d contacts", r, n, want)
		}
		if !strings.Contains(texts, "This advice was last checked in November 2026.") && r == content.RegionUS {
			t.Errorf("%s: the line does not name the month of the check: %q", r, texts)
		}
	}
}
