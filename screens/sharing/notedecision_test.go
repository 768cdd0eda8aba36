package sharing_test

import (
	"bytes"
	"testing"
	"time"

	"family-online-safety/data"
	"family-online-safety/data/datatest"
	"family-online-safety/screens/screentest"
	"family-online-safety/sharing"
)

// An app note changed in both homes only in its decision (Allowed here,
// Not allowed there) shows the two decisions, not the same words twice.
func TestANoteConflictOnlyInTheDecisionShowsBothDecisions(t *testing.T) {
	for _, lang := range []string{"en", "cy", "pl"} {
		t.Run(lang, func(t *testing.T) {
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
			decide := func(s *data.Store, d data.Decision) {
				kids, _ := s.Children()
				notes, _ := s.AppNotes(kids[0].ID)
				for _, n := range notes {
					if n.Name == "Roblox" {
						n.Decision = d
						if err := s.UpdateAppNote(n); err != nil {
							t.Fatal(err)
						}
					}
				}
			}
			h.SetNow(day.Add(3 * time.Hour))
			decide(a.store, data.DecisionAllowed)
			store.SetClock(datatest.At(day.Add(2 * time.Hour)))
			decide(store, data.DecisionNotAllowed)
			b := newCarer(h, store, a.path)
			a.export()
			b.openFile(secret)
			b.tap("sharing.conflict.choose")
			over := b.h.Overlay()
			for _, d := range []string{"allowed", "not-allowed"} {
				screentest.MustHaveText(t, over, h.Tr.T("appnote.decision")+": "+h.Tr.T("appdecision."+d))
			}
		})
	}
}
