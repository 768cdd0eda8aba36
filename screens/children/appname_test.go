package children_test

import (
	"testing"
	"time"

	"fyne.io/fyne/v2/test"

	"family-online-safety/screens/screentest"
)

// Typing a catalogue app's name, however it is spelt, offers the catalogue
// entry with its warning and settings; a second note for it is refused.
func TestATypedAppNameFindsTheCatalogue(t *testing.T) {
	h := newChildrenHarness(t, screentest.At(time.Date(2026, 11, 23, 10, 0, 0, 0, time.UTC)), addChild("Leo", 2017, 4))
	h.Tab("Apps")
	test.Type(h.Entry("Or type the name of any other app or game"), "tik tok")
	h.Shows("TikTok is in the app catalogue")
	h.Shows("TikTok's terms say 13+; Leo is 9.")
	h.Tap("Add TikTok")
	notes, _ := h.Store.AppNotes(1)
	if len(notes) != 1 || notes[0].AppID != "tiktok" {
		t.Fatalf("typing tik tok stored %+v, want the catalogue's TikTok", notes)
	}
	h.Shows("Account set to private") // its settings list

	h.Tap("Back")
	test.Type(h.Entry("Or type the name of any other app or game"), "TIKTOK")
	h.Tap("Add TikTok")
	h.Shows("Leo already has a note for TikTok")
	if notes, _ := h.Store.AppNotes(1); len(notes) != 1 {
		t.Fatalf("a second TikTok note was kept: %+v", notes)
	}
}
