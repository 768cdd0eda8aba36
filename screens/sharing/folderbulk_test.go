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

// A file in the shared folder that adds 4,900 contacts at once asks one
// question, in the carer's language, starting on "Do not take them";
// Apply alone takes none of them.
func TestAFloodOfContactsIsOneQuestionNotTakenByDefault(t *testing.T) {
	// Nearly a home's whole cap in English; in Welsh and Polish a smaller
	// flood, still well beyond what one file adds without a question, and
	// of the same plural form as 4,900 in that language.
	floods := map[string]int{"en": 4900, "cy": 60, "pl": 60}
	for _, lang := range []string{"en", "cy", "pl"} {
		t.Run(lang, func(t *testing.T) {
			dir := t.TempDir()
			h, f := startSyncing(t, dir, screentest.Lang(lang))
			at := func(m time.Duration) time.Time { return folderDay.Add(m * time.Minute) }
			h.SetNow(at(1))
			f.Tick()
			h.SetNow(at(2))
			f.Tick()
			hostile := datatest.Open(t, datatest.At(at(2)))
			hs := sharing.NewSyncer(hostile, dir, folderPass, "0.1.0").WithDebounce(0)
			hs.Step(at(2))
			fam, err := hostile.ShareFamily(nil)
			must(t, err)
			flood := floods[lang]
			for i := range flood {
				fam.Records = append(fam.Records, data.SharedRecord{Section: "contacts",
					Stamp: data.Stamp{UID: fmt.Sprintf("%032x", i+1), Changed: at(3), Device: hostile.DeviceID()},
					Value: fmt.Appendf(nil, `{"name":"Junk %d"}`, i)})
			}
			out, err := os.Create(filepath.Join(dir, sharing.FolderFileName(hostile.DeviceID())))
			must(t, err)
			must(t, sharing.Export(out, fam, folderPass, "0.1.0", at(3), hostile.ShareCost()))
			must(t, out.Close())
			h.SetNow(at(4))
			f.Tick()
			if !f.Pending() {
				t.Fatalf("%d new contacts came in without a question", flood)
			}
			f.AskNow()
			screentest.MustHaveText(t, h.Overlay(), h.Tr.N("folder.asks.bulk", flood))
			for _, g := range screentest.Find[*widget.RadioGroup](h.Overlay()) {
				if g.Selected != h.Tr.T("folder.asks.bulk_refuse") {
					t.Fatalf("the flood's question starts on %q", g.Selected)
				}
			}
			test.Tap(screentest.Button(t, h.Overlay(), h.Tr.T("folder.asks.use")))
			if cs, _ := h.Store.Contacts(); len(cs) != 0 {
				t.Fatalf("%d contacts taken in without a yes", len(cs))
			}
		})
	}
}
