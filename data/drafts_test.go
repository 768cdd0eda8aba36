package data

import (
	"os"
	"path/filepath"
	"strconv"
	"testing"
)

func TestDraftsAreKeptUntilCleared(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	s, err := Open(dir, testOptions())
	if err != nil {
		t.Fatal(err)
	}
	if err := s.SaveDraft("child.add", Draft{"name": "Ma", "notes": ""}); err != nil {
		t.Fatal(err)
	}
	closeOK(t, s)
	s, _ = Open(dir, testOptions())
	d, err := s.Draft("child.add")
	if err != nil || d["name"] != "Ma" {
		t.Fatalf("after reopening: %v, %v", d, err)
	}
	if err := s.SaveDraft("child.add", Draft{"name": "  "}); err != nil {
		t.Fatal(err)
	}
	if d, _ := s.Draft("child.add"); len(d) != 0 {
		t.Fatalf("a blank draft was kept: %v", d)
	}
	must(t, s.SaveDraft("contact.add", Draft{"name": "Gran"}))
	must(t, s.ClearDraft("contact.add"))
	if d, _ := s.Draft("contact.add"); len(d) != 0 {
		t.Fatalf("a cleared draft is still there: %v", d)
	}
	closeOK(t, s)
}

// A file of schema version 1 (before drafts) opens, gains the drafts
// bucket, and a backup of that age is still accepted for restoring.
func TestVersionOneFilesAndBackupsAreUpgraded(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	s, _ := Open(dir, testOptions())
	addKid(t, s, "Old")
	b, _ := s.Backup(day0)
	closeOK(t, s)
	old := filepath.Join(BackupDir(dir), b.Name)
	rawUpdate(t, old, func(tx txn) error {
		if err := tx.DeleteBucket(bucketDrafts); err != nil {
			return err
		}
		return setSchemaVersion(tx, 1)
	})
	if c, err := CheckBackup(old, nil); err != nil || c.Schema != 1 {
		t.Fatalf("a version 1 backup: %+v, %v", c, err)
	}
	if err := Restore(dir, b.Name, day0, nil); err != nil {
		t.Fatal(err)
	}
	s, err := Open(dir, testOptions())
	if err != nil {
		t.Fatal(err)
	}
	defer closeOK(t, s)
	if err := s.SaveDraft("x", Draft{"a": "b"}); err != nil {
		t.Fatalf("no drafts after the upgrade: %v", err)
	}
	if _, err := os.Stat(filepath.Join(dir, FileName)); err != nil {
		t.Fatal(err)
	}
}

// Deleting a child deletes what was typed about them and not yet saved.
func TestDeletingAChildDeletesTheirDrafts(t *testing.T) {
	t.Parallel()
	s := openTemp(t)
	leo := addTestChild(t, s, "Leo", 2017, 4)
	amira := addTestChild(t, s, "Amira", 2012, 8)
	must(t, s.SaveDraft(ChildDraft(DraftConcern, leo.ID), Draft{"happened": "Upset after school"}))
	must(t, s.SaveDraft(ChildDraft(DraftAppNote, leo.ID), Draft{"name": "Roblx"}))
	must(t, s.SaveDraft(ChildDraft(DraftConcern, amira.ID), Draft{"happened": "Kept"}))
	must(t, s.SaveDraft(DiscussedDraft("money-loot-boxes"), Draft{DraftChild: idText(leo.ID), "note": "Asked first"}))
	must(t, s.SaveDraft(DiscussedDraft("games-age-ratings"), Draft{DraftChild: idText(amira.ID), "note": "Kept too"}))
	if err := s.DeleteChild(leo.ID); err != nil {
		t.Fatal(err)
	}
	for _, form := range []string{DraftConcern, DraftAppNote} {
		if d, _ := s.Draft(ChildDraft(form, leo.ID)); len(d) != 0 {
			t.Errorf("Leo's %s draft outlived him: %v", form, d)
		}
	}
	if d, _ := s.Draft(ChildDraft(DraftConcern, amira.ID)); d["happened"] != "Kept" {
		t.Errorf("Amira's draft went too: %v", d)
	}
	if d, _ := s.Draft(DiscussedDraft("money-loot-boxes")); len(d) != 0 {
		t.Errorf("the note on a talk with Leo outlived him: %v", d)
	}
	if d, _ := s.Draft(DiscussedDraft("games-age-ratings")); d["note"] != "Kept too" {
		t.Errorf("the note on a talk with Amira went too: %v", d)
	}
}

func idText(id ID) string { return strconv.FormatUint(uint64(id), 10) }
