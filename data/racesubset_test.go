package data

import "testing"

// raceRounds is n, or under the race detector a tenth of it (at least
// 10, at most n). The kill loops start a process per round and wait on
// fsync: under -race that is a minute of two cores, and what they prove
// is that a kill loses nothing, not that goroutines share memory safely
// (the same for the merge property's random families). make unit runs
// every round without -race, beside the race run; the race run keeps a
// few, so the code each round runs is still checked for races.
func raceRounds(t *testing.T, n int) int {
	t.Helper()
	if !raceDetector {
		return n
	}
	few := min(n, max(n/10, 10))
	t.Logf("under -race %d of %d rounds: make unit runs them all without it", few, n)
	return few
}
