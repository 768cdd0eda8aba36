package sharing_test

import (
	"testing"
	"time"

	"family-online-safety/data"
	"family-online-safety/data/datatest"
	"family-online-safety/screens/screentest"
)

// The other home renames Seren and changes her notes and her month of
// birth, and renames a contact: the summary names each change under
// Seren's details and under the contacts, not only "Changed: 1". In en,
// cy and pl.
func TestTheSummaryNamesWhatChangesInAChildsDetailsAndAContact(t *testing.T) {
	for _, lang := range []string{"en", "cy", "pl"} {
		t.Run(lang, func(t *testing.T) {
			h, a := home(t, lang)
			_, err := h.Store.AddContact(data.Contact{Name: "Ms Grant", Role: data.RoleSocialWorker, Phone: "07700 900500"})
			must(t, err)
			a.export()
			b := newCarer(h, datatest.Open(t, datatest.At(day.Add(time.Hour))), a.path)
			b.openFile(secret)
			b.tap("sharing.apply")
			b.tap("sharing.ok")

			h.SetNow(day.Add(2 * time.Hour))
			kids, _ := h.Store.Children()
			seren := kids[0]
			seren.Name, seren.Notes, seren.BirthMonth = "Seren Mai", "Year 5, loves drawing", 4
			must(t, h.Store.UpdateChild(seren))
			list, _ := h.Store.Contacts()
			list[0].Name = "Ms Grant, social worker"
			must(t, h.Store.UpdateContact(list[0]))
			a.export()
			b.openFile(secret)
			b.shows("sharing.summary.title")
			for key, args := range map[string]map[string]any{
				"sharing.detail.child_renamed":   {"Old": "Seren", "New": "Seren Mai"},
				"sharing.detail.child_notes":     {"Name": "Seren Mai", "New": "Year 5, loves drawing"},
				"sharing.detail.child_born":      {"Name": "Seren Mai"},
				"sharing.detail.contact_renamed": {"Old": "Ms Grant", "New": "Ms Grant, social worker"},
			} {
				screentest.MustHaveText(t, h.Overlay(), "• "+h.Tr.T(key, args))
			}
		})
	}
}
