package sharing_test

import (
	"fmt"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"family-online-safety/data"
	"family-online-safety/data/datatest"
	"family-online-safety/screens/children"
	"family-online-safety/screens/screentest"
)

// A handover pack started from the child's screen carries that child
// without the concern log (unticked by default), and arrives in the
// other home as a new child.
func TestAHandoverPackFromTheChildsScreenLeavesTheConcernLogUnlessTicked(t *testing.T) {
	h, a := home(t, "cy")
	if _, err := h.Store.AddChild(data.Child{Name: "Dylan", BirthYear: 2018, BirthMonth: 9}); err != nil {
		t.Fatal(err)
	}
	kids, _ := h.Store.Children()
	var seren data.Child
	for _, k := range kids {
		if k.Name == "Seren" {
			seren = k
		}
	}
	if _, err := h.Store.AddConcern(data.Concern{ChildID: seren.ID, Date: day, Happened: "a message from a stranger"}); err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"Refuge worker", "Nain"} {
		if _, err := h.Store.AddContact(data.Contact{Name: name, Phone: "01234 567890"}); err != nil {
			t.Fatal(err)
		}
	}
	h.Show(children.New(h.Env(), h.Store, h.Win, h.Actions).WithHandover(a.ui).Focus(seren.ID, 0).View())
	h.Tap(h.Tr.T("sharing.pack.button"))
	a.shows("sharing.pack.title", map[string]any{"Name": "Seren"})
	a.shows("sharing.pack.why")
	a.shows("sharing.contacts.body")
	for _, c := range screentest.Find[*widget.Check](h.Overlay()) {
		if c.Checked {
			t.Fatalf("%q is ticked by default", c.Text)
		}
		if strings.HasPrefix(c.Text, "Nain · ") {
			c.SetChecked(true) // only Nain goes
		}
	}
	a.typeIn(secret)
	a.tap("sharing.export.save")
	a.tap("sharing.ok")

	b := newCarer(h, datatest.Open(t, datatest.At(day)), a.path)
	b.openFile(secret)
	b.shows("sharing.summary.pack", map[string]any{"Name": "Seren"})
	b.tap("sharing.apply")
	got, _ := b.store.Children()
	if len(got) != 1 || got[0].Name != "Seren" {
		t.Fatalf("children %+v, want Seren alone", got)
	}
	if log, _ := b.store.Concerns(got[0].ID); len(log) != 0 {
		t.Fatal("the concern log went without being ticked")
	}
	if notes, _ := b.store.AppNotes(got[0].ID); len(notes) != 2 {
		t.Fatalf("app notes %+v", notes)
	}
	if contacts, _ := b.store.Contacts(); len(contacts) != 1 || contacts[0].Name != "Nain" {
		t.Fatalf("contacts %+v, want only the one ticked", contacts)
	}
}

// What the agreement here has no room for is named in the summary.
func TestTheSummarySaysWhatWillNotFit(t *testing.T) {
	h, a := home(t, "en")
	b := newCarer(h, datatest.Open(t, datatest.At(day)), a.path)
	for i := range data.MaxItems {
		if _, err := b.store.AddItem(data.ListRules, fmt.Sprintf("Rule %d", i)); err != nil {
			t.Fatal(err)
		}
	}
	a.export()
	b.openFile(secret)
	b.shows("sharing.notfit.title")
	b.shows("sharing.notfit.body", map[string]any{"Items": data.MaxItems, "Times": data.MaxWindows})
	screentest.MustHaveText(t, h.Overlay(), "Phones charge downstairs")
	test.Tap(screentest.Button(t, h.Overlay(), h.Tr.T("sharing.cancel")))
}
