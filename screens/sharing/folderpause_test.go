package sharing_test

import (
	"bytes"
	"os"
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

// A family already syncing with no passphrase of its own, where a child
// becomes a foster or kinship placement (ticked here, or taken in from
// the other home), pauses: Settings says so plainly, this computer's file
// is not written and the other home's is not taken in, until the family
// sets its passphrase; then syncing goes on by itself.
func TestAPlacementPausesSyncingUntilTheFamilyHasAPassphrase(t *testing.T) {
	for _, lang := range []string{"en", "cy", "pl"} {
		for _, where := range []string{"here", "taken in"} {
			t.Run(lang+" "+where, func(t *testing.T) {
				dir := t.TempDir()
				h, f := startSyncing(t, dir, screentest.Lang(lang), screentest.Child("Maya", 2012, 4), screentest.Child("Ava", 2021, 1))
				other := datatest.Open(t, datatest.At(folderDay.Add(time.Minute)))
				theirs := sharing.NewSyncer(other, dir, folderPass, "0.1.0").WithDebounce(0)
				theirs.Step(folderDay.Add(time.Minute))
				h.SetNow(folderDay.Add(2 * time.Minute))
				f.Tick()
				kids, _ := other.Children()
				for _, k := range kids {
					if k.Name == "Ava" && where == "taken in" {
						k.Placed = true
						datatest.Must(t, other.UpdateChild(k))
					}
				}
				theirs.Step(folderDay.Add(3 * time.Minute))
				if where == "here" {
					mine, _ := h.Store.Children()
					for _, k := range mine {
						if k.Name == "Ava" {
							k.Placed = true
							datatest.Must(t, h.Store.UpdateChild(k))
						}
					}
				}
				h.SetNow(folderDay.Add(4 * time.Minute))
				f.Tick()
				if where == "taken in" { // asked first; the carer opens the questions and takes it
					f.AskNow()
					for _, g := range screentest.Find[*widget.RadioGroup](h.Overlay()) {
						g.SetSelected(g.Options[0])
					}
					test.Tap(screentest.Button(t, h.Overlay(), h.Tr.T("folder.asks.use")))
				}
				h.SetNow(folderDay.Add(5 * time.Minute))
				f.Tick()
				h.Shows(h.Tr.T("folder.paused_placement"))
				own, err := os.ReadFile(ownFile(t, dir, h.Store))
				datatest.Must(t, err)
				datatest.Must1(t)(other.AddContact(data.Contact{Name: "Taid", Phone: "01632 960222"}))
				theirs.Step(folderDay.Add(6 * time.Minute))
				datatest.Must1(t)(h.Store.AddContact(data.Contact{Name: "Nain", Phone: "01632 960111"}))
				has := func(name string) bool {
					cs, _ := h.Store.Contacts()
					return slices.ContainsFunc(cs, func(c data.Contact) bool { return c.Name == name })
				}
				for m := 7; m < 10; m++ {
					h.SetNow(folderDay.Add(time.Duration(m) * time.Minute))
					f.Tick()
				}
				if now, _ := os.ReadFile(ownFile(t, dir, h.Store)); !bytes.Equal(own, now) {
					t.Error("this computer's file was written while paused")
				}
				if has("Taid") {
					t.Error("the other home's change was taken in while paused")
				}
				datatest.Must(t, h.Store.SetPassphrase("a long family passphrase for us"))
				for m := 10; m < 13; m++ {
					h.SetNow(folderDay.Add(time.Duration(m) * time.Minute))
					f.Tick()
				}
				if screentest.HasText(h.Root(), h.Tr.T("folder.paused_placement")) {
					t.Error("still paused with a family passphrase")
				}
				if !has("Taid") {
					t.Error("the other home's change was not taken in after the pause")
				}
			})
		}
	}
}
