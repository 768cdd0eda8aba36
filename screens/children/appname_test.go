package children_test

import (
	"testing"
	"time"

	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"family-online-safety/data"
	"family-online-safety/screens/screentest"
	"family-online-safety/screens/widgets"
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

// An own app renamed to a catalogue app's name is offered as that app,
// with its warning, as adding does; what was decided stays. A rename to an
// app the child already has a note for is refused, saying why.
func TestRenamingAnOwnAppToACatalogueName(t *testing.T) {
	h := newChildrenHarness(t, screentest.At(time.Date(2026, 11, 23, 10, 0, 0, 0, time.UTC)), addChild("Leo", 2017, 4))
	h.Tab("Apps")
	addOwn := func(name string) *widgets.Entry {
		test.Type(h.Entry("Or type the name of any other app or game"), name)
		h.TapExact("Add")
		for _, e := range screentest.Find[*widgets.Entry](h.Root()) {
			if e.Text == name {
				return e
			}
		}
		t.Fatalf("the note for %s has no name field", name)
		return nil
	}
	name := addOwn("Tok app")
	for _, r := range screentest.Find[*widget.RadioGroup](h.Root()) {
		r.SetSelected("Not yet")
	}
	name.SetText("")
	test.Type(name, "tik tok")
	h.Shows("TikTok is in the app catalogue: use it")
	h.Shows("TikTok's terms say 13+; Leo is 9.")
	h.Tap("Use TikTok from the catalogue")
	notes, _ := h.Store.AppNotes(1)
	if len(notes) != 1 || notes[0].AppID != "tiktok" || notes[0].Decision != data.DecisionNotYet {
		t.Fatalf("after using the catalogue's TikTok: %+v", notes)
	}
	h.Shows("Account set to private") // its settings list

	h.Tap("Back")
	name = addOwn("Other app")
	name.SetText("")
	test.Type(name, "TIKTOK")
	h.Shows("Leo already has a note for TikTok")
	if screentest.HasText(h.Root(), "Use TikTok from the catalogue") {
		t.Error("a second TikTok note is offered")
	}
	notes, _ = h.Store.AppNotes(1)
	if len(notes) != 2 || notes[0].AppID == notes[1].AppID && notes[0].Name == notes[1].Name {
		t.Fatalf("a second TikTok note was kept: %+v", notes)
	}
	for _, n := range notes {
		if n.AppID == "" && n.Name == "TIKTOK" {
			t.Fatalf("the refused name was saved: %+v", n)
		}
	}
}
