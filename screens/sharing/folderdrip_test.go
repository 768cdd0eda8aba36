package sharing_test

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"
	"time"

	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"family-online-safety/data"
	"family-online-safety/data/datatest"
	"family-online-safety/screens/screentest"
	"family-online-safety/sharing"
)

// A hostile file dripping contacts in, 19 more at each rewrite: the
// first 19 come in, the next 19 wait for a yes as one question that
// says how many came in today already, starting on "Do not take them",
// in the carer's language. Refused, none of them comes in.
func TestContactsDrippedInAskOnceTheDayHasHadEnough(t *testing.T) {
	for _, lang := range []string{"en", "cy", "pl"} {
		t.Run(lang, func(t *testing.T) {
			dir := t.TempDir()
			h, f := startSyncing(t, dir, screentest.Lang(lang), screentest.Child("Maya", 2012, 4), screentest.Child("Ava", 2021, 1))
			at := func(m time.Duration) time.Time { return folderDay.Add(m * time.Minute) }
			h.SetNow(at(1))
			f.Tick()
			hostile := datatest.Open(t, datatest.At(at(1)))
			sharing.NewSyncer(hostile, dir, folderPass, "0.1.0").Step(at(1))
			drip := func(n int, when time.Time) {
				fam, err := hostile.ShareFamily(nil)
				must(t, err)
				for i := range n {
					fam.Records = append(fam.Records, data.SharedRecord{Section: "contacts",
						Stamp: data.Stamp{UID: fmt.Sprintf("d2%030x", i), Changed: at(1), Device: hostile.DeviceID()},
						Value: fmt.Appendf(nil, `{"name":"Drip %d"}`, i)})
				}
				out, err := os.Create(filepath.Join(dir, sharing.FolderFileName(hostile.DeviceID())))
				must(t, err)
				must(t, sharing.Export(out, fam, folderPass, "0.1.0", when, hostile.ShareCost()))
				must(t, out.Close())
			}
			drip(19, at(2))
			h.SetNow(at(2))
			f.Tick()
			if f.Pending() {
				t.Fatal("19 new contacts asked (one file may add 20 a day)")
			}
			drip(38, at(3))
			h.SetNow(at(3))
			f.Tick()
			if !f.Pending() {
				t.Fatal("19 more contacts on the same day came in without a question")
			}
			f.AskNow()
			screentest.MustHaveText(t, h.Overlay(), h.Tr.N("folder.asks.bulk_more", 19, map[string]any{"Before": 19}))
			for _, g := range screentest.Find[*widget.RadioGroup](h.Overlay()) {
				if g.Selected != h.Tr.T("folder.asks.bulk_refuse") {
					t.Fatalf("the question starts on %q", g.Selected)
				}
			}
			test.Tap(screentest.Button(t, h.Overlay(), h.Tr.T("folder.asks.use")))
			if cs, _ := h.Store.Contacts(); len(cs) != 19 {
				t.Fatalf("%d contacts here, want the first 19 only", len(cs))
			}
		})
	}
}
