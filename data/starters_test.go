package data

import (
	"errors"
	"testing"
	"time"

	"family-online-safety/content"
)

func TestDiscussionHistoryRoundTrip(t *testing.T) {
	t.Parallel()
	s := openTemp(t)
	leo := addKid(t, s, "Leo")
	amy := addKid(t, s, "Amy")
	today := time.Now().Format(DateLayout)
	lastWeek := time.Now().AddDate(0, 0, -7).Format(DateLayout)

	older, err := s.MarkDiscussed(Discussion{ChildID: leo.ID, StarterID: "games-who-can-talk", Date: lastWeek, Note: "  Chat set to friends only. "})
	if err != nil {
		t.Fatal(err)
	}
	if older.ID == 0 || older.Note != "Chat set to friends only." {
		t.Fatalf("saved %+v: want an id and a trimmed note", older)
	}
	newer, _ := s.MarkDiscussed(Discussion{ChildID: leo.ID, StarterID: "own-1", Date: today})
	same, _ := s.MarkDiscussed(Discussion{ChildID: leo.ID, StarterID: "money-loot-boxes", Date: today})
	if _, err := s.MarkDiscussed(Discussion{ChildID: amy.ID, StarterID: "games-who-can-talk", Date: today}); err != nil {
		t.Fatal(err)
	}

	got, err := s.Discussions(leo.ID)
	if err != nil {
		t.Fatal(err)
	}
	want := []ID{same.ID, newer.ID, older.ID} // newest day first; on one day, latest saved first
	if len(got) != len(want) {
		t.Fatalf("Leo's history = %+v, want %d discussions", got, len(want))
	}
	for i, d := range got {
		if d.ID != want[i] || d.ChildID != leo.ID {
			t.Fatalf("history[%d] = %+v, want id %d for Leo", i, d, want[i])
		}
	}
	if got[2].Note != "Chat set to friends only." || got[2].Date != lastWeek || got[2].StarterID != "games-who-can-talk" {
		t.Fatalf("oldest discussion came back as %+v", got[2])
	}

	if err := s.DeleteDiscussion(leo.ID, newer.ID); err != nil {
		t.Fatal(err)
	}
	if err := s.DeleteDiscussion(leo.ID, newer.ID); !errors.Is(err, ErrNotFound) {
		t.Fatalf("deleting twice: %v", err)
	}
	if got, _ := s.Discussions(leo.ID); len(got) != 2 {
		t.Fatalf("after delete Leo has %d discussions, want 2", len(got))
	}

	// Deleting a child deletes their history, and only theirs.
	if err := s.DeleteChild(leo.ID); err != nil {
		t.Fatal(err)
	}
	if got, _ := s.Discussions(leo.ID); len(got) != 0 {
		t.Fatalf("deleted child's history is still there: %+v", got)
	}
	if got, _ := s.Discussions(amy.ID); len(got) != 1 {
		t.Fatalf("Amy's history = %+v, want 1 discussion", got)
	}
}

func TestDiscussionValidation(t *testing.T) {
	t.Parallel()
	s := openTemp(t)
	leo := addKid(t, s, "Leo")
	today := time.Now()
	long := make([]rune, MaxDiscussionNote+1)
	for i := range long {
		long[i] = 'ż'
	}
	cases := []struct {
		name string
		d    Discussion
	}{
		{"no starter", Discussion{ChildID: leo.ID, Date: today.Format(DateLayout)}},
		{"tomorrow", Discussion{ChildID: leo.ID, StarterID: "x", Date: today.AddDate(0, 0, 1).Format(DateLayout)}},
		{"not a date", Discussion{ChildID: leo.ID, StarterID: "x", Date: "23/11/2026"}},
		{"no date", Discussion{ChildID: leo.ID, StarterID: "x"}},
		{"note too long", Discussion{ChildID: leo.ID, StarterID: "x", Date: today.Format(DateLayout), Note: string(long)}},
	}
	for _, c := range cases {
		if _, err := s.MarkDiscussed(c.d); !errors.Is(err, ErrInvalid) {
			t.Errorf("%s: err = %v, want ErrInvalid", c.name, err)
		}
	}
	if _, err := s.MarkDiscussed(Discussion{ChildID: 99, StarterID: "x", Date: today.Format(DateLayout)}); !errors.Is(err, ErrNotFound) {
		t.Errorf("unknown child: err = %v, want ErrNotFound", err)
	}
	if got, _ := s.Discussions(leo.ID); len(got) != 0 {
		t.Fatalf("refused discussions were saved: %+v", got)
	}
}

