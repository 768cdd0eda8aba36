package data

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"
	"time"

	"family-online-safety/content"
)

var shareDay = time.Date(2026, 11, 2, 10, 0, 0, 0, time.UTC)

// viaFile passes a shared family through JSON, as a file would.
func viaFile(t *testing.T, f SharedFamily) SharedFamily {
	t.Helper()
	b, err := json.Marshal(f)
	if err != nil {
		t.Fatal(err)
	}
	var out SharedFamily
	if err := json.Unmarshal(b, &out); err != nil {
		t.Fatal(err)
	}
	return out
}

// sharingFamily is two children with a note, a concern, a talk about an
// own starter and their limits, a contact and a rule.
func sharingFamily(t *testing.T) (*Store, Child, Child) {
	t.Helper()
	s := openTemp(t, at(shareDay))
	seren, dylan := addKid(t, s, "Seren"), addKid(t, s, "Dylan")
	must := func(err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}
	_, err := s.AddAppNote(AppNote{ChildID: seren.ID, Name: "Roblox", Decision: DecisionNotYet})
	must(err)
	_, err = s.AddConcern(Concern{ChildID: dylan.ID, Date: shareDay, Happened: "a message from a stranger"})
	must(err)
	own, err := s.AddOwnStarter(OwnStarter{Question: "Who do you game with?", Bands: []content.Band{content.Band8to10}, Topic: content.TopicGames})
	must(err)
	_, err = s.MarkDiscussed(Discussion{ChildID: seren.ID, StarterID: own.StarterID(), Date: shareDay.Format(DateLayout)})
	must(err)
	must(s.SetFavourite(own.StarterID(), true))
	_, err = s.AddContact(Contact{Name: "Nain", Role: RoleOther, Phone: "01234 567890"})
	must(err)
	must(s.SetLimit(seren.ID, 0, Limit{Set: true, Minutes: 60}))
	must(s.SetLimit(dylan.ID, 0, Limit{Set: true, Minutes: 90}))
	_, err = s.AddItem(ListRules, "Phones charge downstairs")
	must(err)
	return s, seren, dylan
}

func TestANewFamilyFromASharedFileHasEverythingAndTheSameStableIDs(t *testing.T) {
	t.Parallel()
	a, _, _ := sharingFamily(t)
	f, err := a.ShareFamily(nil)
	if err != nil {
		t.Fatal(err)
	}
	b := openTemp(t, at(shareDay.Add(time.Hour)))
	addKid(t, b, "Someone else")
	if _, err := b.ApplyShared(viaFile(t, f), ImportNewFamily, nil); err != nil {
		t.Fatal(err)
	}
	kids := byName(t, b, "Seren", "Dylan")
	notes, _ := b.AppNotes(kids[0].ID)
	concerns, _ := b.Concerns(kids[1].ID)
	talks, _ := b.Discussions(kids[0].ID)
	own, _ := b.OwnStarters()
	marks, _ := b.StarterMarks()
	if len(notes) != 1 || len(concerns) != 1 || len(talks) != 1 || len(own) != 1 {
		t.Fatalf("notes %v concerns %v talks %v own %v", notes, concerns, talks, own)
	}
	if talks[0].StarterID != own[0].StarterID() || !marks[own[0].StarterID()].Favourite {
		t.Fatalf("the talk %q and mark %v do not name the own starter %q", talks[0].StarterID, marks, own[0].StarterID())
	}
	ag, _ := b.Agreement()
	if ag.Limits[kids[0].ID][0].Minutes != 60 || ag.Limits[kids[1].ID][0].Minutes != 90 || len(ag.Rules) != 1 {
		t.Fatalf("agreement %+v", ag)
	}
	sa, _ := a.Stamps()
	sb, _ := b.Stamps()
	inB := map[string]StampedKey{}
	for k, st := range sb {
		inB[st.UID] = k
	}
	for k, st := range sa {
		if k.Bucket == "settings" || k.Bucket == "agreement" {
			continue
		}
		if at, ok := inB[st.UID]; !ok || at.Bucket != k.Bucket || !sb[at].Changed.Equal(st.Changed) || sb[at].Device != st.Device {
			t.Errorf("%s record %s arrived as %v %+v", k.Bucket, st.UID, at, sb[at])
		}
	}
	if got, want := familyID(t, b), familyID(t, a); got != want {
		t.Errorf("family id %s, want the shared family's %s", got, want)
	}
	if list, _ := b.Backups(); len(list) != 1 || (list[0].Kind != BackupImport && list[0].Kind != BackupBeforeRemoval) {
		t.Errorf("backups %+v, want one made before the import", list)
	}
}

