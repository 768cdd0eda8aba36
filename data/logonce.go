package data

import (
	"fmt"
	"log"
	"sync"
)

// onceLog writes each cause to the log once per open file: a damaged
// record or an odd backup is met on every read of a screen, and one line
// says all there is to say.
type onceLog struct {
	mu   sync.Mutex
	seen map[string]bool
	out  func(string) // log.Print unless a test listens
}

// printf logs the message the first time cause is seen.
func (l *onceLog) printf(cause, format string, args ...any) {
	l.mu.Lock()
	first := !l.seen[cause]
	if first {
		if l.seen == nil {
			l.seen = map[string]bool{}
		}
		l.seen[cause] = true
	}
	out := l.out
	l.mu.Unlock()
	if !first {
		return
	}
	if out == nil {
		out = func(s string) { log.Print(s) }
	}
	out(fmt.Sprintf(format, args...))
}
