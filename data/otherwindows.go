package data

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"time"
)

// A second copy of the app, started while the first holds the family's
// file, shows an "already open" window. Quick exit in either window must
// close both: it is the same person, in danger, at the same computer. The
// two copies speak through small files in the data folder, which works
// the same on Linux, Windows and macOS and needs no network:
//
//   - the second copy marks its window with a file named after its
//     process (.window-<pid>) while it is open;
//   - Quick exit in the first copy writes a request for each marked
//     window (.close-<pid>); Quick exit in a second copy writes one for
//     the first (.close-first);
//   - each copy looks for its own request every few milliseconds and,
//     on seeing it, removes it and quick-exits.
//
// Nothing is written when no second copy is open, so a quick exit in the
// usual case leaves no trace in the folder. The names say nothing about
// what the app is for.

const (
	windowMark   = ".window-"
	closeRequest = ".close-"
	firstWindow  = "first"
)

// OtherWindows is one copy's end of the link between copies on one data
// folder.
type OtherWindows struct {
	dir   string
	own   string // the name of this copy's requests: "first" or its pid
	first bool

	mu      sync.Mutex
	stopped bool
	stop    chan struct{}
}

// FirstWindow links the copy that holds the family's file. Requests left
// from an earlier run are removed: they were for windows gone since.
func FirstWindow(dir string) *OtherWindows {
	removeMatching(dir, closeRequest)
	return &OtherWindows{dir: dir, own: firstWindow, first: true, stop: make(chan struct{})}
}

// SecondWindow links an "already open" window and marks it as open.
func SecondWindow(dir string) *OtherWindows {
	o := &OtherWindows{dir: dir, own: strconv.Itoa(os.Getpid()), stop: make(chan struct{})}
	_ = os.Remove(o.request(o.own))
	_ = os.WriteFile(filepath.Join(dir, windowMark+o.own), nil, 0o600)
	return o
}

func (o *OtherWindows) request(name string) string {
	return filepath.Join(o.dir, closeRequest+name)
}

// Watch looks for a request to this copy every interval and calls act
// once, on the watching goroutine, when one comes. It stops at Stop.
func (o *OtherWindows) Watch(every time.Duration, act func()) {
	go func() {
		t := time.NewTicker(every)
		defer t.Stop()
		for {
			select {
			case <-o.stop:
				return
			case <-t.C:
			}
			if _, err := os.Stat(o.request(o.own)); err == nil {
				_ = os.Remove(o.request(o.own))
				if o.Stop() {
					act()
				}
				return
			}
		}
	}()
}

// Stop ends the watch and, for a second window, removes its mark. It
// reports whether it was the one that stopped it.
func (o *OtherWindows) Stop() bool {
	o.mu.Lock()
	defer o.mu.Unlock()
	if o.stopped {
		return false
	}
	o.stopped = true
	close(o.stop)
	if !o.first {
		_ = os.Remove(filepath.Join(o.dir, windowMark+o.own))
	}
	return true
}

// CloseOthers asks every other window on the folder to quick-exit: the
// first copy's, from a second window; every marked second window, from
// the first. It is quick: one small file each, no wait for an answer.
func (o *OtherWindows) CloseOthers() {
	if !o.first {
		_ = os.WriteFile(o.request(firstWindow), nil, 0o600)
		return
	}
	entries, err := os.ReadDir(o.dir)
	if err != nil {
		return
	}
	for _, e := range entries {
		if pid, ok := strings.CutPrefix(e.Name(), windowMark); ok && pid != "" {
			_ = os.WriteFile(o.request(pid), nil, 0o600)
		}
	}
}

// removeMatching removes the files in dir whose names start with prefix.
func removeMatching(dir, prefix string) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return
	}
	for _, e := range entries {
		if strings.HasPrefix(e.Name(), prefix) {
			_ = os.Remove(filepath.Join(dir, e.Name()))
		}
	}
}
