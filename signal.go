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
		time.AfterFunc(termLimit, func() { os.Exit(3) })
		for {
			if fa := e.app.Load(); fa != nil {
				fyne.Do((*fa).Quit)
			}
			time.Sleep(200 * time.Millisecond)
		}
	}()
	return e
}

// made tells which app to quit.
func (e *ending) made(fa fyne.App) { e.app.Store(&fa) }

// started says the family's screens are up.
func (e *ending) started() { e.opened.Store(true) }
