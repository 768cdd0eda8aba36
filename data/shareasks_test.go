package data

import "testing"

// Each change from outside that waits for a yes is answered on its own:
// a removal refused keeps the record here (and is not asked about again
// for that version, and goes back to the other home), while another
// accepted in the same file is carried out.
func TestEachChangeThatAsksIsAcceptedOrRefusedOnItsOwn(t *testing.T) {
	t.Parallel()
	a, b, seren := twoHomes(t)
	if _, err := a.AddContact(Contact{Name: "Taid", Role: RoleOther, Phone: "01234 000111"}); err != nil {
		t.Fatal(err)
	}
	met(t, a, b)
	moveOn(a, b, 5)
	contacts, _ := b.Contacts()
	byName := map[string]Contact{}
	for _, c := range contacts {
		byName[c.Name] = c
	}
	taid := byName["Taid"]
	taid.Phone = "07700 900555"
	bs := mustChildNamed(t, b, "Seren")
	notes, _ := b.AppNotes(bs.ID)
	for _, err := range []error{b.DeleteContact(byName["Nain"].ID), b.UpdateContact(taid), b.DeleteAppNote(bs.ID, notes[0].ID)} {
		if err != nil {
			t.Fatal(err)
		}
	}
	plan, f := planOf(t, a, b)
	choices := map[string]Resolution{}
	asked := 0
	for _, c := range plan {
		if !c.Asks {
			continue
		}
		asked++
		if c.Section == "contacts" && c.Kind == Removed || c.Section == "app_notes" {
			choices[c.UID] = KeepMine // refuse the removals, take the phone
		}
	}
	if asked != 3 {
		t.Fatalf("%d changes ask first, want 3: %+v", asked, plan)
	}
	moveOn(a, b, 6)
	if _, err := a.ApplyShared(f, ImportMerge, choices); err != nil {
		t.Fatal(err)
	}
	phones := map[string]string{}
	list, _ := a.Contacts()
	for _, c := range list {
		phones[c.Name] = c.Phone
	}
	if len(list) != 2 || phones["Nain"] != "01234 567890" || phones["Taid"] != "07700 900555" {
		t.Fatalf("contacts %+v, want Nain kept as refused and Taid's new phone taken", list)
	}
	if kept, _ := a.AppNotes(seren.ID); len(kept) != 1 {
		t.Fatalf("notes %+v, want the note kept as refused", kept)
	}
	if again, _ := a.PlanShared(f, ImportMerge); len(again) != 0 {
		t.Fatalf("the same file asks again: %+v", again)
	}
	for h := range 2 {
		moveOn(a, b, 7+h)
		met(t, a, b)
	}
	if back, _ := b.Contacts(); len(back) != 2 {
		t.Fatalf("the other home's contacts %+v, want Nain back as this home kept her", back)
	}
	if back, _ := b.AppNotes(bs.ID); len(back) != 1 {
		t.Fatalf("the other home's notes %+v, want the note back", back)
	}
}
