//go:build linux

package screens

import (
	"errors"
	"strings"
	"testing"
	"time"

	"family-online-safety/data"
	"family-online-safety/data/datatest"
)

// A change saved on a full disk is explained as a full disk (free some
// space), not as "could not be saved, try again".
func TestASaveOnAFullDiskSaysTheDiskIsFull(t *testing.T) {
	t.Parallel()
	disk := datatest.SmallDisk(t, "2m")
	now := func() time.Time { return time.Date(2026, 12, 7, 10, 0, 0, 0, time.UTC) }
	store, err := data.Open(disk, datatest.Options(t, now))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = store.Close() })
	datatest.Fill(t, disk)
	notes := strings.Repeat("A long note that needs new pages in the file. ", 40)
	for i := range 500 {
		_, err = store.AddContact(data.Contact{Name: "Contact", Role: data.RoleOther, Notes: notes})
		if err != nil {
			break
		}
		if i == 499 {
			t.Fatal("500 saves fitted on a full disk")
		}
	}
	if !errors.Is(err, data.ErrNoSpace) {
		t.Fatalf("a save on a full disk gave %v, want ErrNoSpace", err)
	}
	if got := (Messages{}).Say(regionTr("GB"), err); got != "error.no_space" {
		t.Fatalf("the screen says %q, want error.no_space", got)
	}
}
