package sharing_test

import (
	"bytes"
	"os"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"family-online-safety/data"
	"family-online-safety/data/datatest"
	"family-online-safety/screens/screentest"
	"family-online-safety/sharing"
)

// twoHomes is a family in home a, copied to home b, then Seren's notes
// and her Roblox note changed in both homes since.
func twoHomes(t *testing.T, lang string) (a, b *carer) {
	h, a := home(t, lang)
	store := datatest.Open(t, datatest.At(day.Add(time.Hour)))
	var file bytes.Buffer
	if err := sharing.ExportFamily(&file, a.store, nil, secret, "0.1.0", day); err != nil {
		t.Fatal(err)
	}
	f, _, err := sharing.Preview(store, &file, secret, data.ImportNewFamily)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := sharing.Apply(store, f, data.ImportNewFamily, nil); err != nil {
		t.Fatal(err)
	}
	edit := func(s *data.Store, words string) {
		kids, _ := s.Children()
		kids[0].Notes = words
		if err := s.UpdateChild(kids[0]); err != nil {
			t.Fatal(err)
		}
		notes, _ := s.AppNotes(kids[0].ID)
		for _, n := range notes {
			if n.Name == "Roblox" {
				n.Conditions = words + " about Roblox"
				if err := s.UpdateAppNote(n); err != nil {
					t.Fatal(err)
				}
			}
		}
	}
	h.SetNow(day.Add(3 * time.Hour))
	edit(a.store, "Mum's words")
	store.SetClock(datatest.At(day.Add(2 * time.Hour)))
	edit(store, "Dad's words")
	return a, newCarer(h, store, a.path)
}

// Records changed in both homes are shown with both versions, one choice
// each, the defaults chosen; the user's choice is what Apply does.
func TestAConflictShowsBothVersionsAndTheChoiceIsApplied(t *testing.T) {
	a, b := twoHomes(t, "en")
	a.export()
	b.openFile(secret)
	b.shows("sharing.summary.conflicts", map[string]any{"Count": 2})
	b.tap("sharing.conflict.choose")
	b.shows("sharing.conflict.mine")
	screentest.MustHaveText(t, b.h.Overlay(), "Mum's words")
	screentest.MustHaveText(t, b.h.Overlay(), "Dad's words about Roblox")
	groups := screentest.Find[*widget.RadioGroup](b.h.Overlay())
	if len(groups) != 2 {
		t.Fatalf("%d choices, want one per conflict", len(groups))
	}
	tr := b.h.Tr
	var details *widget.RadioGroup
	for _, g := range groups {
		switch g.Selected {
		case tr.T("sharing.conflict.keep_both"): // the app note, a list item
		case tr.T("sharing.conflict.take_theirs"): // Seren's details: the later version
			details = g
		default:
			t.Fatalf("default %q", g.Selected)
		}
		if _, ok := fyne.CanvasObject(g).(fyne.Focusable); ok {
			t.Fatal("a radio group itself takes focus: its options should")
		}
	}
	if details == nil {
		t.Fatal("no choice for Seren's details")
	}
	details.SetSelected(tr.T("sharing.conflict.keep_mine"))
	b.tap("sharing.conflict.done")
	b.tap("sharing.apply")
	kids, _ := b.store.Children()
	if len(kids) != 1 || kids[0].Notes != "Dad's words" {
		t.Fatalf("children %+v, want this home's words kept as chosen", kids)
	}
	notes, _ := b.store.AppNotes(kids[0].ID)
	var words []string
	for _, n := range notes {
		words = append(words, n.Conditions)
	}
	if len(notes) != 3 {
		t.Fatalf("app notes %q, want both versions of Roblox's and TikTok's", words)
	}
}

// The radio options are reached with Tab, so every choice is made
// without a mouse.
func TestEveryConflictChoiceIsReachedWithTheKeyboard(t *testing.T) {
	a, b := twoHomes(t, "pl")
	a.export()
	b.openFile(secret)
	b.tap("sharing.conflict.choose")
	c := b.h.Win.Canvas()
	seen := map[fyne.Focusable]bool{}
	radios := 0
	for range 40 {
		c.FocusNext()
		f := c.Focused()
		if f == nil || seen[f] {
			break
		}
		seen[f] = true
		if _, ok := f.(*widget.Button); !ok {
			radios++
		}
	}
	if radios < 5 { // three options and two, at least
		t.Fatalf("%d options reached with Tab", radios)
	}
	test.Tap(screentest.Button(t, b.h.Overlay(), b.h.Tr.T("sharing.conflict.done")))
	_ = os.Remove(a.path)
}

// A limit set differently in the two homes shows the child, the day and
// each home's limit, in words for a limit (not a rule's), in Welsh here.
func TestALimitInConflictShowsTheChildTheDayAndBothLimits(t *testing.T) {
	a, b := twoHomes(t, "cy")
	for _, c := range []struct {
		s       *data.Store
		minutes int
	}{{a.store, 30}, {b.store, 120}} {
		kids, _ := c.s.Children()
		if err := c.s.SetLimit(kids[0].ID, 0, data.Limit{Set: true, Minutes: c.minutes}); err != nil {
			t.Fatal(err)
		}
	}
	a.export()
	b.openFile(secret)
	b.tap("sharing.conflict.choose")
	tr := b.h.Tr
	for _, want := range []string{data.DurationText(tr, 30), data.DurationText(tr, 120),
		tr.T("sharing.conflict.limit", map[string]any{"Name": "Seren", "Day": tr.T("agreement.day.0")})} {
		screentest.MustHaveText(t, b.h.Overlay(), want)
	}
	if screentest.HasText(b.h.Overlay(), tr.T("sharing.conflict.item.rules")) {
		t.Fatal("a limit is described as a house rule")
	}
}
