package app

import (
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2/test"

	"family-online-safety/data"
	"family-online-safety/screens/screentest"
)

// A wait read back from the file is cut to what its count of wrong tries
// allows: a time years ahead (a clock that was ahead, or an edited file)
// does not lock the right passphrase out.
func TestAWaitSavedFarAheadIsBounded(t *testing.T) {
	h := newHarness(t, onboarded, withChild("Amira"), withPassphrase, func(s *data.Store) {
		must(t, s.SetWrongTries(4, time.Now().AddDate(4, 0, 0)))
	})
	if left := h.app.lock.waitUntil.Sub(h.app.now()); left > retryWait(4) || left <= 0 {
		t.Fatalf("a wait of %v, want at most %v", left, retryWait(4))
	}
	h.advance(retryWait(4))
	h.typePass(testPass)
	h.shows("Amira")
}

// No wait is ever longer than 15 minutes, whatever the count.
func TestNoWaitIsLongerThanFifteenMinutes(t *testing.T) {
	t.Parallel()
	for n := range 200 {
		if d := retryWait(n); d > 15*time.Minute || d < 0 {
			t.Fatalf("after %d wrong tries the wait is %v", n, d)
		}
	}
	if retryWait(1000) == 0 {
		t.Fatal("many wrong tries wait nothing")
	}
}

// One try at a time: Enter pressed again while a passphrase is checked
// starts no second check. While the app runs the wait is measured on the
// monotonic clock, so a changed computer clock does not end it.
func TestOneTryAtATimeOnTheMonotonicClock(t *testing.T) {
	h := newHarness(t, onboarded, withChild("Amira"), withPassphrase)
	var pending []func()
	h.app.lock.run = func(f func()) { pending = append(pending, f) }
	h.app.now = time.Now // the real clock, with its monotonic reading
	for range 3 {
		test.Type(h.app.lock.entry, "wrong")
		h.app.tryUnlock()
		h.app.tryUnlock() // Enter again while it is checked
		h.app.lock.entry.OnSubmitted("wrong")
		if len(pending) != 1 {
			t.Fatalf("%d checks started at once", len(pending))
		}
		pending[0]()
		pending = nil
	}
	if h.app.lock.tries != 3 || !strings.Contains(h.app.lock.waitUntil.String(), "m=") {
		t.Fatalf("%d tries; the wait ends at %v, not on the monotonic clock", h.app.lock.tries, h.app.lock.waitUntil)
	}
}

// Text the app copied is cleared from the clipboard when the app locks;
// text copied since by someone else is left alone.
func TestLockingClearsWhatTheAppCopied(t *testing.T) {
	h := newHarness(t, onboarded, withChild("Amira"), withPassphrase)
	h.typePass(testPass)
	h.app.Copy("0800 1111")
	h.app.LockNow()
	if got := h.app.fyne.Clipboard().Content(); got != "" {
		t.Fatalf("the clipboard still holds %q after the lock", got)
	}
	h.typePass(testPass)
	h.app.Copy("0800 2222")
	h.app.fyne.Clipboard().SetContent("the user's own text")
	h.app.LockNow()
	if got := h.app.fyne.Clipboard().Content(); got != "the user's own text" {
		t.Fatalf("the lock cleared text the app did not copy: %q", got)
	}
}

// A try during the wait is not checked, so the app does not call it
// wrong: it says it is waiting before the next try, and how long.
func TestATryDuringTheWaitIsNotCalledWrong(t *testing.T) {
	h := newHarness(t, onboarded, withChild("Amira"), withPassphrase)
	for range 3 {
		h.typePass("wrong")
	}
	h.shows(h.app.tr.N("lock.wait", 5)) // just checked: it was wrong
	h.advance(2 * time.Second)
	test.Type(h.app.lock.entry, testPass)
	h.app.lock.entry.OnSubmitted(testPass) // Enter during the wait
	h.shows(h.app.tr.N("lock.waiting", 3))
	for _, text := range screentest.AllTexts(h.content()) {
		if strings.HasPrefix(text, "That passphrase is not right") {
			t.Fatalf("a try that was not checked is called wrong: %q", text)
		}
	}
	if h.app.lock.tries != 3 || !h.app.lock.on {
		t.Fatalf("the try during the wait was checked: %d tries", h.app.lock.tries)
	}
	h.advance(3 * time.Second)
	h.tap(h.app.tr.T("lock.unlock")) // what was typed during the wait, checked now
	h.shows("Amira")
}
