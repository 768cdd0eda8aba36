package sharing

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
	"time"

	"family-online-safety/data"
	"family-online-safety/data/datatest"
)

// This computer's own file cut short (or removed) in the folder is
// noticed at the next poll and written again, whole, with nothing changed
// in the family; left alone, polls write nothing.
func TestOwnFileDamagedInTheFolderIsWrittenAgain(t *testing.T) {
	t.Parallel()
	clock := day
	now := func() time.Time { return clock }
	dir := t.TempDir()
	s := datatest.Open(t, now)
	if _, err := s.AddChild(data.Child{Name: "Seren", BirthYear: 2016, BirthMonth: 3}); err != nil {
		t.Fatal(err)
	}
	sy := NewSyncer(s, dir, pass, "0.1.0")
	tick := func() Report {
		clock = clock.Add(3 * time.Second)
		return sy.Step(clock)
	}
	if !tick().Wrote {
		t.Fatal("the first round wrote nothing")
	}
	for range 20 {
		if tick().Wrote {
			t.Fatal("an idle poll wrote the file again")
		}
	}
	path := filepath.Join(dir, FolderFileName(s.DeviceID()))
	whole, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	for _, damage := range []func() error{
		func() error { return os.WriteFile(path, whole[:len(whole)/2], 0o600) },
		func() error { return os.Remove(path) },
	} {
		if err := damage(); err != nil {
			t.Fatal(err)
		}
		if !tick().Wrote {
			t.Fatal("the damaged own file was not written again at the next poll")
		}
		got, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		f, err := Read(bytes.NewReader(got), pass, s.ShareCost())
		if err != nil || len(f.Family.Records) == 0 {
			t.Fatalf("the file written again does not open: %v", err)
		}
		if tick().Wrote {
			t.Fatal("written again with nothing damaged")
		}
	}
}
