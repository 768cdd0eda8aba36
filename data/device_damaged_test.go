package data_test

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
	"time"

	"family-online-safety/data"
	"family-online-safety/data/datatest"
)

// A damaged file copied from another computer opens without a byte
// changed: the new device id waits for the first start after it is
// mended.
func TestADamagedCopyFromAnotherComputerIsNotWrittenAtOpen(t *testing.T) {
	t.Parallel()
	now := time.Date(2026, 12, 7, 10, 0, 0, 0, time.UTC)
	dir := t.TempDir()
	datatest.EveryKind(t, dir, now, "")
	path := filepath.Join(dir, data.FileName)
	var settings data.Kind
	for _, k := range data.Kinds() {
		if k.Name == "settings" {
			settings = k
		}
	}
	if !datatest.DamageKind(t, path, settings, datatest.BadBytes) {
		t.Fatal("no settings record to damage")
	}
	before, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	opts := datatest.Options(t, datatest.At(now))
	opts.Machine = "a computer this file has never been on"
	s, err := data.Open(dir, opts)
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	after, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(before, after) {
		t.Fatal("opening a damaged copy on another computer changed the file")
	}
}
