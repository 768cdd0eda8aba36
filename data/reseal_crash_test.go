package data

import (
	"bufio"
	"bytes"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"testing"
	"time"
)

const (
	togglePass  = "kill test"
	togglePass2 = "kill test, changed"
	// plainSentinel is written in a record: after a kill and the next
	// start, no file in the folder may hold it while the family is
	// encrypted, and none but the family's file while it is not.
	plainSentinel = "PLAINTEXT-SENTINEL-d41e"
)

// TestKilledWhileTurningEncryptionOnOrOffLosesNothing kills, with SIGKILL,
// a process that turns the passphrase on, changes it and turns it off
// again and again, at least 100 times, and checks each time that the file
// reopens (unlocking it when it is encrypted) with every record of the
// demo family, that no half-written file survives the next start, and
// that no file in the folder holds a sentinel written in plain text
// while the family is encrypted.
func TestKilledWhileTurningEncryptionOnOrOffLosesNothing(t *testing.T) {
	if dir := os.Getenv("RESEAL_WRITER_DIR"); dir != "" {
		toggleForever(dir)
		return
	}
	if runtime.GOOS == "windows" {
		t.Skip("SIGKILL is a Unix signal")
	}
	t.Parallel() // its own folder and processes
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
	kids, _ := s.Children()
	must1(t)(s.AddAppNote(AppNote{ChildID: kids[0].ID, Name: "Notes", Note: plainSentinel}))
	want := everything(t, s)
	closeOK(t, s)
	rounds, encrypted, midway := raceRounds(t, 110), 0, 0
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
			if err := s.Unlock(togglePass); err != nil && s.Unlock(togglePass2) != nil {
				t.Fatalf("round %d: %v", round, err)
			}
		}
		checkNoPlaintext(t, dir, s.Encrypted())
		got := everything(t, s)
		closeOK(t, s)
		same(t, fmt.Sprintf("round %d", round), want, got)
		checkNoLeftovers(t, dir)
	}
	t.Logf("%d kills, %d found the file encrypted, %d stopped a rewrite midway", rounds, encrypted, midway)
	if (encrypted == 0 || encrypted == rounds || midway == 0) && !raceDetector {
		t.Errorf("the kills did not land in every state: the test proved little")
	}
}

// checkNoPlaintext greps every file under dir for plainSentinel: only
// the family's own file may hold it, and only while it is not encrypted.
func checkNoPlaintext(t *testing.T, dir string, encrypted bool) {
	t.Helper()
	err := filepath.WalkDir(dir, func(path string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		if bytes.Contains(b, []byte(plainSentinel)) && (encrypted || path != filepath.Join(dir, FileName)) {
			t.Fatalf("%s holds the family's words in plain text (family encrypted: %v)", path, encrypted)
		}
		return nil
	})
	must(t, err)
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
	pass := togglePass
	if s.Locked() {
		if s.Unlock(pass) != nil {
			pass = togglePass2
		}
		if err := s.Unlock(pass); err != nil {
			os.Exit(1)
		}
	}
	fmt.Println("ready")
	for {
		switch {
		case s.Encrypted() && pass == togglePass:
			err, pass = s.ChangePassphrase(pass, togglePass2), togglePass2
		case s.Encrypted():
			err = s.RemovePassphrase(pass)
		default:
			err, pass = s.SetPassphrase(togglePass), togglePass
		}
		if err != nil {
			fmt.Println("toggle:", err)
			os.Exit(1)
		}
	}
}
