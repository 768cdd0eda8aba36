//go:build race

package app

// raceDetector: this test binary runs with -race.
const raceDetector = true
