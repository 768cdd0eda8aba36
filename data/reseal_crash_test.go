package data

import (
	"bufio"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"runtime"
	"testing"
	"time"
)

const togglePass = "kill test"

// TestKilledWhileTurningEncryptionOnOrOffLosesNothing kills, with SIGKILL,
// a process that turns the passphrase on and off again and again, at
// least 100 times, and checks each time that the file reopens (unlocking
// it when it is encrypted) with every record of the demo family, and that
// no half-written file survives the next start.
func TestKilledWhileTurningEncryptionOnOrOffLosesNothing(t *testing.T) {
	if dir := os.Getenv("RESEAL_WRITER_DIR"); dir != "" {
		toggleForever(dir)
		return
	}
	if runtime.GOOS == "windows" {
		t.Skip("SIGKILL is a Unix signal")
	}
	dir := t.TempDir()
	s, err := Open(dir, durable())
	if err != nil {
		t.Fatal(err)
	}
	now := time.Date(2026, 11, 24, 10, 0, 0, 0, time.Local)
	s.SetClock(at(now))
	if err := seedDemo(s, now, Settings{}); err != nil {
		t.Fatal(err)
	}
	want := everything(t, s)
	closeOK(t, s)
	rounds, encrypted, midway := 110, 0, 0
	for round := range rounds {
		killWriter(t, dir, "TestKilledWhileTurningEncryptionOnOrOffLosesNothing", "RESEAL_WRITER_DIR")
		if hasLeftover(dir) {
			midway++
		}
		s, err := Open(dir, durable())
		if err != nil {
			t.Fatalf("round %d: the file did not open after the kill: %v", round, err)
		}
		s.SetClock(at(now))
		if s.Locked() {
			encrypted++
			if err := s.Unlock(togglePass); err != nil {
				t.Fatalf("round %d: %v", round, err)
			}
		}
		got := everything(t, s)
		closeOK(t, s)
		same(t, fmt.Sprintf("round %d", round), want, got)
		checkNoLeftovers(t, dir)
	}
	t.Logf("%d kills, %d found the file encrypted, %d stopped a rewrite midway", rounds, encrypted, midway)
	if encrypted == 0 || encrypted == rounds || midway == 0 {
		t.Errorf("the kills did not land in every state: the test proved little")
	}
}

func hasLeftover(dir string) bool {
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		if isTemp(e.Name()) {
			return true
		}
	}
	return false
}

// killWriter starts this test binary's test on dir (named by the
// environment variable env) and kills it a random moment after it has
// opened the file.
func killWriter(t *testing.T, dir, test, env string) {
	cmd := exec.Command(os.Args[0], "-test.run=^"+test+"$")
	cmd.Env = append(os.Environ(), env+"="+dir)
	out, _ := cmd.StdoutPipe()
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	ready := make(chan bool, 1)
	go func() {
		sc := bufio.NewScanner(out)
		for sc.Scan() {
			if sc.Text() == "ready" {
				ready <- true
			}
		}
	}()
	select {
	case <-ready:
	case <-time.After(10 * time.Second):
	}
	time.Sleep(time.Duration(rand.IntN(60)) * time.Millisecond)
	must(t, cmd.Process.Kill())
	_ = cmd.Wait() // "signal: killed": it was killed on purpose
}

// toggleForever is the process killed: it turns encryption on and off
// until it is killed.
func toggleForever(dir string) {
	s, err := Open(dir, durable())
	if err != nil {
		fmt.Println("open:", err)
		os.Exit(1)
	}
	if s.Locked() {
		if err := s.Unlock(togglePass); err != nil {
			os.Exit(1)
		}
	}
	fmt.Println("ready")
	for {
		if s.Encrypted() {
			err = s.RemovePassphrase(togglePass)
		} else {
			err = s.SetPassphrase(togglePass)
		}
		if err != nil {
			fmt.Println("toggle:", err)
			os.Exit(1)
		}
	}
}
