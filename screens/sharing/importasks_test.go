package sharing_test

import (
	"bytes"
	"os"
	"slices"
	"testing"
	"time"

	"fyne.io/fyne/v2/widget"

	"family-online-safety/data"
	"family-online-safety/data/datatest"
	"family-online-safety/screens/screentest"
	"family-online-safety/sharing"
)

// A family file imported by hand that removes a contact and changes
// another's phone is shown in full first: both contacts named, the old
// and new number, each with its own choice starting on keeping what is
// here; Apply alone changes neither (en, cy); chosen, each is taken (pl).
func TestAHandImportShowsEachRemovalAndPhoneChangeWithItsChoice(t *testing.T) {
	for _, lang := range []string{"en", "cy", "pl"} {
		t.Run(lang, func(t *testing.T) {
			h, a := home(t, lang)
			for _, k := range []data.Child{{Name: "Maya", BirthYear: 2012, BirthMonth: 4}, {Name: "Leo", BirthYear: 2017, BirthMonth: 9}} {
				datatest.Must1(t)(h.Store.AddChild(k))
			}
			for _, c := range []data.Contact{{Name: "Mrs Hughes", Phone: "01632 960418"}, {Name: "Ms Grant", Phone: "01632 960111"}} {
				datatest.Must1(t)(h.Store.AddContact(c))
			}
			a.export() // sealed here: the other home's claims to have it count
			b := datatest.Open(t, datatest.At(day.Add(time.Hour)))
			sent, err := os.ReadFile(a.path)
			datatest.Must(t, err)
			in, _, err := sharing.Preview(b, bytes.NewReader(sent), secret, data.ImportNewFamily)
			datatest.Must(t, err)
			datatest.Must1(t)(sharing.Apply(b, in, data.ImportNewFamily, nil))
			cs, _ := b.Contacts()
			for _, c := range cs {
				if c.Name == "Mrs Hughes" {
					datatest.Must(t, b.DeleteContact(c.ID))
				} else {
					c.Phone = "07700 123123"
					datatest.Must(t, b.UpdateContact(c))
				}
			}
			var file bytes.Buffer
			datatest.Must(t, sharing.ExportFamily(&file, b, nil, secret, "0.1.0", day.Add(2*time.Hour)))
			datatest.Must(t, os.WriteFile(a.path, file.Bytes(), 0o600))

			a.openFile(secret)
			dlg := h.Overlay()
			for _, want := range []string{"Mrs Hughes", "Ms Grant", "01632 960111", "07700 123123",
				h.Tr.T("folder.asks.choices"), h.Tr.T("sharing.conflict.deleted")} {
				screentest.MustHaveText(t, dlg, want)
			}
			groups := screentest.Find[*widget.RadioGroup](dlg)
			if len(groups) != 2 {
				t.Fatalf("%d choices, want one for the removal and one for the phone", len(groups))
			}
			for _, g := range groups {
				if g.Selected != h.Tr.T("folder.asks.keep") && g.Selected != h.Tr.T("folder.asks.keep_here") && g.Selected != h.Tr.T("folder.asks.keep_placement") {
					t.Fatalf("%q starts on %q, not on keeping what is here", g.Options, g.Selected)
				}
			}
			if lang == "pl" { // taking both
				for _, g := range groups {
					g.SetSelected(g.Options[0])
				}
			}
			a.tap("sharing.apply")
			cs, _ = h.Store.Contacts()
			switch {
			case lang != "pl" && (len(cs) != 2 || !slices.ContainsFunc(cs, func(c data.Contact) bool { return c.Phone == "01632 960111" })):
				t.Fatalf("Apply alone changed the contacts: %+v", cs)
			case lang == "pl" && (len(cs) != 1 || cs[0].Name != "Ms Grant" || cs[0].Phone != "07700 123123"):
				t.Fatalf("after taking both: %+v", cs)
			}
		})
	}
}