func TestOwnStartersRoundTrip(t *testing.T) {
	t.Parallel()
	s := openTemp(t)
	o, err := s.AddOwnStarter(OwnStarter{
		Question: "  What would you do if a game asked for Nan's card? ",
		Bands:    []content.Band{content.Band8to10, content.Band5to7},
		Topic:    content.TopicMoney,
	})
	if err != nil {
		t.Fatal(err)
	}
	if o.ID == 0 || o.StarterID() != "own-1" || !IsOwnStarterID(o.StarterID()) || IsOwnStarterID("money-loot-boxes") {
		t.Fatalf("saved %+v with starter id %q", o, o.StarterID())
	}
	if o.Bands[0] != content.Band5to7 || o.Question[0] != 'W' {
		t.Fatalf("bands %v not sorted or question %q not trimmed", o.Bands, o.Question)
	}
	o.Tip = "Keep cards out of reach."
	if err := s.UpdateOwnStarter(o); err != nil {
		t.Fatal(err)
	}
	if err := s.SetFavourite(o.StarterID(), true); err != nil {
		t.Fatal(err)
	}
	all, _ := s.OwnStarters()
	if len(all) != 1 || all[0].Tip != "Keep cards out of reach." || all[0].Topic != content.TopicMoney {
		t.Fatalf("own starters = %+v", all)
	}
	if err := s.DeleteOwnStarter(o.ID); err != nil {
		t.Fatal(err)
	}
	if all, _ := s.OwnStarters(); len(all) != 0 {
		t.Fatalf("after delete: %+v", all)
	}
	if marks, _ := s.StarterMarks(); len(marks) != 0 {
		t.Fatalf("deleted starter's mark kept: %+v", marks)
	}
	if err := s.UpdateOwnStarter(o); !errors.Is(err, ErrNotFound) {
		t.Fatalf("updating a deleted starter: %v", err)
	}

	bad := []OwnStarter{
		{Question: " ", Bands: []content.Band{content.Band5to7}, Topic: content.TopicMoney},
		{Question: "Q", Topic: content.TopicMoney},
		{Question: "Q", Bands: []content.Band{"9-99"}, Topic: content.TopicMoney},
		{Question: "Q", Bands: []content.Band{content.Band5to7}},
		{Question: "Q", Bands: []content.Band{content.Band5to7}, Topic: "cooking"},
	}
	for i, b := range bad {
		if _, err := s.AddOwnStarter(b); !errors.Is(err, ErrInvalid) {
			t.Errorf("bad own starter %d: err = %v, want ErrInvalid", i, err)
		}
	}
}

func TestStarterMarks(t *testing.T) {
	t.Parallel()
	s := openTemp(t)
	if err := s.SetFavourite("games-who-can-talk", true); err != nil {
		t.Fatal(err)
	}
	if err := s.SetHidden("money-loot-boxes", true); err != nil {
		t.Fatal(err)
	}
	if err := s.SetHidden("games-who-can-talk", true); err != nil {
		t.Fatal(err)
	}
	marks, _ := s.StarterMarks()
	if m := marks["games-who-can-talk"]; !m.Favourite || !m.Hidden {
		t.Fatalf("games-who-can-talk mark = %+v, want favourite and hidden", m)
	}
	if m := marks["money-loot-boxes"]; m.Favourite || !m.Hidden {
		t.Fatalf("money-loot-boxes mark = %+v, want hidden only", m)
	}
	must(t, s.SetHidden("money-loot-boxes", false))
	if marks, _ := s.StarterMarks(); len(marks) != 1 {
		t.Fatalf("an empty mark is kept: %+v", marks)
	}
	if err := s.SetFavourite("", true); !errors.Is(err, ErrInvalid) {
		t.Fatalf("blank starter id: %v", err)
	}
}

func TestDemoFamilyHasDiscussionsAndAnOwnStarter(t *testing.T) {
	t.Parallel()
	demo, err := OpenDemo(t.TempDir(), testOptions(time.Now), Settings{})
	if err != nil {
		t.Fatal(err)
	}
	defer closeOK(t, demo)
	kids, _ := demo.Children()
	total := 0
	for _, c := range kids {
		d, err := demo.Discussions(c.ID)
		if err != nil {
			t.Fatal(err)
		}
		for _, one := range d {
			if _, ok := content.StarterByID(one.StarterID); !ok {
				t.Errorf("demo discussion names unknown starter %q", one.StarterID)
			}
		}
		total += len(d)
	}
	if total < 3 {
		t.Errorf("demo family has %d discussions, want a few", total)
	}
	own, _ := demo.OwnStarters()
	if len(own) != 1 {
		t.Errorf("demo family has %d own starters, want 1", len(own))
	}
}
