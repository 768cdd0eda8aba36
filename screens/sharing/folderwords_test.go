package sharing_test

import (
	"slices"
	"testing"
	"time"

	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"family-online-safety/data"
	"family-online-safety/data/datatest"
	"family-online-safety/screens/screentest"
	"family-online-safety/sharing"
)

// The other home removes one of Maya's lines and rewords another (three
// children). This home is asked only about the line removed; the summary
// names the rewording as one ("line reworded: … becomes …"), which comes
// in as the one line it is, whatever the answer. Keeping the removed
// line (the default) leaves the new wording alone in its place, with no
// old wording beside it, in en, cy and pl.
func TestAChildsWordsAreAskedLineByLine(t *testing.T) {
	for _, lang := range []string{"en", "cy", "pl"} {
		t.Run(lang, func(t *testing.T) {
			dir := t.TempDir()
			h, f := startSyncing(t, dir, screentest.Lang(lang), screentest.Child("Maya", 2012, 4), screentest.Child("Leo", 2017, 9), screentest.Child("Ava", 2021, 1),
				screentest.Prepare(func(s *data.Store) {
					kids, err := s.Children()
					must(t, err)
					for _, k := range kids {
						for _, line := range []string{"Drawing on Procreate", "Chatting with Zoe"} {
							if k.Name == "Maya" {
								must(t, s.AddChildWord(k.ID, data.WordsEnjoy, line))
							}
						}
					}
				}))
			at := func(m time.Duration) time.Time { return folderDay.Add(m * time.Minute) }
			other := datatest.Open(t, datatest.At(at(1)))
			theirs := sharing.NewSyncer(other, dir, folderPass, "0.1.0").WithDebounce(0)
			h.SetNow(at(1))
			f.Tick()
			theirs.Step(at(2))
			words := func(s *data.Store) []string {
				kids, err := s.Children()
				must(t, err)
				for _, k := range kids {
					if k.Name == "Maya" {
						w, err := s.ChildWords(k.ID)
						must(t, err)
						return w.Enjoy
					}
				}
				return nil
			}
			kids, _ := other.Children()
			var maya data.ID
			for _, k := range kids {
				if w, _ := other.ChildWords(k.ID); len(w.Enjoy) > 0 {
					maya = k.ID
				}
			}
			must(t, other.UpdateChildWord(maya, data.WordsEnjoy, 0, "Drawing on Procreate and Krita"))
			must(t, other.DeleteChildWord(maya, data.WordsEnjoy, 1))
			theirs.Step(at(3))
			h.SetNow(at(4))
			f.Tick()
			if !f.Pending() {
				t.Fatal("lines removed from outside did not wait")
			}
			f.AskNow()
			tr := h.Tr
			screentest.MustHaveText(t, h.Overlay(), "• "+tr.T("sharing.detail.words_reworded", map[string]any{
				"List": tr.T("childwords.list.enjoy"), "Old": "Drawing on Procreate", "New": "Drawing on Procreate and Krita"}))
			screentest.MustHaveText(t, h.Overlay(), "• "+tr.T("sharing.detail.words_removed", map[string]any{
				"List": tr.T("childwords.list.enjoy"), "Line": "Chatting with Zoe"}))
			var rows []*widget.RadioGroup
			for _, g := range screentest.Find[*widget.RadioGroup](h.Overlay()) {
				if slices.Contains(g.Options, tr.T("folder.asks.remove")) {
					rows = append(rows, g)
				}
			}
			if len(rows) != 1 || rows[0].Selected != tr.T("folder.asks.keep_here") {
				t.Fatalf("%d line questions, want one, for the removed line, on keeping it", len(rows))
			}
			test.Tap(screentest.Button(t, h.Overlay(), tr.T("folder.asks.use")))
			if got := words(h.Store); !slices.Equal(got, []string{"Drawing on Procreate and Krita", "Chatting with Zoe"}) {
				t.Fatalf("Maya's words here %q", got)
			}
			kids, _ = h.Store.Children()
			for _, k := range kids { // nothing on Maya's brother or sister
				if w, _ := h.Store.ChildWords(k.ID); k.Name != "Maya" && !w.Empty() {
					t.Fatalf("%s has words %+v", k.Name, w)
				}
			}
		})
	}
}

// One of Maya's lines reworded differently in both homes (three
// children): one question, in the child's words' own terms, with both
// wordings and "keep this computer's" chosen; the answer leaves the one
// wording chosen, nothing beside it and nothing on her brother or
// sister, in en, cy and pl.
func TestALineRewordedInBothHomesIsOneQuestionWithBothWordings(t *testing.T) {
	for _, lang := range []string{"en", "cy", "pl"} {
		t.Run(lang, func(t *testing.T) {
			dir := t.TempDir()
			h, f := startSyncing(t, dir, screentest.Lang(lang), screentest.Child("Maya", 2012, 4), screentest.Child("Leo", 2017, 9), screentest.Child("Ava", 2021, 1),
				screentest.Prepare(func(s *data.Store) {
					kids, err := s.Children()
					must(t, err)
					for _, k := range kids {
						if k.Name == "Maya" {
							must(t, s.AddChildWord(k.ID, data.WordsEnjoy, "Drawing on Procreate"))
						}
					}
				}))
			at := func(m time.Duration) time.Time { return folderDay.Add(m * time.Minute) }
			other := datatest.Open(t, datatest.At(at(1)))
			theirs := sharing.NewSyncer(other, dir, folderPass, "0.1.0").WithDebounce(0)
			h.SetNow(at(1))
			f.Tick()
			theirs.Step(at(2))
			h.SetNow(at(2))
			f.Tick()
			maya := func(s *data.Store) data.ID {
				kids, _ := s.Children()
				for _, k := range kids {
					if k.Name == "Maya" {
						return k.ID
					}
				}
				t.Fatal("no Maya")
				return 0
			}
			must(t, other.UpdateChildWord(maya(other), data.WordsEnjoy, 0, "Drawing on Procreate and Krita"))
			must(t, h.Store.UpdateChildWord(maya(h.Store), data.WordsEnjoy, 0, "Drawing comics"))
			theirs.Step(at(3))
			h.SetNow(at(4))
			f.Tick()
			h.SetNow(at(5))
			f.Tick()
			if !f.Pending() {
				t.Fatal("a line reworded in both homes did not wait")
			}
			f.AskNow()
			tr := h.Tr
			for _, want := range []string{tr.T("sharing.conflict.words_line"), tr.T("childwords.list.enjoy"), "Drawing comics", "Drawing on Procreate and Krita"} {
				screentest.MustHaveText(t, h.Overlay(), want)
			}
			groups := screentest.Find[*widget.RadioGroup](h.Overlay())
			if len(groups) != 1 || groups[0].Selected != tr.T("sharing.conflict.keep_mine") {
				t.Fatalf("%d choices, want one, on this computer's wording", len(groups))
			}
			test.Tap(screentest.Button(t, h.Overlay(), tr.T("folder.asks.use")))
			kids, _ := h.Store.Children()
			for _, k := range kids {
				w, _ := h.Store.ChildWords(k.ID)
				if want := map[string][]string{"Maya": {"Drawing comics"}}[k.Name]; !slices.Equal(w.Enjoy, want) || len(w.Worries)+len(w.Promises)+len(w.Asks) > 0 {
					t.Fatalf("%s's words here %+v, want %q", k.Name, w, want)
				}
			}
		})
	}
}
