package app

import "testing"

// raceSubset is cases, or under the race detector only the first. The
// every-screen checks (each screen and tab, in every language, size and
// family) take minutes under -race on two cores, and what they measure
// is layout, not concurrency: make unit runs them whole in its run
// without -race, beside the race run, and keeps the first case under
// -race so the screens' goroutines are still checked for races.
func raceSubset[T any](t *testing.T, cases []T) []T {
	t.Helper()
	if !raceDetector || len(cases) < 2 {
		return cases
	}
	t.Logf("under -race only the first of %d cases: make unit runs them all without it", len(cases))
	return cases[:1]
}
