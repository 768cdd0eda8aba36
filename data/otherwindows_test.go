package data

import (
	"os"
	"testing"
	"time"
)

// Quick exit in one copy's window reaches the others on the same folder,
// and leaves no file behind when there is no other window.
func TestOtherWindowsCloseEachOther(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	first := FirstWindow(dir)
	firstAsked := make(chan struct{})
	first.Watch(5*time.Millisecond, func() { close(firstAsked) })

	second := SecondWindow(dir)
	secondAsked := make(chan struct{})
	second.Watch(5*time.Millisecond, func() { close(secondAsked) })

	// From the second copy's window, to the first.
	second.Stop()
	second.CloseOthers()
	select {
	case <-firstAsked:
	case <-time.After(2 * time.Second):
		t.Fatal("the first copy was not asked to quick-exit")
	}
	select {
	case <-secondAsked:
		t.Fatal("the second copy was asked although it asked")
	case <-time.After(50 * time.Millisecond):
	}
	waitEmpty(t, dir)
}

func TestFirstWindowClosesTheSecond(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	first := FirstWindow(dir)
	first.Watch(5*time.Millisecond, func() { t.Error("the first copy was asked") })
	second := SecondWindow(dir)
	asked := make(chan struct{})
	second.Watch(5*time.Millisecond, func() { close(asked) })
	first.Stop()
	first.CloseOthers()
	select {
	case <-asked:
	case <-time.After(2 * time.Second):
		t.Fatal("the second copy was not asked to quick-exit")
	}
	waitEmpty(t, dir)
}

// With no second window open, a quick exit writes nothing; a request
// left from an earlier run is removed when the family's file is opened
// next, not acted on.
func TestNoTraceWithoutASecondWindow(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	first := FirstWindow(dir)
	first.Stop()
	first.CloseOthers()
	waitEmpty(t, dir)

	if err := os.WriteFile(first.request(firstWindow), nil, 0o600); err != nil {
		t.Fatal(err)
	}
	again := FirstWindow(dir)
	again.Watch(5*time.Millisecond, func() { t.Error("an old request was acted on") })
	time.Sleep(50 * time.Millisecond)
	again.Stop()
	waitEmpty(t, dir)
}

func waitEmpty(t *testing.T, dir string) {
	t.Helper()
	for deadline := time.Now().Add(2 * time.Second); ; time.Sleep(5 * time.Millisecond) {
		entries, err := os.ReadDir(dir)
		if err != nil {
			t.Fatal(err)
		}
		if len(entries) == 0 {
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("%s left in the data folder", entries[0].Name())
		}
	}
}
