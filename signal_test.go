package main

import (
	"sync"
	"testing"
	"time"
)

// A SIGTERM while the window's thread is busy (it never picks up the
// quit) ends the process well within 2 s, at busyLimit; while it is free
// the quit runs at once, and the hard limit stays termLimit.
func TestSIGTERMEndsSoonWhileTheWindowIsBusy(t *testing.T) {
	t.Parallel()
	for _, busy := range []bool{true, false} {
		var mu sync.Mutex
		var ended time.Duration
		start := time.Now()
		exit := func(int) {
			mu.Lock()
			defer mu.Unlock()
			if ended == 0 {
				ended = time.Since(start)
			}
		}
		quits := 0
		do := func(f func()) {
			if !busy {
				quits++
				f()
			}
		}
		(&ending{}).end(do, exit)
		mu.Lock()
		got := ended
		mu.Unlock()
		switch {
		case busy && (got == 0 || got > busyLimit+300*time.Millisecond):
			t.Errorf("busy window: ended after %v, want about %v", got, busyLimit)
		case !busy && (quits == 0 || got < termLimit-100*time.Millisecond || got > 2*time.Second):
			t.Errorf("free window: %d quits, ended after %v, want about %v", quits, got, termLimit)
		}
	}
}
