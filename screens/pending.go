package screens

import (
	"sync"
	"time"

	"fyne.io/fyne/v2"
)

// Pending holds saves that wait for a pause in typing, one per key (a
// field or a form), so a long note costs one write per pause instead of
// one per keystroke. Leaving a field, quick exit, closing the window and
// moving to another screen run what is pending (Flush, FlushAll), so
// nothing typed is lost.
type Pending struct {
	pause time.Duration // 0: wait for Flush (tests press "pause" themselves)

	mu   sync.Mutex
	jobs map[any]*pendingJob
}

type pendingJob struct {
	run   func()
	timer *time.Timer
}

// NewPending makes a holder of saves that run after pause without typing;
// with pause 0 they run only when flushed.
func NewPending(pause time.Duration) *Pending {
	return &Pending{pause: pause, jobs: map[any]*pendingJob{}}
}

// Later replaces what is pending for key with run. A nil Pending runs it
// at once.
func (p *Pending) Later(key any, run func()) {
	if p == nil {
		run()
		return
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	if old := p.jobs[key]; old != nil && old.timer != nil {
		old.timer.Stop()
	}
	job := &pendingJob{run: run}
	if p.pause > 0 {
		job.timer = time.AfterFunc(p.pause, func() { fyne.Do(func() { p.runIf(key, job) }) })
	}
	p.jobs[key] = job
}

// Cancel drops what is pending for key.
func (p *Pending) Cancel(key any) {
	if p == nil {
		return
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	if j := p.jobs[key]; j != nil {
		if j.timer != nil {
			j.timer.Stop()
		}
		delete(p.jobs, key)
	}
}

// Waiting reports whether a save for key is pending.
func (p *Pending) Waiting(key any) bool {
	if p == nil {
		return false
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.jobs[key] != nil
}

// Flush runs what is pending for key now.
func (p *Pending) Flush(key any) {
	if p == nil {
		return
	}
	p.mu.Lock()
	j := p.jobs[key]
	p.mu.Unlock()
	if j != nil {
		p.runIf(key, j)
	}
}

// FlushAll runs everything pending now (quick exit, closing, moving on).
func (p *Pending) FlushAll() {
	if p == nil {
		return
	}
	p.mu.Lock()
	var keys []any
	for k := range p.jobs {
		keys = append(keys, k)
	}
	p.mu.Unlock()
	for _, k := range keys {
		p.Flush(k)
	}
}

// runIf runs job if it is still the one pending for key (a newer one
// may have replaced it since its timer fired).
func (p *Pending) runIf(key any, job *pendingJob) {
	p.mu.Lock()
	if p.jobs[key] != job {
		p.mu.Unlock()
		return
	}
	delete(p.jobs, key)
	if job.timer != nil {
		job.timer.Stop()
	}
	p.mu.Unlock()
	job.run()
}
