package data

import (
	"slices"
	"testing"
	"time"
)

// sealedFile is what a sealed file from s holds, after s noted it sealed
// it (as the shared folder and an export do).
func sealedFile(t *testing.T, s *Store) SharedFamily {
	t.Helper()
	f, err := s.ShareFamily(nil)
	if err != nil {
		t.Fatal(err)
	}
	if err := s.MarkSealed(f); err != nil {
		t.Fatal(err)
	}
	return viaFile(t, f)
}

func changeOf(t *testing.T, plan []Change, section string) Change {
	t.Helper()
	for _, c := range plan {
		if c.Section == section {
			return c
		}
	}
	t.Fatalf("no %s change in %+v", section, plan)
	return Change{}
}

// A file that claims to have met this computer's newest version of a note
// (copied from this computer's stamps) cannot make its own change one-sided
// while that version was never sealed into a file here: it is a conflict.
// Once this computer sealed that version, the claim counts.
func TestAClaimCountsOnlyForAVersionThisComputerSealed(t *testing.T) {
	t.Parallel()
	a, b, seren := twoHomes(t)
	notes, _ := a.AppNotes(seren.ID)
	notes[0].Note = "only here, never sealed"
	if err := a.UpdateAppNote(notes[0]); err != nil {
		t.Fatal(err)
	}
	theirs, _ := b.AppNotes(mustChildNamed(t, b, "Seren").ID)
	theirs[0].Note = "the other home's"
	if err := b.UpdateAppNote(theirs[0]); err != nil {
		t.Fatal(err)
	}
	forged := viaFile(t, mustShare(t, b))
	mine, _ := a.Stamps()
	for i, r := range forged.Records {
		for _, st := range mine {
			if st.UID == r.UID && r.Section == "app_notes" {
				v := st.Version()
				forged.Records[i].Met = &v // "we had your version"
			}
		}
	}
	plan, err := a.PlanShared(forged, ImportMerge)
	if err != nil {
		t.Fatal(err)
	}
	if c := changeOf(t, plan, "app_notes"); c.Kind != Conflict {
		t.Fatalf("a claim about a version never sealed here made the change %v, want a conflict", c.Kind)
	}
	sealedFile(t, a) // now that version went out in a file
	plan, _ = a.PlanShared(forged, ImportMerge)
	if c := changeOf(t, plan, "app_notes"); c.Kind != Changed {
		t.Fatalf("a claim about a sealed version made the change %v, want it taken", c.Kind)
	}
}

// From outside, removing a child, a note or a contact, or changing a
// contact's phone or a child's placement, needs a yes (Change.Asks); a
// note reworded does not. Applied, a child with concern entries is
// archived with every record kept; one without goes with their records;
// the backup made first is kept outside the rotation for 30 days.
func TestRemovalsFromOutsideAskArchiveAChildWithConcernsAndKeepTheirBackup(t *testing.T) {
	t.Parallel()
	a, b, _ := twoHomes(t)
	ad := mustChildNamed(t, a, "Dylan")
	if _, err := a.AddAppNote(AppNote{ChildID: ad.ID, Name: "Minecraft"}); err != nil {
		t.Fatal(err)
	}
	if err := a.AddChildWord(ad.ID, AllWordsLists[0], "I like building"); err != nil {
		t.Fatal(err)
	}
	sealedFile(t, a)
	if _, err := a.ApplyShared(sealedFile(t, b), ImportMerge, nil); err != nil {
		t.Fatal(err)
	}
	if _, err := b.ApplyShared(sealedFile(t, a), ImportMerge, nil); err != nil {
		t.Fatal(err)
	}
	seren, dylan := mustChildNamed(t, b, "Seren"), mustChildNamed(t, b, "Dylan")
	placed := dylan
	placed.Placed, placed.Placement.SocialWorkerPhone = true, "0300 000 0000"
	contacts, _ := b.Contacts()
	contacts[0].Phone = "07700 900000"
	notes, _ := b.AppNotes(seren.ID)
	notes[0].Note = "reworded"
	for _, err := range []error{b.UpdateChild(placed), b.UpdateContact(contacts[0]), b.UpdateAppNote(notes[0]),
		b.DeleteChild(seren.ID)} {
		if err != nil {
			t.Fatal(err)
		}
	}
	if err := b.DeleteChild(dylan.ID); err != nil { // Dylan has a concern entry
		t.Fatal(err)
	}
	plan, err := a.PlanShared(sealedFile(t, b), ImportMerge)
	if err != nil {
		t.Fatal(err)
	}
	asks := map[string]int{}
	for _, c := range plan {
		if c.Asks {
			asks[c.Section]++
		}
		if !c.Asks && c.Kind == Removed {
			t.Errorf("a %s removed without a question", c.Section)
		}
	}
	if asks["children"] != 2 || asks["contacts"] != 1 || asks["app_notes"] != 1 {
		t.Errorf("questions per section %v, want both children, the phone changed and Seren's note (removed with her)", asks)
	}

	a.SetClock(at(shareDay.Add(4 * time.Hour)))
	if _, err := a.ApplyShared(sealedFile(t, b), ImportMerge, nil); err != nil {
		t.Fatal(err)
	}
	kids, _ := a.Children()
	if len(kids) != 1 || kids[0].Name != "Dylan" || !kids[0].Archived {
		t.Fatalf("children after the removals %+v, want Dylan archived", kids)
	}
	if log, _ := a.Concerns(kids[0].ID); len(log) != 1 {
		t.Fatalf("Dylan's concern log %+v, want it kept", log)
	}
	if notes, _ := a.AppNotes(kids[0].ID); len(notes) == 0 {
		t.Fatal("Dylan's app notes went though he was archived, not removed")
	}
	if words, _ := a.ChildWords(kids[0].ID); len(words.List(AllWordsLists[0])) == 0 {
		t.Fatal("Dylan's own words went though he was archived, not removed")
	}
	if again, _ := a.PlanShared(sealedFile(t, b), ImportMerge); slices.ContainsFunc(again, func(c Change) bool { return c.Asks }) {
		t.Fatalf("asked again about the same file: %+v", again)
	}
	list, _ := a.Backups()
	var removal *Backup
	for i := range list {
		if list[i].Kind == BackupBeforeRemoval {
			removal = &list[i]
		}
	}
	if removal == nil {
		t.Fatalf("backups %+v, want one made before the removal", list)
	}
	for _, name := range []string{"Osian", "Efa", "Gwen"} { // later copies hold more
		addKid(t, a, name)
	}
	for i := range BackupsKept + 3 { // a week and more of later removals
		a.SetClock(at(shareDay.Add(5*time.Hour + time.Duration(i)*time.Minute)))
		if _, err := a.backup(a.now(), BackupBeforeRemoval); err != nil {
			t.Fatal(err)
		}
	}
	if !hasBackup(t, a, removal.Name) {
		t.Fatal("the backup before the removal rotated away within 30 days")
	}
	month := shareDay.Add(31 * 24 * time.Hour)
	if _, err := a.backup(month, BackupBeforeRemoval); err != nil {
		t.Fatal(err)
	}
	if hasBackup(t, a, removal.Name) {
		t.Fatal("the backup before the removal is kept for ever: it should rotate after 30 days")
	}
}

