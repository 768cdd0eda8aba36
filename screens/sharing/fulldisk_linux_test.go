//go:build linux

package sharing_test

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"family-online-safety/data"
	"family-online-safety/data/datatest"
)

// Exporting the family file again to a full disk says the disk is full,
// keeps the dialog open, and leaves the file saved before whole.
func TestExportToAFullDiskSaysSoAndKeepsTheLastFile(t *testing.T) {
	h, a := home(t, "en")
	disk := datatest.SmallDisk(t, "256k")
	a.path = filepath.Join(disk, "family.fos")
	a.ui.AskSave = func(_ string, chosen func(string)) { chosen(a.path) }
	a.export()
	before, err := os.ReadFile(a.path)
	datatest.Must(t, err)
	kids, _ := h.Store.Children()
	_, err = h.Store.AddAppNote(data.AppNote{ChildID: kids[0].ID, Name: "Minecraft", Note: strings.Repeat("a long note ", 4000)})
	datatest.Must(t, err)
	datatest.Fill(t, disk)

	h.Show(a.ui.Card())
	h.Tap(h.Tr.T("sharing.export.button"))
	a.typeIn(secret)
	a.tap("sharing.export.save")
	a.shows("sharing.error.no_space")
	if after, _ := os.ReadFile(a.path); !bytes.Equal(before, after) {
		t.Fatal("the family file saved before was changed by the failed export")
	}
	leftovers, _ := filepath.Glob(filepath.Join(disk, ".*part*"))
	if len(leftovers) > 0 {
		t.Fatalf("half-written files left on the full disk: %v", leftovers)
	}
}
