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

// rules are the house rules' words in s.
func rules(t *testing.T, s *data.Store) []string {
	t.Helper()
	a, err := s.Agreement()
	must(t, err)
	var out []string
	for _, it := range a.List(data.ListRules) {
		out = append(out, it.Text)
	}
	return out
}

// This home removes a house rule; the other home is asked and keeps it.
// That answer does not bring the rule back here silently: this home is
// asked in turn, starting on "Keep it removed", with the rule's words.
// Kept removed, each home keeps its own, both say so plainly in
// Settings, and neither is asked again. In en, cy and pl, with three
// children.
func TestARuleRemovedHereAndKeptThereComesBackOnlyOnAYes(t *testing.T) {
	for _, lang := range []string{"en", "cy", "pl"} {
		t.Run(lang, func(t *testing.T) {
			dir := t.TempDir()
			h, f := startSyncing(t, dir, screentest.Lang(lang), screentest.Child("Maya", 2012, 4), screentest.Child("Ava", 2021, 1),
				screentest.Prepare(func(s *data.Store) {
					for _, r := range []string{"Phones charge downstairs at night", "No screens before school", "Ask before new apps"} {
						_, err := s.AddItem(data.ListRules, r)
						must(t, err)
					}
				}))
			at := func(m time.Duration) time.Time { return folderDay.Add(m * time.Minute) }
			tick := func(m time.Duration) { h.SetNow(at(m)); f.Tick() }
			other := datatest.Open(t, datatest.At(at(1)))
			theirs := sharing.NewSyncer(other, dir, folderPass, "0.1.0").WithDebounce(0)
			tick(1)
			theirs.Step(at(2))
			tick(3)
			theirs.Step(at(4))
			if got := rules(t, other); len(got) != 3 {
				t.Fatalf("the other home holds rules %q after meeting", got)
			}
			a, err := h.Store.Agreement()
			must(t, err)
			gone := "No screens before school"
			i := slices.IndexFunc(a.List(data.ListRules), func(it data.Item) bool { return it.Text == gone })
			must(t, h.Store.DeleteItem(data.ListRules, a.List(data.ListRules)[i].ID))
			tick(5)
			tick(6) // (written once the change is the pause old)
			r := theirs.Step(at(6))
			if r.Waiting == nil {
				t.Fatal("the removal came into the other home without a question")
			}
			keep := map[string]data.Resolution{}
			for _, c := range r.Waiting.Summary.Asks {
				for _, it := range c.Removals {
					keep[it.Key] = data.KeepMine // "Keep it here" (as the dialog starts)
				}
			}
			theirs.Resolve(keep, at(6))
			theirs.Step(at(7))
			tick(8)
			if slices.Contains(rules(t, h.Store), gone) {
				t.Fatal("the rule came back here without a question")
			}
			if !f.Pending() {
				t.Fatal("this home is not asked about the rule the other home kept")
			}
			f.AskNow()
			screentest.MustHaveText(t, h.Overlay(), gone)
			screentest.MustHaveText(t, h.Overlay(), "• "+h.Tr.T("sharing.detail.back", // (the summary says so, not only "Changed: 1")
				map[string]any{"What": h.Tr.T("sharing.detail.list.rules"), "Words": gone}))
			var asked bool
			for _, g := range screentest.Find[*widget.RadioGroup](h.Overlay()) {
				if slices.Contains(g.Options, h.Tr.T("folder.asks.take_back")) {
					asked = true
					if g.Selected != h.Tr.T("folder.asks.keep_removed") {
						t.Fatalf("the question starts on %q, not on keeping it removed", g.Selected)
					}
				}
			}
			if !asked {
				t.Fatal("no choice to take the rule back or keep it removed")
			}
			if lang == "en" {
				shot, err := os.Create(filepath.Join(os.TempDir(), "i23e-back.png"))
				must(t, err)
				must(t, png.Encode(shot, h.Win.Canvas().Capture()))
				must(t, shot.Close())
			}
			test.Tap(screentest.Button(t, h.Overlay(), h.Tr.T("folder.asks.use")))
			for m := time.Duration(9); m < 14; m += 2 {
				tick(m)
				if r := theirs.Step(at(m + 1)); r.Waiting != nil {
					t.Fatalf("the other home is asked again: %+v", r.Waiting.Summary.Asks)
				}
			}
			if f.Pending() || h.Overlay() != nil {
				t.Fatal("this home is asked again")
			}
			if slices.Contains(rules(t, h.Store), gone) || !slices.Contains(rules(t, other), gone) {
				t.Fatalf("rules here %q, there %q: want each home's own", rules(t, h.Store), rules(t, other))
			}
			h.Shows(h.Tr.T("folder.differs.removed", map[string]any{"Kind": h.Tr.T("sharing.detail.list.rules"), "Words": gone}))
			if r := theirs.Step(at(15)); !differsIn(r) {
				t.Fatalf("the other home does not say the homes differ: %v", r.Problems)
			}
		})
	}
}
