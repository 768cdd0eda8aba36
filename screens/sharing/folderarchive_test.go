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

// Another home's file that archives a child (hides them) waits for a yes
// like a placement change; the question says the child would be archived,
// kept and hidden, not deleted. Refused, the child stays in view.
func TestArchivingAChildFromTheFolderWaitsForAYes(t *testing.T) {
	for _, lang := range []string{"en", "cy", "pl"} {
		t.Run(lang, func(t *testing.T) {
			dir := t.TempDir()
			h, f := startSyncing(t, dir, screentest.Lang(lang),
				screentest.Child("Dylan", 2012, 5), screentest.Child("Amira", 2019, 1))
			for _, m := range []time.Duration{1, 2} {
				h.SetNow(folderDay.Add(m * time.Minute))
				f.Tick()
			}
			other := datatest.Open(t, datatest.At(folderDay.Add(2*time.Minute)))
			theirs := sharing.NewSyncer(other, dir, folderPass, "0.1.0").WithDebounce(0)
			theirs.Step(folderDay.Add(2 * time.Minute))
			h.SetNow(folderDay.Add(3 * time.Minute))
			f.Tick()
			kids, _ := other.Children()
			for _, k := range kids {
				if k.Name == "Amira" {
					k.Archived = true
					if err := other.UpdateChild(k); err != nil {
						t.Fatal(err)
					}
				}
			}
			theirs.Step(folderDay.Add(4 * time.Minute))
			h.SetNow(folderDay.Add(5 * time.Minute))
			f.Tick()
			if h.Overlay() != nil || !f.Pending() {
				t.Fatal("the question popped up over the screen, or no question waits")
			}
			f.AskNow()
			dlg := h.Overlay()
			if dlg == nil {
				t.Fatal("no question for a child archived from outside")
			}
			screentest.MustHaveText(t, dlg, h.Tr.T("folder.asks.archived", map[string]any{"Name": "Amira"}))
			if screentest.HasText(dlg, h.Tr.T("folder.asks.keeps_records", map[string]any{"Name": "Amira"})) {
				t.Fatal("the question says the file removes Amira's records; it only archives her")
			}
			chosen := 0
			for _, g := range screentest.Find[*widget.RadioGroup](dlg) {
				if slices.Contains(g.Options, h.Tr.T("folder.asks.archive")) {
					g.SetSelected(h.Tr.T("folder.asks.keep_here"))
					chosen++
				}
			}
			if chosen != 1 {
				t.Fatalf("%d archive choices, want one", chosen)
			}
			test.Tap(screentest.Button(t, dlg, h.Tr.T("folder.asks.use")))
			kept, _ := h.Store.Children()
			for _, k := range kept {
				if k.Archived {
					t.Fatalf("%s archived though the carer said no", k.Name)
				}
			}
		})
	}
}

// The other home deletes Dylan, and with him his concern entry: he is
// archived here instead, if the carer says so, and the question says the
// file removes his records too, which stay with him whatever is chosen.
func TestAChildRemovedWithTheirConcernsSaysTheRecordsStay(t *testing.T) {
	for _, lang := range []string{"en", "cy", "pl"} {
		t.Run(lang, func(t *testing.T) {
			dir := t.TempDir()
			h, f := startSyncing(t, dir, screentest.Lang(lang),
				screentest.Child("Dylan", 2012, 5), screentest.Child("Amira", 2019, 1))
			var dylan data.Child
			kids, _ := h.Store.Children()
			for _, k := range kids {
				if k.Name == "Dylan" {
					dylan = k
				}
			}
			_, err := h.Store.AddConcern(data.Concern{ChildID: dylan.ID, Date: folderDay, Happened: "Upset after a contact call"})
			must(t, err)
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
				if k.Name == "Dylan" {
					must(t, other.DeleteChild(k.ID))
				}
			}
			theirs.Step(folderDay.Add(4 * time.Minute))
			h.SetNow(folderDay.Add(5 * time.Minute))
			f.Tick()
			f.AskNow()
			dlg := h.Overlay()
			if dlg == nil {
				t.Fatal("no question for a child removed from outside")
			}
			screentest.MustHaveText(t, dlg, h.Tr.T("folder.asks.keeps_records", map[string]any{"Name": "Dylan"}))
			test.Tap(screentest.Button(t, dlg, h.Tr.T("folder.asks.use")))
			if log, _ := h.Store.Concerns(dylan.ID); len(log) != 1 {
				t.Fatalf("Dylan's concern log after the answer: %+v", log)
			}
		})
	}
}
