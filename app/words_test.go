package app

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"family-online-safety/screens/children"
	"family-online-safety/screens/screentest"
	"family-online-safety/screens/widgets"
)

// What is typed with the child survives a quick exit: a line added, a
// line changed while its save still waited for a pause, and a line typed
// but not yet added.
func TestTheChildsWordsSurviveQuickExit(t *testing.T) {
	h := newHarness(t, withLeo)
	h.app.ShowChild(1, children.TabWords)
	enjoy := h.field("For example: Building in Minecraft with my cousin")
	test.Type(enjoy, "Minecraft with Sam")
	enjoy.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	var line *widgets.Entry
	for _, e := range screentest.Find[*widgets.Entry](h.content()) {
		if e.Text == "Minecraft with Sam" {
			line = e
		}
	}
	if line == nil {
		t.Fatal("the added line is not shown")
	}
	h.win.Canvas().Focus(line)
	line.TypedKey(&fyne.KeyEvent{Name: fyne.KeyEnd})
	test.Type(line, " and Nain")
	test.Type(h.field("For example: Ask me before you post a photo of me"), "Knock first")

	h = h.quickExitAndReopen()
	h.app.ShowChild(1, children.TabWords)
	w, err := h.store.ChildWords(1)
	if err != nil {
		t.Fatal(err)
	}
	if len(w.Enjoy) != 1 || w.Enjoy[0] != "Minecraft with Sam and Nain" {
		t.Fatalf("after quick exit the child's words are %+v", w)
	}
	if got := h.field("For example: Ask me before you post a photo of me").Text; got != "Knock first" {
		t.Fatalf("the line not yet added came back as %q", got)
	}
	if got := h.field("For example: Building in Minecraft with my cousin").Text; got != "" {
		t.Fatalf("the added line is still in its box: %q", got)
	}
}
