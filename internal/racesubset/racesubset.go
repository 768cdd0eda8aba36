// Package racesubset lets a test that walks a table of layout or text
// cases (every region, language or child) keep only its first case under
// the race detector, where each costs several times its CPU and what it
// measures is not concurrency. make unit runs the whole table without
// -race, beside the race run (the Makefile's UNIT_PLAIN; a test in the
// root package checks that every test using this is named there).
package racesubset

import "testing"

// Cases is cases, or under the race detector only the first.
func Cases[T any](t testing.TB, cases []T) []T {
	t.Helper()
	if !On || len(cases) < 2 {
		return cases
	}
	t.Logf("under -race only the first of %d cases: make unit runs them all without it", len(cases))
	return cases[:1]
}
