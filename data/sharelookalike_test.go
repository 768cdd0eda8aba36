package data

import (
	"encoding/json"
	"slices"
	"testing"
)

// A new contact from the other home asks first when it goes by the name
// of one here (any case or spacing) or by its role and organisation, with
// another phone or email; an unrelated one, or the same name with the same
// number, comes in. Refused (the default shown), the look-alikes stay out
// and the same file does not ask about them again.
func TestALookAlikeContactAsksFirstAndItsRefusalHolds(t *testing.T) {
	t.Parallel()
	a, b, _ := twoHomes(t)
	if _, err := a.AddContact(Contact{Name: "Mrs Hughes, Greenfield School", Role: RoleSchool, Phone: "01632 960111"}); err != nil {
		t.Fatal(err)
	}
	met(t, a, b)
	moveOn(a, b, 5)
	for _, c := range []Contact{
		{Name: "MRS HUGHES ,greenfield school", Role: RoleSchool, Phone: "07700 900667"},   // same name, another number
		{Name: "Mr Price, Greenfield  School", Role: RoleSchool, Email: "dsl@example.org"}, // same role and organisation
		{Name: "Nain", Phone: "01234 567890"},                                              // the same number: no look-alike
		{Name: "Dr Jones, Bryn Surgery", Role: RoleGP, Phone: "01632 960999"},              // no one here
	} {
		if _, err := b.AddContact(c); err != nil {
			t.Fatal(err)
		}
	}
	plan, f := planOf(t, a, b)
	var asked, added []string
	choices := map[string]Resolution{}
	for _, c := range plan {
		if c.Section != "contacts" || c.Kind != Added {
			continue
		}
		var theirs Contact
		if err := json.Unmarshal(c.rec.Value, &theirs); err != nil {
			t.Fatal(err)
		}
		if added = append(added, theirs.Name); c.Asks {
			if !c.LookAlike || c.Mine == nil {
				t.Fatalf("%q asks, but not as a look-alike of a contact here: %+v", theirs.Name, c)
			}
			asked = append(asked, theirs.Name)
			choices[c.UID] = KeepMine
		}
	}
	slices.Sort(asked)
	if want := []string{"MRS HUGHES ,greenfield school", "Mr Price, Greenfield  School"}; !slices.Equal(asked, want) || len(added) != 4 {
		t.Fatalf("asked about %q of %q, want %q", asked, added, want)
	}
	moveOn(a, b, 6)
	if _, err := a.ApplyShared(f, ImportMerge, choices); err != nil {
		t.Fatal(err)
	}
	if list, _ := a.Contacts(); len(list) != 4 {
		t.Fatalf("contacts %+v, want Nain twice, Mrs Hughes once, Dr Jones (the look-alikes refused)", list)
	}
	again, err := a.PlanShared(f, ImportMerge)
	if err != nil {
		t.Fatal(err)
	}
	if slices.ContainsFunc(again, func(c Change) bool { return c.Section == "contacts" && (c.Asks || c.Kind != 0) }) {
		t.Fatalf("the refused look-alikes are asked about, or taken, again: %+v", again)
	}
}

// A hostile home plants its own number under a professional's name with a
// small change to it: words added ("Ms Grant (new number)", "Ms Grant
// SW"), punctuation ("Ms. Grant"), the name cut short ("Grant, social
// worker" is within no name, but "Jo Bell (refuge)" holds "Jo Bell"), or
// the same professional role and surname ("Mrs J. Grant", social worker).
// Each asks first as a look-alike; a relative who shares a surname, or an
// unrelated name, comes in without a question.
func TestAContactNamedLikeOneHereWithWordsAddedAsksFirst(t *testing.T) {
	t.Parallel()
	a, b, _ := twoHomes(t)
	for _, c := range []Contact{{Name: "Ms Grant", Role: RoleSocialWorker, Phone: "07700 900500"},
		{Name: "Jo Bell", Role: RoleOther, Phone: "0808 2000 247"}, {Name: "Nain Jones", Role: RoleOther, Phone: "01234 567890"}} {
		if _, err := a.AddContact(c); err != nil {
			t.Fatal(err)
		}
	}
	met(t, a, b)
	moveOn(a, b, 5)
	planted := []Contact{
		{Name: "Ms Grant (new number)", Role: RoleSocialWorker, Phone: "07700 900668"},
		{Name: "Ms. Grant", Phone: "07700 900669"},
		{Name: "Ms Grant SW", Role: RoleOther, Phone: "07700 900670"},
		{Name: "Mrs J. Grant", Role: RoleSocialWorker, Phone: "07700 900671"},
		{Name: "Jo Bell (refuge)", Role: RoleOther, Phone: "07700 900672"},
	}
	welcome := []Contact{
		{Name: "Taid Jones", Role: RoleOther, Phone: "01234 567891"},            // a relative: same surname, not a professional
		{Name: "Dr Granton, Bryn Surgery", Role: RoleGP, Phone: "01632 960999"}, // no one here
		{Name: "Jo", Phone: "07700 900673"},                                     // too short to say
	}
	for _, c := range append(slices.Clone(planted), welcome...) {
		if _, err := b.AddContact(c); err != nil {
			t.Fatal(err)
		}
	}
	plan, _ := planOf(t, a, b)
	var asked []string
	for _, c := range plan {
		var theirs Contact
		if c.Section != "contacts" || c.Kind != Added || json.Unmarshal(c.rec.Value, &theirs) != nil {
			continue
		}
		if c.Asks != c.LookAlike {
			t.Fatalf("%q: asks %v, look-alike %v", theirs.Name, c.Asks, c.LookAlike)
		}
		if c.Asks {
			asked = append(asked, theirs.Name)
		}
	}
	var want []string
	for _, c := range planted {
		want = append(want, c.Name)
	}
	slices.Sort(asked)
	slices.Sort(want)
	if !slices.Equal(asked, want) {
		t.Fatalf("asked about %q, want %q", asked, want)
	}
}
