//go:build !race

package data

// raceDetector: this test binary runs with -race.
const raceDetector = false
