package data

import (
	"fmt"
	"os"
	"runtime"
	"testing"
	"time"
)

const movePass = "moving passphrase"

// TestKilledWhileMovingToHashedKeysLosesNothing kills, with SIGKILL, a
// process that opens a protected file of the older layout (record keys in
// plain), which its unlock moves to hashed keys, puts it back to the older
// layout and starts again, 110 times; each time the file opens with the
// passphrase and every record of the demo family, whichever layout it was
// left in, and no half-written file is left.
func TestKilledWhileMovingToHashedKeysLosesNothing(t *testing.T) {
	if dir := os.Getenv("MOVE_WRITER_DIR"); dir != "" {
		moveForever(dir)
		return
	}
	if runtime.GOOS == "windows" {
		t.Skip("SIGKILL is a Unix signal")
	}
	dir := t.TempDir()
	s, err := Open(dir, durable())
	must(t, err)
	now := time.Date(2026, 11, 24, 10, 0, 0, 0, time.Local)
	s.SetClock(at(now))
	must(t, seedDemo(s, now, Settings{}))
	want := everything(t, s)
	must(t, s.SetPassphrase(movePass))
	must(t, s.toOlderLayout())
	closeOK(t, s)
	rounds, older, midway := 110, 0, 0
	for round := range rounds {
		killWriter(t, dir, "TestKilledWhileMovingToHashedKeysLosesNothing", "MOVE_WRITER_DIR")
		if hasLeftover(dir) {
			midway++
		}
		s, err := Open(dir, durable())
		if err != nil {
			t.Fatalf("round %d: the file did not open after the kill: %v", round, err)
		}
		if r, err := parseCrypt(s.KeyRecord()); err == nil && r.V < cryptHashedKeys {
			older++
		}
		s.SetClock(at(now))
		if err := s.Unlock(movePass); err != nil {
			t.Fatalf("round %d: %v", round, err)
		}
		same(t, fmt.Sprintf("round %d", round), want, everything(t, s))
		closeOK(t, s)
		checkNoLeftovers(t, dir)
	}
	t.Logf("%d kills, %d found the older layout, %d stopped a rewrite midway", rounds, older, midway)
	if older == 0 || older == rounds || midway == 0 {
		t.Errorf("the kills did not land in every state: the test proved little")
	}
}

// toOlderLayout rewrites the unlocked store as an older version kept it:
// record keys in plain, a key record of version 2, the same data key.
func (s *Store) toOlderLayout() error {
	rec, err := s.cryptRecord()
	if err != nil {
		return err
	}
	dk, err := s.keys.dataKey(rec)
	if err != nil {
		return err
	}
	old, err := wrapKeyAt(2, s.keys.pass, dk, CheapKDF())
	if err != nil {
		return err
	}
	sl, err := newSealer(dk)
	if err != nil {
		return err
	}
	return s.rewrite(sl, old)
}

// moveForever is the process killed: it unlocks the file (moving it to
// hashed keys), puts it back to the older layout, and again.
func moveForever(dir string) {
	fmt.Println("ready")
	for {
		s, err := Open(dir, durable())
		if err == nil {
			err = s.Unlock(movePass)
		}
		if err == nil {
			err = s.toOlderLayout()
		}
		if err == nil {
			err = s.Close()
		}
		if err != nil {
			fmt.Println("move:", err)
			os.Exit(1)
		}
	}
}
