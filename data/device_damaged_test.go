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

// A damaged copy in a second folder on the same computer keeps its
// device id while nothing is written, and takes a new one before its
// family is first written out (a shared-folder file or an export), so it
// never writes under the original's name.
func TestADamagedCopyTakesItsOwnDeviceIDBeforeItsFamilyIsWrittenOut(t *testing.T) {
	t.Parallel()
	now := time.Date(2026, 12, 7, 10, 0, 0, 0, time.UTC)
	dir := t.TempDir()
	datatest.EveryKind(t, dir, now, "")
	opts := datatest.Options(t, datatest.At(now))
	opts.Machine = "a test computer"
	s, err := data.Open(dir, opts)
	if err != nil {
		t.Fatal(err)
	}
	original := s.DeviceID()
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	copied := filepath.Join(t.TempDir(), "copy")
	raw, _ := os.ReadFile(filepath.Join(dir, data.FileName))
	if err := os.MkdirAll(copied, 0o700); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(copied, data.FileName)
	if err := os.WriteFile(path, raw, 0o600); err != nil {
		t.Fatal(err)
	}
	for _, k := range data.Kinds() {
		if k.Name == "settings" && !datatest.DamageKind(t, path, k, datatest.BadBytes) {
			t.Fatal("no settings record to damage")
		}
	}
	s, err = data.Open(copied, opts)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = s.Close() })
	if s.DeviceID() != original {
		t.Fatal("the damaged copy took a new device id at open")
	}
	f, err := s.ShareFamily(nil)
	if err != nil {
		t.Fatal(err)
	}
	if f.Device == original || s.DeviceID() != f.Device {
		t.Fatalf("written out under %s (store says %s), the original's id is %s", f.Device, s.DeviceID(), original)
	}
}

// A file bound to its machine only, as before the data folder counted,
// keeps its device id when opened on that machine.
func TestAFileBoundToItsMachineOnlyKeepsItsDeviceID(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	opts := datatest.Options(t, datatest.At(time.Date(2026, 12, 7, 10, 0, 0, 0, time.UTC)))
	opts.Machine = "a test computer"
	s, err := data.Open(dir, opts)
	if err != nil {
		t.Fatal(err)
	}
	id := s.DeviceID()
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	datatest.DeleteMeta(t, filepath.Join(dir, data.FileName), "machine-folder")
	s, err = data.Open(dir, opts)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = s.Close() })
	if s.DeviceID() != id {
		t.Fatalf("device id %s, was %s", s.DeviceID(), id)
	}
	opts.Machine = "another computer"
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	if s, err = data.Open(dir, opts); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = s.Close() })
	if s.DeviceID() == id {
		t.Fatal("opened on another computer, the file kept its device id")
	}
}
