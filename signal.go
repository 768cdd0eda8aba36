package main

import (
	"os"
	"os/signal"
	"sync/atomic"
	"syscall"
	"time"

	"fyne.io/fyne/v2"
)

// termLimit is how long a SIGTERM (a logout, a shutdown) or Ctrl+C may
// take to close the app. A logout waits for no one: whatever state the
// app is in (starting, the recovery window, locked, a dialog open) it
// closes the usual way, saving what was waiting for a pause in typing,
// and if that has not ended the process in time, it ends here.
const termLimit = 1800 * time.Millisecond

// ending listens for SIGTERM and SIGINT from the start of the process.
type ending struct {
	app    atomic.Pointer[fyne.App]
	opened atomic.Bool // the family's screens are up: typing may be waiting
}

// endOnSignal starts listening at once, before Fyne, so a signal during
// start-up is not lost. Until the family's screens are up there is
// nothing to save and the process ends at once; after, the app is asked
// to quit (on Fyne's thread, again until the process ends), so main
// saves and closes the family's file, within termLimit.
func endOnSignal() *ending {
	e := &ending{}
	sigs := make(chan os.Signal, 1)
	signal.Notify(sigs, syscall.SIGTERM, os.Interrupt)
	go func() {
		<-sigs
		if !e.opened.Load() {
			os.Exit(0)
		}
		e.end(func(quit func()) { fyne.Do(quit) }, os.Exit)
	}()
	return e
}

// busyLimit is how long the window's thread may take to pick up the
// quit: a window busy longer (a long merge, a huge list drawn) cannot
// save anything sooner, so the process ends at once instead of waiting
// out termLimit behind it.
const busyLimit = 400 * time.Millisecond

// end asks the app to quit on the window's thread (do), again until the
// process ends, and ends it (exit) after termLimit, or after busyLimit
// when the window's thread has not yet picked up the first request.
func (e *ending) end(do func(func()), exit func(int)) {
	var picked atomic.Bool
	limit := time.AfterFunc(termLimit, func() { exit(3) })
	defer limit.Stop()
	busy := time.AfterFunc(busyLimit, func() {
		if !picked.Load() {
			exit(3)
		}
	})
	defer busy.Stop()
	for range int(termLimit/(200*time.Millisecond)) + 1 {
		do(func() {
			picked.Store(true)
			if fa := e.app.Load(); fa != nil {
				(*fa).Quit()
			}
		})
		time.Sleep(200 * time.Millisecond)
	}
	time.Sleep(time.Second) // the limit ends it meanwhile (tests: exit returns)
}

// made tells which app to quit.
func (e *ending) made(fa fyne.App) { e.app.Store(&fa) }

// started says the family's screens are up.
func (e *ending) started() { e.opened.Store(true) }
