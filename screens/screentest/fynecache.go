package screentest

import (
	"runtime/debug"
	"time"
	_ "unsafe" // go:linkname, for Fyne's renderer cache below
)

// Fyne keeps every widget's renderer, and every object's canvas, in
// process-wide caches that only a window's paint loop empties, after a
// minute unused. The test driver has no paint loop, so a test binary kept
// every window of every test it had run, fonts and all, and the garbage
// collector scanned them all again and again: the app package's tests
// spent over half their time collecting garbage. dropFyneCaches empties
// both caches (destroying each renderer as Fyne does) when a test that
// drew ends; Serial tests never overlap another test, so nothing still
// drawn loses its renderer. It then hands the memory back to the system:
// that costs a fifth more time under -race, but keeps the app package's
// race run at 1.8 GB at most, not 2.7 (each test's fonts and windows
// would otherwise pile up in the runtime's free memory). Fyne 2.8.1's
// internal functions, reached by name: after a Fyne upgrade a missing one
// fails the build, not a test.
func dropFyneCaches() {
	later := time.Now().Add(24 * time.Hour) // everything has expired by then
	fyneDestroyExpiredRenderers(later)
	fyneDestroyExpiredCanvases(later)
	debug.FreeOSMemory()
}

//go:linkname fyneDestroyExpiredRenderers fyne.io/fyne/v2/internal/cache.destroyExpiredRenderers
func fyneDestroyExpiredRenderers(now time.Time)

//go:linkname fyneDestroyExpiredCanvases fyne.io/fyne/v2/internal/cache.destroyExpiredCanvases
func fyneDestroyExpiredCanvases(now time.Time)
