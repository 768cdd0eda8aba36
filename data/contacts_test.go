package data

import (
	"errors"
	"strings"
	"testing"
	"time"
)

func TestContactsRoundTrip(t *testing.T) {
	t.Parallel()
	s := openTemp(t)
	lead, err := s.AddContact(Contact{Name: "  Mrs Hughes ", Role: RoleSchool, Phone: "01632 960418", Email: "dsl@school.example.org"})
	if err != nil {
		t.Fatal(err)
	}
	if lead.ID == 0 || lead.Name != "Mrs Hughes" {
		t.Fatalf("saved %+v: want an id and a trimmed name", lead)
	}
	gp, err := s.AddContact(Contact{Name: "dr Okafor", Phone: "+44 (0)1632 960552"})
	if err != nil {
		t.Fatal(err)
	}
	if gp.Role != RoleOther {
		t.Fatalf("a contact with no role got %q, want other", gp.Role)
	}

	gp.Role = RoleGP
	gp.Notes = "Riverside Surgery, ask for the duty doctor"
	if err := s.UpdateContact(gp); err != nil {
		t.Fatal(err)
	}
	all, err := s.Contacts()
	if err != nil {
		t.Fatal(err)
	}
	if len(all) != 2 || all[0].Name != "dr Okafor" || all[0].Role != RoleGP || all[0].Notes == "" || all[1].ID != lead.ID {
		t.Fatalf("contacts = %+v, want dr Okafor (GP, with notes) then Mrs Hughes", all)
	}

	if err := s.DeleteContact(lead.ID); err != nil {
		t.Fatal(err)
	}
	if all, _ := s.Contacts(); len(all) != 1 {
		t.Fatalf("after delete: %+v", all)
	}
	if err := s.DeleteContact(lead.ID); !errors.Is(err, ErrNotFound) {
		t.Fatalf("deleting twice: %v", err)
	}
	if err := s.UpdateContact(lead); !errors.Is(err, ErrNotFound) {
		t.Fatalf("updating a deleted contact: %v", err)
	}

	// Undo puts it back with its old id, and a new contact never takes it.
	if err := s.RestoreContact(lead); err != nil {
		t.Fatal(err)
	}
	all, _ = s.Contacts()
	if len(all) != 2 || all[1] != lead {
		t.Fatalf("after undo: %+v, want %+v back", all, lead)
	}
	next, _ := s.AddContact(Contact{Name: "Out of hours", Role: RoleOutOfHours, Phone: "01632 960999"})
	if next.ID == lead.ID || next.ID == gp.ID {
		t.Fatalf("new contact reused id %d", next.ID)
	}
}

func TestContactValidation(t *testing.T) {
	t.Parallel()
	cases := []struct {
		name string
		c    Contact
		ok   bool
	}{
		{"name only", Contact{Name: "Social worker"}, true},
		{"full", Contact{Name: "A", Role: RoleSocialWorker, Phone: "07700 900123", Email: "a.b@council.example.gov.uk", Notes: "Mon–Fri"}, true},
		{"hyphens and dots", Contact{Name: "A", Phone: "1-800-422-4453"}, true},
		{"blank name", Contact{Name: "   ", Phone: "999"}, false},
		{"name too long", Contact{Name: strings.Repeat("ł", MaxContactName+1)}, false},
		{"unknown role", Contact{Name: "A", Role: "boss"}, false},
		{"letters in phone", Contact{Name: "A", Phone: "call me"}, false},
		{"too few digits", Contact{Name: "A", Phone: "12"}, false},
		{"plus in the middle", Contact{Name: "A", Phone: "0800+1111"}, false},
		{"email without @", Contact{Name: "A", Email: "school.example.org"}, false},
		{"email without a dot", Contact{Name: "A", Email: "a@localhost"}, false},
		{"email with a space", Contact{Name: "A", Email: "a b@example.org"}, false},
		{"notes too long", Contact{Name: "A", Notes: strings.Repeat("x", MaxContactNotes+1)}, false},
	}
	for _, c := range cases {
		err := c.c.Validate()
		if (err == nil) != c.ok {
			t.Errorf("%s: Validate() = %v, want ok=%v", c.name, err, c.ok)
		}
		if err != nil && !errors.Is(err, ErrInvalid) {
			t.Errorf("%s: error %v does not wrap ErrInvalid", c.name, err)
		}
	}
}

func TestInvalidContactIsNotSaved(t *testing.T) {
	t.Parallel()
	s := openTemp(t)
	if _, err := s.AddContact(Contact{Name: "GP", Phone: "not a number"}); !errors.Is(err, ErrInvalid) {
		t.Fatalf("AddContact with a bad phone: %v", err)
	}
	if err := s.RestoreContact(Contact{Name: "No id"}); !errors.Is(err, ErrInvalid) {
		t.Fatalf("RestoreContact without an id: %v", err)
	}
	if all, _ := s.Contacts(); len(all) != 0 {
		t.Fatalf("stored %+v", all)
	}
}

func TestDemoFamilyHasLocalContacts(t *testing.T) {
	t.Parallel()
	demo, err := OpenDemo(t.TempDir(), testOptions(at(time.Date(2026, 11, 23, 22, 0, 0, 0, time.UTC))), Settings{Region: "GB"})
	if err != nil {
		t.Fatal(err)
	}
	defer closeOK(t, demo)
	all, err := demo.Contacts()
	if err != nil || len(all) != len(demoContactsUK) {
		t.Fatalf("demo contacts = %+v, %v; want %d", all, err, len(demoContactsUK))
	}
	for _, c := range all {
		if !strings.HasPrefix(c.Phone, "01632 960") {
			t.Errorf("demo contact %q has %q: use Ofcom's drama range so no real phone rings", c.Name, c.Phone)
		}
	}
}
