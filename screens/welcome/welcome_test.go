package welcome_test

import (
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"family-online-safety/screens/screentest"
	"family-online-safety/screens/welcome"
)

// A refused first child is explained in the app's language, under the
// field at fault, and the welcome does not finish.
func TestWelcomeExplainsARefusalInWelsh(t *testing.T) {
	h := screentest.New(t, screentest.Lang("cy"))
	h.Show(welcome.New(h.Env(), h.Actions, &welcome.Draft{}).View())
	name := h.Entry(h.Tr.T("child.name.placeholder"))

	test.Type(name, "Sam")
	h.Tap(h.Tr.T("welcome.start"))
	h.Shows(h.Tr.T("child.born.missing"))

	name.SetText(strings.Repeat("a", 61))
	screentest.Choose(t, h.Root(), h.Tr.T("child.month"), h.Tr.T("month.3"))
	screentest.Choose(t, h.Root(), h.Tr.T("child.year"), "2018")
	h.Tap(h.Tr.T("welcome.start"))
	h.Shows(h.Tr.T("invalid.too_long", map[string]any{"Max": 60}))
	if screentest.HasText(h.Root(), h.Tr.T("child.born.missing")) {
		t.Error("the earlier problem stayed on screen")
	}
	if slices.Contains(h.Actions.Asked, "finish") {
		t.Fatal("the welcome finished with a refused child")
	}

	name.SetText("Sam")
	h.Tap(h.Tr.T("welcome.start"))
	if !slices.Contains(h.Actions.Asked, "finish") {
		t.Fatal("a valid first child did not finish the welcome")
	}
}

// A refused first child says every problem at once, the name and the
// birth date; each goes as soon as it is mended, without another Start.
func TestWelcomeSaysEveryProblemAtOnceAndClearsEachWhenMended(t *testing.T) {
	h := screentest.New(t, screentest.Lang("en"))
	h.Show(welcome.New(h.Env(), h.Actions, &welcome.Draft{}).View())
	name := h.Entry(h.Tr.T("child.name.placeholder"))
	name.SetText(strings.Repeat("a", 61))
	screentest.Choose(t, h.Root(), h.Tr.T("child.month"), h.Tr.T("month.3"))
	h.Tap(h.Tr.T("welcome.start"))
	long, born := h.Tr.T("invalid.too_long", map[string]any{"Max": 60}), h.Tr.T("child.born.missing")
	h.Shows(long)
	h.Shows(born)
	name.SetText("Sam")
	if screentest.HasText(h.Root(), long) {
		t.Error("the name's problem stayed after it was mended")
	}
	h.Shows(born)
	if slices.Contains(h.Actions.Asked, "finish") {
		t.Fatal("the welcome finished with a refused child")
	}
	screentest.Choose(t, h.Root(), h.Tr.T("child.year"), "2018")
	if screentest.HasText(h.Root(), born) {
		t.Error("the birth date's problem stayed after it was chosen")
	}
}