// byName is the store's children, in the order of names.
func byName(t *testing.T, s *Store, names ...string) []Child {
	t.Helper()
	kids, _ := s.Children()
	var out []Child
	for _, n := range names {
		for _, k := range kids {
			if k.Name == n {
				out = append(out, k)
			}
		}
	}
	if len(out) != len(names) || len(kids) != len(names) {
		t.Fatalf("children %+v, want %v", kids, names)
	}
	return out
}

func familyID(t *testing.T, s *Store) string {
	t.Helper()
	var id string
	must(t, s.db.View(func(tx txn) error { id = string(tx.Bucket(bucketMeta).Get(keyFamilyID)); return nil }))
	return id
}

func TestChosenChildrenAreSharedWithoutTheOthers(t *testing.T) {
	t.Parallel()
	a, seren, _ := sharingFamily(t)
	f, err := a.ShareFamily([]ID{seren.ID})
	if err != nil {
		t.Fatal(err)
	}
	b := openTemp(t, at(shareDay))
	if _, err := b.ApplyShared(viaFile(t, f), ImportNewFamily, nil); err != nil {
		t.Fatal(err)
	}
	kids, _ := b.Children()
	if len(kids) != 1 || kids[0].Name != "Seren" {
		t.Fatalf("children %+v", kids)
	}
	ag, _ := b.Agreement()
	if len(ag.Limits) != 1 {
		t.Fatalf("limits of %d children, want Seren's only", len(ag.Limits))
	}
	for _, r := range f.Records {
		if r.Section == "concerns" {
			t.Fatal("Dylan's concern was shared")
		}
	}
}

func TestMergeTakesOneSidedChangesAndNeverLosesAConcern(t *testing.T) {
	t.Parallel()
	a, seren, dylan := sharingFamily(t)
	first, _ := a.ShareFamily(nil)
	b := openTemp(t, at(shareDay.Add(time.Hour)))
	if _, err := b.ApplyShared(viaFile(t, first), ImportNewFamily, nil); err != nil {
		t.Fatal(err)
	}
	// Later, each side changes something.
	a.SetClock(at(shareDay.Add(2 * time.Hour)))
	seren.Notes = "Year 4"
	if err := a.UpdateChild(seren); err != nil {
		t.Fatal(err)
	}
	notes, _ := a.AppNotes(seren.ID)
	if err := a.DeleteAppNote(seren.ID, notes[0].ID); err != nil {
		t.Fatal(err)
	}
	dc, _ := a.Concerns(dylan.ID)
	if err := a.DeleteConcern(dylan.ID, dc[0].ID); err != nil {
		t.Fatal(err)
	}
	b.SetClock(at(shareDay.Add(3 * time.Hour)))
	contacts, _ := b.Contacts()
	contacts[0].Notes = "school run on Tuesdays"
	if err := b.UpdateContact(contacts[0]); err != nil {
		t.Fatal(err)
	}
	second, _ := a.ShareFamily(nil)
	plan, err := b.PlanShared(viaFile(t, second), ImportMerge)
	if err != nil {
		t.Fatal(err)
	}
	kinds := map[string]ChangeKind{}
	for _, c := range plan {
		kinds[c.Section] = c.Kind
	}
	want := map[string]ChangeKind{"children": Changed, "app_notes": Removed}
	for sec, k := range want {
		if kinds[sec] != k {
			t.Errorf("%s: %v, want %v (plan %+v)", sec, kinds[sec], k, kinds)
		}
	}
	if _, ok := kinds["concerns"]; ok {
		t.Error("a concern would be removed: the log is never cut")
	}
	if _, ok := kinds["agreement"]; ok {
		t.Error("the agreement, changed on neither side, would change")
	}
	if _, ok := kinds["contacts"]; ok {
		t.Error("the contact changed only here would be overwritten")
	}
	if _, err := b.ApplyShared(viaFile(t, second), ImportMerge, nil); err != nil {
		t.Fatal(err)
	}
	kids := byName(t, b, "Seren", "Dylan")
	bn, _ := b.AppNotes(kids[0].ID)
	bc, _ := b.Concerns(kids[1].ID)
	bcontacts, _ := b.Contacts()
	if kids[0].Notes != "Year 4" || len(bn) != 0 || len(bc) != 1 || bcontacts[0].Notes != "school run on Tuesdays" {
		t.Fatalf("after the merge: %+v notes %v concerns %v contacts %v", kids[0], bn, bc, bcontacts)
	}
}

