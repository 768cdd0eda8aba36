package sharing_test

import (
	"testing"
	"time"

	"family-online-safety/data"
	"family-online-safety/data/datatest"
	"family-online-safety/screens/screentest"
	"family-online-safety/sharing"
)

// The other home removes Dr Jones: the question's summary names the
// contact it would remove, with the number, not only "Removed: 1". In
// en, cy and pl.
func TestTheSummaryNamesAContactTheFileRemoves(t *testing.T) {
	for _, lang := range []string{"en", "cy", "pl"} {
		t.Run(lang, func(t *testing.T) {
			dir := t.TempDir()
			h, f := startSyncing(t, dir, screentest.Lang(lang), screentest.Child("Dylan", 2012, 5), screentest.Child("Amira", 2019, 1))
			for _, c := range []data.Contact{{Name: "Nain", Phone: "01234 567890"}, {Name: "Dr Jones", Role: data.RoleGP, Phone: "01632 960999"}} {
				_, err := h.Store.AddContact(c)
				must(t, err)
			}
			at := func(m time.Duration) time.Time { return folderDay.Add(m * time.Minute) }
			for _, m := range []time.Duration{1, 2} {
				h.SetNow(at(m))
				f.Tick()
			}
			other := datatest.Open(t, datatest.At(at(2)))
			theirs := sharing.NewSyncer(other, dir, folderPass, "0.1.0").WithDebounce(0)
			theirs.Step(at(2))
			h.SetNow(at(3))
			f.Tick()
			list, _ := other.Contacts()
			for _, c := range list {
				if c.Name == "Dr Jones" {
					must(t, other.DeleteContact(c.ID))
				}
			}
			theirs.Step(at(4))
			h.SetNow(at(5))
			f.Tick()
			if !f.Pending() {
				t.Fatal("no question about the contact removed")
			}
			f.AskNow()
			if h.Overlay() == nil {
				t.Fatal("no question")
			}
			screentest.MustHaveText(t, h.Overlay(), "• "+h.Tr.T("sharing.detail.contact_removed", map[string]any{"Who": "Dr Jones (01632 960999)"}))
		})
	}
}
