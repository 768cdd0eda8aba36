package sharing_test

import (
	"image/png"
	"os"
	"path/filepath"
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

// The other home removes one of Maya's lines and rewords another. This
// home is asked about each line on its own, the summary naming each
// removed line; the carer takes the rewording (its old line removed) and
// keeps the other line: both come out so, in en, cy and pl.
func TestAChildsWordsAreAskedLineByLine(t *testing.T) {
	for _, lang := range []string{"en", "cy", "pl"} {
		t.Run(lang, func(t *testing.T) {
			dir := t.TempDir()
			h, f := startSyncing(t, dir, screentest.Lang(lang), screentest.Child("Maya", 2012, 4), screentest.Child("Ava", 2021, 1),
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
			for _, line := range []string{"Drawing on Procreate", "Chatting with Zoe"} {
				screentest.MustHaveText(t, h.Overlay(), "• "+h.Tr.T("sharing.detail.words_removed", map[string]any{
					"List": h.Tr.T("childwords.list.enjoy"), "Line": line}))
			}
			var rows []*widget.RadioGroup
			for _, g := range screentest.Find[*widget.RadioGroup](h.Overlay()) {
				if slices.Contains(g.Options, h.Tr.T("folder.asks.remove")) {
					rows = append(rows, g)
				}
			}
			if len(rows) != 2 {
				t.Fatalf("%d line questions, want one for each removed line", len(rows))
			}
			if lang == "en" {
				shot, err := os.Create(filepath.Join(os.TempDir(), "i23e-words.png"))
				must(t, err)
				must(t, png.Encode(shot, h.Win.Canvas().Capture()))
				must(t, shot.Close())
			}
			rows[0].SetSelected(h.Tr.T("folder.asks.remove")) // the old wording goes
			test.Tap(screentest.Button(t, h.Overlay(), h.Tr.T("folder.asks.use")))
			if got := words(h.Store); !slices.Equal(got, []string{"Drawing on Procreate and Krita", "Chatting with Zoe"}) {
				t.Fatalf("Maya's words here %q", got)
			}
		})
	}
}
