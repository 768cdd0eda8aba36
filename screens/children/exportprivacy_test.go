package children_test

import (
	"testing"
	"time"

	"family-online-safety/screens/screentest"
)

// Saving the concern log as text first says, on screen, that the file
// will not be encrypted, and offers an encrypted copy instead.
func TestSavingAsTextSaysItIsNotEncrypted(t *testing.T) {
	h := newChildrenHarness(t, screentest.At(time.Now()), addPlacedChild("Maisie", 2022, 10))
	h.Tab(h.Tr.T("children.tab.concerns"))
	h.Tap(h.Tr.T("concern.export.save"))
	note := h.Overlay()
	if note == nil || !screentest.HasText(note, h.Tr.T("export.note.body")) {
		t.Fatal("no note that the text file is not encrypted")
	}
	screentest.Button(t, note, h.Tr.T("export.plain"))
	screentest.Button(t, note, h.Tr.T("export.sealed"))
}
