package sharing_test

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"family-online-safety/data"
	"family-online-safety/screens/screentest"
)

// With "The whole family" ticked every family contact goes, and the
// dialog shows them ticked and fixed; unticked, each contact is the
// carer's choice again, none ticked by default.
func TestTheWholeFamilyShowsEveryContactGoing(t *testing.T) {
	for _, lang := range []string{"en", "cy", "pl"} {
		t.Run(lang, func(t *testing.T) {
			h, a := home(t, lang)
			for _, name := range []string{"Refuge worker", "Nain"} {
				if _, err := h.Store.AddContact(data.Contact{Name: name, Phone: "01234 567890"}); err != nil {
					t.Fatal(err)
				}
			}
			h.Show(a.ui.Card())
			h.Tap(h.Tr.T("sharing.export.button"))
			checks := map[string]*widget.Check{}
			for _, c := range screentest.Find[*widget.Check](h.Overlay()) {
				checks[c.Text] = c
				if name, _, ok := strings.Cut(c.Text, " · "); ok { // a contact: its name, role and number
					checks[name] = c
				}
			}
			for _, name := range []string{"Refuge worker", "Nain"} {
				if c := checks[name]; c == nil || !c.Checked || !c.Disabled() {
					t.Fatalf("%s with the whole family: %+v, want ticked and fixed", name, c)
				}
			}
			test.Tap(checks[h.Tr.T("sharing.family")])
			for _, name := range []string{"Refuge worker", "Nain"} {
				if c := checks[name]; c.Checked || c.Disabled() {
					t.Fatalf("%s for chosen children: ticked %v, fixed %v; want a free choice, unticked", name, c.Checked, c.Disabled())
				}
			}
		})
	}
}

// A contact planted under a professional's name ("Ms Grant (new number)")
// is told apart in the list of contacts to send by its role and number:
// each tick names the name, the role and the phone or email.
func TestTheContactsToSendNameTheirRoleAndNumber(t *testing.T) {
	for _, lang := range []string{"en", "cy", "pl"} {
		t.Run(lang, func(t *testing.T) {
			h, a := home(t, lang)
			for _, c := range []data.Contact{{Name: "Ms Grant", Role: data.RoleSocialWorker, Phone: "07700 900500"},
				{Name: "Ms Grant (new number)", Role: data.RoleSocialWorker, Phone: "07700 900668"},
				{Name: "Jo Bell", Role: data.RoleOther, Email: "jo@example.org"}} {
				if _, err := h.Store.AddContact(c); err != nil {
					t.Fatal(err)
				}
			}
			h.Show(a.ui.Card())
			h.Tap(h.Tr.T("sharing.export.button"))
			social, other := h.Tr.T("helpui.role.social-worker"), h.Tr.T("helpui.role.other")
			for _, want := range []string{"Ms Grant · " + social + " · 07700 900500",
				"Ms Grant (new number) · " + social + " · 07700 900668", "Jo Bell · " + other + " · jo@example.org"} {
				screentest.MustHaveText(t, h.Overlay(), want)
			}
		})
	}
}
