package sharing

import (
	"slices"
	"time"
)

// Several files can need the user at once (two other homes, or a second
// file while the first was put off with "Not now"). One is asked about at
// a time (Syncer.waiting); the others wait in a queue, each opened once:
// a waiting file is read again only when it changes, and each is listed
// (Report.Queued) so the user can choose about any of them (Ask).

// wait makes fd, whose summary asks the user, the file asked about now;
// one asked about before and put off waits in the queue behind.
func (s *Syncer) wait(fd found, sum Summary) {
	s.handled[fd.name] = fd.state // not opened again unless it changes
	s.unqueue(fd.name)
	if w := s.waiting; w != nil && w.Name != fd.name {
		s.queue = append(s.queue, w)
	}
	s.waiting = &Waiting{Name: fd.name, Summary: sum, file: fd.file, state: fd.state,
		putOff: s.stillPutOff(fd.name, sum)} // "Not now" holds while its questions stay
}

// unqueue drops the queued file name (it changed, or is gone).
func (s *Syncer) unqueue(name string) {
	s.queue = slices.DeleteFunc(s.queue, func(w *Waiting) bool { return w.Name == name })
}

// Ask makes the waiting file name the one asked about (the one asked
// about before, put off, waits behind it) and returns it with what it
// would do now, or nil when it no longer asks anything. Call it where
// the store is used.
func (s *Syncer) Ask(name string) *Waiting {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.staleWaiting(name) {
		return nil
	}
	if w := s.waiting; w != nil && w.Name == name {
		w.putOff = false
		return w
	}
	i := slices.IndexFunc(s.queue, func(w *Waiting) bool { return w.Name == name })
	if i < 0 || s.closed {
		return nil
	}
	w := s.queue[i]
	s.queue = slices.Delete(s.queue, i, i+1)
	sum, err := s.plan(found{name: w.Name, state: w.state, file: w.file}) // the store may have changed
	if err != nil {
		s.problems[name] = err
		return nil
	}
	if s.waiting != nil {
		s.queue = append(s.queue, s.waiting)
	}
	w.Summary, w.putOff = sum, false
	s.waiting = w
	return w
}

// settleQueue looks again at the queued files after the store changed (an
// answer was taken in): one that no longer asks anything is taken in (or
// dropped when it changes nothing), without opening it again.
func (s *Syncer) settleQueue(now time.Time) []Summary {
	var merged []Summary
	for _, w := range slices.Clone(s.queue) {
		sum, err := s.plan(found{name: w.Name, state: w.state, file: w.file})
		switch {
		case err != nil:
			s.unqueue(w.Name)
			s.problems[w.Name] = err
		case len(sum.Conflicts) > 0 || len(sum.Asks) > 0:
			w.Summary = sum
		default:
			s.unqueue(w.Name)
			if sum.Empty() {
				continue
			}
			if sum, ok := s.apply(w.Name, w.file, w.state, nil, now); ok {
				merged = append(merged, sum)
			}
		}
	}
	return merged
}
