package data

import (
	"errors"
	"testing"
	"time"

	"family-online-safety/content"
)

// A dismissed prompt stays dismissed after the file is closed and opened
// again; dismissing it twice keeps one record; another year's prompt of
// the same kind is not dismissed by it.
func TestDismissedPromptsStayDismissed(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	s, err := Open(dir, testOptions())
	if err != nil {
		t.Fatal(err)
	}
	s.SetClock(at(shareDay))
	kid := addKid(t, s, "Seren")
	for range 2 {
		if err := s.DismissPrompt(kid.ID, content.TurningSchoolYear, 2026); err != nil {
			t.Fatal(err)
		}
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	s, err = Open(dir, testOptions())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { closeOK(t, s) })
	got, err := s.DismissedPrompts(kid.ID)
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 1 || !got[PromptKey(content.TurningSchoolYear, 2026)] || got[PromptKey(content.TurningSchoolYear, 2027)] {
		t.Fatalf("dismissed %v", got)
	}
	if n := countBucket(t, s, "review_prompts"); n != 1 {
		t.Fatalf("%d records after dismissing twice", n)
	}
}

func countBucket(t *testing.T, s *Store, name string) int {
	t.Helper()
	st, err := s.Stamps()
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for k, v := range st {
		if k.Bucket == name && !v.Deleted {
			n++
		}
	}
	return n
}

func TestDismissRefusesUnknownKindsAndChildren(t *testing.T) {
	t.Parallel()
	s := openTemp(t, at(shareDay))
	kid := addKid(t, s, "Seren")
	if err := s.DismissPrompt(kid.ID, "graduation", 2026); !errors.Is(err, ErrInvalid) {
		t.Errorf("unknown kind: %v", err)
	}
	if err := s.DismissPrompt(kid.ID+100, content.Turning13, 2026); !errors.Is(err, ErrNotFound) {
		t.Errorf("unknown child: %v", err)
	}
}

// Deleting a child deletes their dismissals with them.
func TestDeletingAChildDeletesTheirDismissals(t *testing.T) {
	t.Parallel()
	s := openTemp(t, at(shareDay))
	kid, other := addKid(t, s, "Seren"), addKid(t, s, "Dylan")
	for _, c := range []Child{kid, other} {
		if err := s.DismissPrompt(c.ID, content.Turning13, 2030); err != nil {
			t.Fatal(err)
		}
	}
	if err := s.DeleteChild(kid.ID); err != nil {
		t.Fatal(err)
	}
	if got, _ := s.DismissedPrompts(kid.ID); len(got) != 0 {
		t.Errorf("the deleted child's dismissals remain: %v", got)
	}
	if got, _ := s.DismissedPrompts(other.ID); len(got) != 1 {
		t.Errorf("the other child's dismissal went: %v", got)
	}
}

// A dismissal travels to the other carer with its child, and one made in
// both homes stays one prompt hidden.
func TestDismissalsTravelToTheOtherCarer(t *testing.T) {
	t.Parallel()
	a, seren, _ := sharingFamily(t)
	if err := a.DismissPrompt(seren.ID, content.Turning13, 2030); err != nil {
		t.Fatal(err)
	}
	f, err := a.ShareFamily(nil)
	if err != nil {
		t.Fatal(err)
	}
	b := openTemp(t, at(shareDay.Add(time.Hour)))
	if _, err := b.ApplyShared(viaFile(t, f), ImportNewFamily, nil); err != nil {
		t.Fatal(err)
	}
	kid := byName(t, b, "Seren", "Dylan")[0]
	if got, _ := b.DismissedPrompts(kid.ID); !got[PromptKey(content.Turning13, 2030)] {
		t.Fatalf("in the other home: %v", got)
	}
	// Both homes dismiss next year's school prompt; merging keeps it hidden.
	if err := b.DismissPrompt(kid.ID, content.TurningSchoolYear, 2027); err != nil {
		t.Fatal(err)
	}
	if err := a.DismissPrompt(seren.ID, content.TurningSchoolYear, 2027); err != nil {
		t.Fatal(err)
	}
	back, err := b.ShareFamily(nil)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := a.ApplyShared(viaFile(t, back), ImportMerge, nil); err != nil {
		t.Fatal(err)
	}
	got, _ := a.DismissedPrompts(seren.ID)
	if len(got) != 2 || !got[PromptKey(content.TurningSchoolYear, 2027)] {
		t.Fatalf("after merging: %v", got)
	}
}

// The day of a child's own phone is kept with the child.
func TestOwnPhoneIsKept(t *testing.T) {
	t.Parallel()
	s := openTemp(t, at(shareDay))
	kid := addKid(t, s, "Seren")
	kid.OwnPhone = Day(shareDay)
	if err := s.UpdateChild(kid); err != nil {
		t.Fatal(err)
	}
	got, err := s.Child(kid.ID)
	if err != nil || !got.OwnPhone.Equal(Day(shareDay)) {
		t.Fatalf("%v %v", got.OwnPhone, err)
	}
}
