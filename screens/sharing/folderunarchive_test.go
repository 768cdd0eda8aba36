package sharing_test

import (
	"image/png"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"family-online-safety/data/datatest"
	"family-online-safety/screens/screentest"
	"family-online-safety/sharing"
)

// Amira is archived here; the other home's file has her as current. That
// waits for a yes like archiving: the summary and the question say she
// was archived here and is current there, the choice starts on keeping
// her archived, and so she stays. In en, cy and pl.
func TestAChildBroughtBackFromTheArchiveByAFileWaitsForAYes(t *testing.T) {
	for _, lang := range []string{"en", "cy", "pl"} {
		t.Run(lang, func(t *testing.T) {
			dir := t.TempDir()
			h, f := startSyncing(t, dir, screentest.Lang(lang),
				screentest.Child("Dylan", 2012, 5), screentest.Child("Amira", 2019, 1))
			amira := func() (archived bool) {
				kids, _ := h.Store.Children()
				for _, k := range kids {
					if k.Name == "Amira" {
						return k.Archived
					}
				}
				t.Fatal("no Amira")
				return false
			}
			kids, _ := h.Store.Children()
			for _, k := range kids {
				if k.Name == "Amira" {
					k.Archived = true
					must(t, h.Store.UpdateChild(k))
				}
			}
			for _, m := range []time.Duration{1, 2} {
				h.SetNow(folderDay.Add(m * time.Minute))
				f.Tick()
			}
			other := datatest.Open(t, datatest.At(folderDay.Add(2*time.Minute)))
			theirs := sharing.NewSyncer(other, dir, folderPass, "0.1.0").WithDebounce(0)
			theirs.Step(folderDay.Add(2 * time.Minute))
			h.SetNow(folderDay.Add(3 * time.Minute))
			f.Tick()
			theirKids, _ := other.Children()
			for _, k := range theirKids {
				if k.Name == "Amira" {
					k.Archived = false
					must(t, other.UpdateChild(k))
				}
			}
			theirs.Step(folderDay.Add(4 * time.Minute))
			h.SetNow(folderDay.Add(5 * time.Minute))
			f.Tick()
			if !amira() || !f.Pending() {
				t.Fatalf("Amira brought back without a question (archived %v, asked %v)", amira(), f.Pending())
			}
			h.Win.Resize(h.Win.Canvas().Size().AddWidthHeight(1, 0))
			would := h.Tr.T("folder.status.would_unarchive", map[string]any{"Count": 1})
			if !strings.Contains(strings.Join(screentest.Texts(h.Root()), "\n"), would) {
				t.Fatalf("Settings does not say the file would bring a child back: %q", screentest.Texts(h.Root()))
			}
			f.AskNow()
			dlg := h.Overlay()
			if dlg == nil {
				t.Fatal("no question")
			}
			said := h.Tr.T("folder.asks.unarchive_body", map[string]any{"Name": "Amira"})
			screentest.MustHaveText(t, dlg, said)
			screentest.MustHaveText(t, dlg, "• "+h.Tr.T("sharing.detail.unarchived", map[string]any{"Name": "Amira"}))
			// This computer's version says she is archived; the file's does not.
			archived := h.Tr.T("folder.asks.archived", map[string]any{"Name": "Amira"})
			var sides []string
			for _, text := range screentest.Texts(dlg) {
				if strings.HasPrefix(text, "Amira\n") {
					sides = append(sides, text)
				}
			}
			if len(sides) != 2 || !strings.Contains(sides[0], archived) || strings.Contains(sides[1], archived) {
				t.Fatalf("the two versions do not say which is archived: %q", sides)
			}
			keep := h.Tr.T("folder.asks.keep_archived", map[string]any{"Name": "Amira"})
			var groups int
			for _, g := range screentest.Find[*widget.RadioGroup](dlg) {
				if slices.Contains(g.Options, h.Tr.T("folder.asks.unarchive", map[string]any{"Name": "Amira"})) {
					groups++
					if g.Selected != keep {
						t.Fatalf("the choice starts on %q, want %q", g.Selected, keep)
					}
				}
			}
			if groups != 1 {
				t.Fatalf("%d choices to bring Amira back, want one", groups)
			}
			if dir := os.Getenv("FOS_SHOT_DIR"); dir != "" {
				shot, err := os.Create(filepath.Join(dir, "unarchive-"+lang+".png"))
				must(t, err)
				must(t, png.Encode(shot, h.Win.Canvas().Capture()))
				must(t, shot.Close())
			}
			test.Tap(screentest.Button(t, dlg, h.Tr.T("folder.asks.use")))
			if !amira() {
				t.Fatal("Amira brought back though the carer kept her archived")
			}
		})
	}
}
