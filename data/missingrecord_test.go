package data_test

import (
	"path/filepath"
	"slices"
	"testing"
	"time"

	"family-online-safety/data"
	"family-online-safety/data/datatest"
)

// An agreement record that is gone while its history and stamp are still
// there is damage, named like any other; a family that never wrote an
// agreement is not damaged.
func TestAMissingAgreementWithItsHistoryIsNamedAsDamage(t *testing.T) {
	t.Parallel()
	now := time.Date(2026, 11, 20, 9, 0, 0, 0, time.Local)
	dir := t.TempDir()
	datatest.EveryKind(t, dir, now, "")
	path := filepath.Join(dir, data.FileName)
	if !datatest.DamageKind(t, path, kindNamed(t, "agreement"), datatest.Missing) {
		t.Fatal("no agreement to remove")
	}
	s, err := data.Open(dir, datatest.Options(t, datatest.At(now)))
	datatest.Must(t, err)
	defer datatest.CloseOK(t, s)
	if !slices.Contains(s.Damaged(), "agreement") || s.Unreadable() == 0 {
		t.Fatalf("damaged %v, unreadable %d: the missing agreement is not named", s.Damaged(), s.Unreadable())
	}

	fresh, err := data.Open(t.TempDir(), datatest.Options(t, datatest.At(now)))
	datatest.Must(t, err)
	defer datatest.CloseOK(t, fresh)
	if fresh.Unreadable() != 0 || len(fresh.Damaged()) != 0 {
		t.Fatalf("a new family is called damaged: %v", fresh.Damaged())
	}
}