func TestAFileThatDoesNotFitIsRefusedAndNothingChanges(t *testing.T) {
	t.Parallel()
	a, _, _ := sharingFamily(t)
	good, _ := a.ShareFamily(nil)
	cases := map[string]func(f *SharedFamily){
		"unknown section": func(f *SharedFamily) { f.Records[0].Section = "passwords" },
		"no stable id":    func(f *SharedFamily) { f.Records[0].UID = "" },
		"a child born in 1800": func(f *SharedFamily) {
			for i, r := range f.Records {
				if r.Section == "children" {
					f.Records[i].Value = json.RawMessage(`{"name":"X","birth_year":1800,"birth_month":1}`)
				}
			}
		},
		"content that is not a record": func(f *SharedFamily) {
			f.Records[len(f.Records)-1].Value = json.RawMessage(`[1,2]`)
		},
		"a note without its child": func(f *SharedFamily) {
			for i, r := range f.Records {
				if r.Section == "app_notes" {
					f.Records[i].Child = ""
				}
			}
		},
		"no family id": func(f *SharedFamily) { f.FamilyID = "" },
		"one stable id twice": func(f *SharedFamily) {
			f.Records = append(f.Records, f.Records[0])
		},
		"a rule far too long": func(f *SharedFamily) {
			for i, r := range f.Records {
				if r.Section == "agreement" {
					f.Records[i].Value = json.RawMessage(`{"rules":[{"id":1,"text":"` + strings.Repeat("x", 500) + `"}]}`)
				}
			}
		},
		"a limit of 2000 minutes a day": func(f *SharedFamily) {
			for i, r := range f.Records {
				if r.Section == "agreement" {
					f.Records[i].Value = json.RawMessage(`{"child_limits":{"x":[{"set":true,"min":2000}]}}`)
				}
			}
		},
	}
	for name, spoil := range cases {
		t.Run(name, func(t *testing.T) {
			f := viaFile(t, good)
			spoil(&f)
			b := openTemp(t, at(shareDay))
			kid := addKid(t, b, "Elin")
			if _, err := b.ApplyShared(f, ImportNewFamily, nil); !errors.Is(err, ErrInvalid) {
				t.Fatalf("%v, want ErrInvalid", err)
			}
			if kids, _ := b.Children(); len(kids) != 1 || kids[0] != kid {
				t.Fatalf("children now %+v", kids)
			}
			if list, _ := b.Backups(); len(list) != 0 {
				t.Fatalf("a refused file made a backup: %+v", list)
			}
		})
	}
}

func TestEverySharedSectionHasItsChecks(t *testing.T) {
	t.Parallel()
	for _, s := range Sections {
		if sharedRules[s] == nil {
			t.Errorf("section %q is shared without checks", s)
		}
	}
}
