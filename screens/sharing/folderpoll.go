package sharing

import (
	"time"

	"family-online-safety/sharing"
)

// WithHandOver makes the sync's goroutine hand its reports to the UI
// goroutine with do instead of fyne.Do (tests: a window whose goroutine
// is busy elsewhere, as in Stop).
func (f *FolderSync) WithHandOver(do func(func())) *FolderSync {
	f.do = do
	return f
}

// wake runs a round at once, then every pollEvery (or when poked) until
// stop is closed, and closes done as it ends. Everything slow runs here,
// away from the window: the folder is listed, the files opened (scrypt),
// merged with a backup first, and sealed; only the report is handed to
// the UI goroutine. A syncer closed meanwhile (Stop, Forget) takes
// nothing in.
func (f *FolderSync) wake(stop, poke, done chan struct{}, syncer *sharing.Syncer) {
	defer close(done)
	f.round(stop, syncer)
	t := time.NewTicker(f.every)
	defer t.Stop()
	for {
		select {
		case <-stop:
			return
		case <-t.C:
			f.round(stop, syncer)
		case <-poke:
			f.round(stop, syncer)
		}
	}
}

// round is one round of the goroutine: paused (a placement and no family
// passphrase) it reads and writes nothing; else it takes in, hands the
// report over, and seals this computer's file when due.
func (f *FolderSync) round(stop chan struct{}, syncer *sharing.Syncer) {
	if rounds := f.rounds; rounds != nil {
		defer rounds()
	}
	n := f.begun.Add(1)
	if f.placedWithoutPassphrase() { // paused: nothing read, nothing written
		f.handOver(stop, func() {
			if f.live.Load() == syncer {
				f.pause(true)
			}
		})
		return
	}
	r, seal := syncer.Take(syncer.Look(), f.env.Now())
	f.handOver(stop, func() {
		if f.live.Load() == syncer { // not stopped meanwhile
			f.pause(false)
			f.show(r)
			f.openAsked(r, n)
		}
	})
	if syncer.Seal(seal) { // (sealed even when stopping: Stop waits, and the change is written)
		f.do(func() {
			if f.live.Load() == syncer {
				f.show(syncer.Report(sharing.Report{Wrote: true}))
			}
		})
	}
}

// handOver runs fn on the UI goroutine and waits for it, unless a stop
// comes first: Stop runs on the UI goroutine and waits for this
// goroutine to end, so waiting there for the UI goroutine would never
// end. fn, run after the stop, finds the syncer gone and does nothing.
func (f *FolderSync) handOver(stop chan struct{}, fn func()) {
	ran := make(chan struct{})
	f.do(func() {
		defer close(ran)
		fn()
	})
	select {
	case <-ran:
	case <-stop:
	}
}

// halt stops the goroutine and waits until it has ended: a round under
// way finishes (its file sealed), and nothing is read or written after.
func (f *FolderSync) halt() {
	if f.stop == nil {
		return
	}
	close(f.stop)
	<-f.done
	f.stop, f.poke, f.done = nil, nil, nil
}
