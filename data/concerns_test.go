package data

import (
	"errors"
	"testing"
	"time"
)

func TestConcernsRoundTripInDateOrder(t *testing.T) {
	t.Parallel()
	s := openTemp(t)
	maisie := addTestChild(t, s, "Maisie", 2022, 10)
	other := addTestChild(t, s, "Other", 2015, 1)
	today := Day(time.Now())

	late, err := s.AddConcern(Concern{ChildID: maisie.ID, Date: today, Happened: "Second", Told: "Social worker"})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.AddConcern(Concern{ChildID: maisie.ID, Date: today.AddDate(0, 0, -3).Add(15 * time.Hour), Happened: " First "}); err != nil {
		t.Fatal(err)
	}
	must1(t)(s.AddConcern(Concern{ChildID: other.ID, Date: today, Happened: "Not Maisie's"}))

	log, err := s.Concerns(maisie.ID)
	if err != nil {
		t.Fatal(err)
	}
	if len(log) != 2 || log[0].Happened != "First" || log[1].Happened != "Second" || log[1].Told != "Social worker" {
		t.Fatalf("log = %+v, want First then Second", log)
	}
	if !log[0].Date.Equal(today.AddDate(0, 0, -3)) {
		t.Fatalf("date kept as %v, want the day only", log[0].Date)
	}

	// Moving an entry earlier reorders the log.
	late.Date = today.AddDate(0, 0, -10)
	late.Done = "Talked it through"
	if err := s.UpdateConcern(late); err != nil {
		t.Fatal(err)
	}
	log, _ = s.Concerns(maisie.ID)
	if log[0].ID != late.ID || log[0].Done != "Talked it through" {
		t.Fatalf("after moving the date: %+v", log)
	}

	if err := s.DeleteConcern(maisie.ID, late.ID); err != nil {
		t.Fatal(err)
	}
	if log, _ = s.Concerns(maisie.ID); len(log) != 1 {
		t.Fatalf("after delete: %+v", log)
	}
	if err := s.DeleteConcern(maisie.ID, late.ID); !errors.Is(err, ErrNotFound) {
		t.Fatalf("deleting twice: %v", err)
	}
}

func TestConcernValidation(t *testing.T) {
	t.Parallel()
	now := time.Date(2026, 11, 23, 23, 0, 0, 0, time.UTC)
	cases := []struct {
		name string
		c    Concern
		ok   bool
	}{
		{"fine", Concern{Date: now, Happened: "x"}, true},
		{"no date", Concern{Happened: "x"}, false},
		{"tomorrow", Concern{Date: now.AddDate(0, 0, 1), Happened: "x"}, false},
		{"nothing happened", Concern{Date: now, Happened: "  "}, false},
	}
	for _, c := range cases {
		err := c.c.Validate(now)
		if (err == nil) != c.ok || (err != nil && !errors.Is(err, ErrInvalid)) {
			t.Errorf("%s: %v", c.name, err)
		}
	}
}

func TestDeleteChildCascades(t *testing.T) {
	t.Parallel()
	s := openTemp(t)
	// Ids chosen so one child's key is a byte prefix neighbour of the other's.
	a := addTestChild(t, s, "A", 2015, 1)
	b := addTestChild(t, s, "B", 2016, 1)
	today := Day(time.Now())
	for _, c := range []Child{a, b} {
		must1(t)(s.AddAppNote(AppNote{ChildID: c.ID, AppID: "roblox"}))
		must1(t)(s.AddAppNote(AppNote{ChildID: c.ID, Name: "Toca"}))
		must1(t)(s.AddConcern(Concern{ChildID: c.ID, Date: today, Happened: "x"}))
	}
	// Archiving keeps everything.
	a.Archived = true
	if err := s.UpdateChild(a); err != nil {
		t.Fatal(err)
	}
	if n, _ := s.AppNotes(a.ID); len(n) != 2 {
		t.Fatalf("archiving lost notes: %+v", n)
	}

	if err := s.DeleteChild(a.ID); err != nil {
		t.Fatal(err)
	}
	if n, _ := s.AppNotes(a.ID); len(n) != 0 {
		t.Fatalf("deleted child's notes remain: %+v", n)
	}
	if c, _ := s.Concerns(a.ID); len(c) != 0 {
		t.Fatalf("deleted child's concerns remain: %+v", c)
	}
	if n, _ := s.AppNotes(b.ID); len(n) != 2 {
		t.Fatalf("the other child's notes went too: %+v", n)
	}
	if c, _ := s.Concerns(b.ID); len(c) != 1 {
		t.Fatalf("the other child's concerns went too: %+v", c)
	}
	// A record for the deleted child can no longer be added.
	if _, err := s.AddConcern(Concern{ChildID: a.ID, Date: today, Happened: "x"}); !errors.Is(err, ErrNotFound) {
		t.Fatalf("concern for a deleted child: %v", err)
	}
}

func TestPlacementRoundTrip(t *testing.T) {
	t.Parallel()
	s := openTemp(t)
	m := addTestChild(t, s, "Maisie", 2022, 10)
	start := Day(time.Now().AddDate(0, -5, 0))
	m.Placed = true
	m.Placement = Placement{Start: start, SocialWorker: "Priya", SocialWorkerPhone: "01632 960123",
		OutOfHoursPhone: "01632 960456", DelegatedAuthority: "Haircuts", PhotoRules: "No social media", Contact: "Saturdays"}
	if err := s.UpdateChild(m); err != nil {
		t.Fatal(err)
	}
	got, _ := s.Child(m.ID)
	if !got.Placed || got.Placement != m.Placement || !got.Placement.HasContacts() {
		t.Fatalf("placement came back as %+v", got.Placement)
	}
	// Untick: the details stay, in case it was a slip.
	got.Placed = false
	must(t, s.UpdateChild(got))
	again, _ := s.Child(m.ID)
	if again.Placed || again.Placement.SocialWorker != "Priya" {
		t.Fatalf("after untick: %+v", again)
	}
}
