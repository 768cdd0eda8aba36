package screentest

import (
	"runtime/debug"
	"runtime/metrics"
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
// drawn loses its renderer. When the runtime holds more free memory than
// keepAtMost, it hands it back to the system, so the app package's race
// run stays near 1.8 GB, not 2.7 (each test's windows would otherwise
// pile up in the runtime's free memory); doing so after every test cost
// a fifth of the race run's time. Fyne 2.8.1's
// internal functions, reached by name: after a Fyne upgrade a missing one
// fails the build, not a test.
func dropFyneCaches() {
	later := time.Now().Add(24 * time.Hour) // everything has expired by then
	fyneDestroyExpiredRenderers(later)
	fyneDestroyExpiredCanvases(later)
	if unreturned() > keepAtMost {
		debug.FreeOSMemory()
	}
}

// keepAtMost is how much free memory the runtime may keep from the system
// between tests before dropFyneCaches hands it back.
const keepAtMost = 256 << 20

// unreturned is the heap memory that is free but not yet handed back to
// the system.
func unreturned() uint64 {
	m := []metrics.Sample{{Name: "/memory/classes/heap/free:bytes"}}
	metrics.Read(m)
	if m[0].Value.Kind() != metrics.KindUint64 {
		return 0
	}
	return m[0].Value.Uint64()
}

//go:linkname fyneDestroyExpiredRenderers fyne.io/fyne/v2/internal/cache.destroyExpiredRenderers
func fyneDestroyExpiredRenderers(now time.Time)

//go:linkname fyneDestroyExpiredCanvases fyne.io/fyne/v2/internal/cache.destroyExpiredCanvases
func fyneDestroyExpiredCanvases(now time.Time)
