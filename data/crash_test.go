package data

import (
	"fmt"
	"os"
	"os/exec"
	"runtime"
	"testing"
	"time"

	"go.etcd.io/bbolt"
)

// TestCrashLosesNothingSaved kills a writer process with SIGKILL at
// moments spread over its work, several times over, and checks that
// the file still opens, passes bbolt's consistency check, and holds
// every child the writer reported as saved before it died.
func TestCrashLosesNothingSaved(t *testing.T) {
	if dir := os.Getenv("CRASH_WRITER_DIR"); dir != "" {
		crashWriter(dir)
		return
	}
	if runtime.GOOS == "windows" {
		t.Skip("SIGKILL is a Unix signal")
	}
	dir := t.TempDir()
	saved := 0
	for round := range 6 {
		cmd := exec.Command(os.Args[0], "-test.run=^TestCrashLosesNothingSaved$")
		cmd.Env = append(os.Environ(), "CRASH_WRITER_DIR="+dir)
		out, _ := cmd.StdoutPipe()
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		time.Sleep(time.Duration(30+round*25) * time.Millisecond)
		cmd.Process.Kill()
		buf := make([]byte, 1<<16)
		n, _ := out.Read(buf)
		cmd.Wait()
		reported := countLines(buf[:n])

		s, err := Open(dir)
		if err != nil {
			t.Fatalf("round %d: the file did not open after a crash: %v", round, err)
		}
		kids, err := s.Children()
		if err != nil {
			t.Fatal(err)
		}
		if err := s.db.View(func(tx *bbolt.Tx) error {
			for err := range tx.Check() {
				return err
			}
			return nil
		}); err != nil {
			t.Fatalf("round %d: consistency check: %v", round, err)
		}
		s.Close()
		saved += reported
		if len(kids) < saved {
			t.Fatalf("round %d: %d children reported saved, %d found", round, saved, len(kids))
		}
		saved = len(kids)
	}
	if saved == 0 {
		t.Fatal("the writer saved nothing: the test proved nothing")
	}
}

// crashWriter saves children as fast as it can and prints a line after
// each save has returned, until it is killed.
func crashWriter(dir string) {
	s, err := Open(dir)
	if err != nil {
		os.Exit(3)
	}
	for i := 0; ; i++ {
		if _, err := s.AddChild(Child{Name: fmt.Sprint("Child ", i), BirthYear: 2016, BirthMonth: 1}); err != nil {
			os.Exit(4)
		}
		fmt.Println("saved")
	}
}

func countLines(b []byte) int {
	n := 0
	for _, c := range b {
		if c == '\n' {
			n++
		}
	}
	return n
}
