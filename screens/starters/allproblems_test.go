package starters_test

import (
	"testing"

	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"family-online-safety/screens/screentest"
)

// A refused own starter says every problem at once, each under its
// field; each goes as soon as its value is mended, without another Save,
// and nothing is saved until all are.
func TestOwnStarterSaysEveryProblemAtOnceAndClearsEachWhenMended(t *testing.T) {
	h := openStarters(t, screentest.Lang("en"))
	tr := h.Tr
	h.tap("Add your own")
	h.tap("Save starter")
	question, bands, topic := tr.T("starters.own.question.missing"), tr.T("starters.own.bands.missing"), tr.T("starters.own.topic.missing")
	for _, want := range []string{question, bands, topic} {
		screentest.MustHaveText(t, h.root(), want)
	}
	test.Type(h.entry("For example: What made you laugh online this week?"), "Who do you game with?")
	if screentest.HasText(h.root(), question) {
		t.Error("the question's problem stayed after it was typed")
	}
	screentest.MustHaveText(t, h.root(), bands)
	screentest.MustHaveText(t, h.root(), topic)
	screentest.Find[*widget.CheckGroup](h.root())[0].SetSelected([]string{"8 to 10"})
	if screentest.HasText(h.root(), bands) {
		t.Error("the ages' problem stayed after one was ticked")
	}
	screentest.MustHaveText(t, h.root(), topic)
	if own, _ := h.Store.OwnStarters(); len(own) != 0 {
		t.Fatalf("saved while refused: %+v", own)
	}
	h.choose("", "Money and in-game spending")
	if screentest.HasText(h.root(), topic) {
		t.Error("the topic's problem stayed after one was chosen")
	}
	h.tap("Save starter")
	if own, _ := h.Store.OwnStarters(); len(own) != 1 {
		t.Fatalf("not saved once mended: %+v", own)
	}
}
