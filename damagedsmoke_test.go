package main

import (
	"os"
	"path/filepath"
	"testing"
	"time"

	"family-online-safety/data"
	"family-online-safety/data/datatest"
)

// TestWriteDamagedFamily writes, for scripts/smoke-damaged, a family with
// every kind of record, a good backup, and the settings record damaged
// (DAMAGED_FAMILY_DIR names the folder; without it the test is skipped).
// The real binary must open it to a usable window and quit on Ctrl+Q.
func TestWriteDamagedFamily(t *testing.T) {
	dir := os.Getenv("DAMAGED_FAMILY_DIR")
	if dir == "" {
		t.Skip("run by scripts/smoke-damaged")
	}
	datatest.Must(t, os.MkdirAll(dir, 0o700))
	datatest.EveryKind(t, dir, time.Now().Add(-48*time.Hour), "")
	// Opened once on this computer, as the program opens it: the program
	// then has nothing to bind, and any write would be the damage's doing.
	opts := datatest.Options(t, nil)
	opts.Machine = data.MachineID()
	s, err := data.Open(dir, opts)
	datatest.Must(t, err)
	datatest.CloseOK(t, s)
	for _, k := range data.Kinds() {
		if k.Name == "settings" && !datatest.DamageKind(t, filepath.Join(dir, data.FileName), k, datatest.BadBytes) {
			t.Fatal("no settings record to damage")
		}
	}
}
