//go:build e2e

package e2e

import (
	"image"
	"testing"
	"time"

	"family-online-safety/data"
)

// A family that syncs through a shared folder shows Home exactly where
// one that does not shows it: no band is kept under the header for the
// line that says changes came in (it has its place in the header).
func TestSyncingAddsNoBandUnderTheHeader(t *testing.T) {
	dir := family(t, "")
	look := func() image.Image {
		r := start(t, dir, nil)
		time.Sleep(1500 * time.Millisecond) // the first round of the sync, when on
		img := r.shot()
		_ = r.cmd.Process.Kill()
		<-r.done
		return img
	}
	off := look()
	s, err := data.Open(dir, data.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if err := s.SaveSyncFolder(data.SyncFolder{Dir: t.TempDir(), Passphrase: "three green bottles on the wall"}); err != nil {
		t.Fatal(err)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	on := look()
	// Only the band under the header and the screen's title are compared:
	// what Home shows below (which child has a starter today) may differ
	// between two starts; a band would move the title.
	b := off.Bounds()
	if d := changed(off, on, image.Rect(b.Min.X, b.Min.Y+40, b.Max.X, b.Min.Y+130)); d > 0.01 {
		t.Fatalf("%.1f%% of the window differs when syncing (%s, %s)", 100*d, save(t, off, "not-syncing"), save(t, on, "syncing"))
	}
}
