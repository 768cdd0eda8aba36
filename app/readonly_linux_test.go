//go:build linux

package app

import (
	"testing"

	"family-online-safety/data"
	"family-online-safety/data/datatest"
)

// On a read-only disk the app opens the family to read and says that
// nothing can be saved.
func TestAReadOnlyDiskOpensTheAppToRead(t *testing.T) {
	dir := amiraOnASmallDisk(t)
	datatest.ReadOnly(t, dir)
	h := newHarnessIn(t, dir)
	h.shows("open to read only")
	h.shows("Amira")
}

// amiraOnASmallDisk is a family with one child, Amira, saved and closed
// on a 2 MB disk of its own, for the full- and read-only-disk tests.
func amiraOnASmallDisk(t *testing.T) string {
	t.Helper()
	dir := datatest.SmallDisk(t, "2m")
	s, err := data.Open(dir, datatest.Options(t, nil))
	must(t, err)
	onboarded(s)
	must1(t)(s.AddChild(data.Child{Name: "Amira", BirthYear: 2016, BirthMonth: 1}))
	closeOK(t, s)
	return dir
}
