//go:build race

package racesubset

// On: this binary runs with the race detector.
const On = true