func hasBackup(t *testing.T, s *Store, name string) bool {
	t.Helper()
	list, err := s.Backups()
	if err != nil {
		t.Fatal(err)
	}
	for _, b := range list {
		if b.Name == name {
			return true
		}
	}
	return false
}

func mustShare(t *testing.T, s *Store) SharedFamily {
	t.Helper()
	f, err := s.ShareFamily(nil)
	if err != nil {
		t.Fatal(err)
	}
	return f
}

func mustChildNamed(t *testing.T, s *Store, name string) Child {
	t.Helper()
	kids, _ := s.Children()
	for _, k := range kids {
		if k.Name == name {
			return k
		}
	}
	t.Fatalf("no child %s", name)
	return Child{}
}

// A child (without concern entries) edited here since the homes met and deleted in the other home:
// the removal is asked (kept by default), and taken on a yes, the backup
// made first is the one kept outside the rotation, not a rotating
// before-import copy.
func TestAnEditedChildRemovedThereIsAskedAndBackedUpOutsideTheRotation(t *testing.T) {
	t.Parallel()
	a, b, _ := twoHomes(t)
	sealedFile(t, a)
	if _, err := b.ApplyShared(sealedFile(t, a), ImportMerge, nil); err != nil {
		t.Fatal(err)
	}
	if _, err := a.ApplyShared(sealedFile(t, b), ImportMerge, nil); err != nil {
		t.Fatal(err)
	}
	seren := mustChildNamed(t, a, "Seren")
	seren.Notes = "Year 10, options"
	if err := a.UpdateChild(seren); err != nil {
		t.Fatal(err)
	}
	if err := b.DeleteChild(mustChildNamed(t, b, "Seren").ID); err != nil {
		t.Fatal(err)
	}
	f := sealedFile(t, b)
	plan, err := a.PlanShared(f, ImportMerge)
	if err != nil {
		t.Fatal(err)
	}
	c := changeOf(t, plan, "children")
	if !c.RemovesThere() || c.Default != KeepMine {
		t.Fatalf("the removal of an edited child is kind %v, default %v: want a removal, kept by default", c.Kind, c.Default)
	}
	if _, err := a.ApplyShared(f, ImportMerge, map[string]Resolution{c.UID: TakeTheirs}); err != nil {
		t.Fatal(err)
	}
	if kids, _ := a.Children(); slices.ContainsFunc(kids, func(k Child) bool { return k.Name == "Seren" }) {
		t.Fatal("Seren is still here after the yes")
	}
	list, _ := a.Backups()
	if !slices.ContainsFunc(list, func(b Backup) bool { return b.Kind == BackupBeforeRemoval }) {
		t.Fatalf("backups %+v, want one kept outside the rotation", list)
	}
}
