package data

import (
	"errors"
	"testing"
	"time"

	"family-online-safety/content"
)

func addTestChild(t *testing.T, s *Store, name string, year, month int) Child {
	t.Helper()
	c, err := s.AddChild(Child{Name: name, BirthYear: year, BirthMonth: month})
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func TestAppNotesRoundTrip(t *testing.T) {
	t.Parallel()
	s := openTemp(t)
	leo := addTestChild(t, s, "Leo", 2017, 4)
	amira := addTestChild(t, s, "Amira", 2012, 8)

	next := Day(time.Now().AddDate(0, 1, 0))
	mc, err := s.AddAppNote(AppNote{ChildID: leo.ID, AppID: "minecraft", Decision: DecisionConditions,
		Conditions: "Own world only", Checked: []string{"chat-friends-only"}, NextReview: next})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.AddAppNote(AppNote{ChildID: leo.ID, Name: "  Toca Boca  ", Decision: DecisionAllowed}); err != nil {
		t.Fatal(err)
	}
	if _, err := s.AddAppNote(AppNote{ChildID: amira.ID, AppID: "tiktok"}); err != nil {
		t.Fatal(err)
	}

	notes, err := s.AppNotes(leo.ID)
	if err != nil {
		t.Fatal(err)
	}
	if len(notes) != 2 || notes[0].DisplayName() != "Minecraft" || notes[1].Name != "Toca Boca" {
		t.Fatalf("Leo's notes = %+v, want Minecraft then Toca Boca (trimmed)", notes)
	}
	got := notes[0]
	if got.Decision != DecisionConditions || !got.IsChecked("chat-friends-only") || got.IsChecked("purchase-approval") || !got.NextReview.Equal(next) {
		t.Fatalf("Minecraft note came back as %+v", got)
	}

	mc.Checked = append(mc.Checked, "purchase-approval")
	mc.Decision = DecisionNotYet
	if err := s.UpdateAppNote(mc); err != nil {
		t.Fatal(err)
	}
	again, _ := s.AppNote(leo.ID, mc.ID)
	if again.Decision != DecisionNotYet || len(again.Checked) != 2 {
		t.Fatalf("updated note = %+v", again)
	}

	if err := s.DeleteAppNote(leo.ID, mc.ID); err != nil {
		t.Fatal(err)
	}
	if err := s.DeleteAppNote(leo.ID, mc.ID); !errors.Is(err, ErrNotFound) {
		t.Fatalf("deleting twice: %v", err)
	}
	if amiras, _ := s.AppNotes(amira.ID); len(amiras) != 1 {
		t.Fatalf("Amira's notes changed: %+v", amiras)
	}
}

func TestAppNoteIsRefused(t *testing.T) {
	t.Parallel()
	s := openTemp(t)
	leo := addTestChild(t, s, "Leo", 2017, 4)
	if _, err := s.AddAppNote(AppNote{ChildID: leo.ID, AppID: "roblox"}); err != nil {
		t.Fatal(err)
	}
	last := Day(time.Now())
	cases := map[string]AppNote{
		"no name":              {ChildID: leo.ID, Name: "   "},
		"unknown catalogue":    {ChildID: leo.ID, AppID: "myspace"},
		"unknown decision":     {ChildID: leo.ID, Name: "Toca", Decision: "maybe"},
		"review before last":   {ChildID: leo.ID, Name: "Toca", LastReviewed: last, NextReview: last.AddDate(0, 0, -1)},
		"same catalogue app":   {ChildID: leo.ID, AppID: "roblox"},
		"name too long":        {ChildID: leo.ID, Name: string(make([]rune, MaxAppNameLength+1))},
		"child does not exist": {ChildID: 99, Name: "Toca"},
	}
	for name, n := range cases {
		_, err := s.AddAppNote(n)
		if err == nil {
			t.Errorf("%s: accepted", name)
			continue
		}
		want := ErrInvalid
		if name == "child does not exist" {
			want = ErrNotFound
		}
		if !errors.Is(err, want) {
			t.Errorf("%s: %v is not %v", name, err, want)
		}
	}
	if _, err := s.AddAppNote(AppNote{ChildID: leo.ID, AppID: "roblox"}); !errors.Is(err, ErrDuplicate) {
		t.Errorf("a second Roblox note: %v, want ErrDuplicate", err)
	}
}

// TestTooYoungAtTheBirthdayBoundary: with only a birth month known, a child
// turns 13 on the first of their birth month.
func TestTooYoungAtTheBirthdayBoundary(t *testing.T) {
	t.Parallel()
	amira := Child{Name: "Amira", BirthYear: 2013, BirthMonth: 12}
	tiktok := AppNote{AppID: "tiktok"}
	cases := []struct {
		day  string
		want bool
	}{
		{"2026-11-30", true},
		{"2026-12-01", false},
		{"2027-01-15", false},
		{"2025-12-01", true},
	}
	for _, c := range cases {
		day, _ := time.Parse(time.DateOnly, c.day)
		app, got := TooYoungFor(amira, tiktok, day, content.RegionUK)
		if got != c.want || app.Name != "TikTok" {
			t.Errorf("on %s: too young = %v (%s), want %v", c.day, got, app.Name, c.want)
		}
	}
	// PEGI counts too: Fortnite is PEGI 12.
	leo := Child{BirthYear: 2017, BirthMonth: 4}
	if _, young := TooYoungFor(leo, AppNote{AppID: "fortnite"}, time.Date(2026, 11, 23, 0, 0, 0, 0, time.UTC), content.RegionUK); !young {
		t.Error("a 9-year-old is not too young for a PEGI 12 game")
	}
	// No catalogue entry, no known minimum age.
	if _, young := TooYoungFor(leo, AppNote{Name: "Toca Boca"}, time.Now(), content.RegionUK); young {
		t.Error("an app outside the catalogue gave an age warning")
	}
	// No minimum age in the catalogue.
	if _, young := TooYoungFor(Child{BirthYear: 2022, BirthMonth: 1}, AppNote{AppID: "youtube-kids"}, time.Now(), content.RegionUK); young {
		t.Error("YouTube Kids gave an age warning")
	}
}

// TestFourteenYearOldInTheUKAndAustralia: a 14-year-old's saved TikTok and
// YouTube notes carry no age warning in the UK (13+) but do in Australia,
// where under-16s may not hold accounts on those platforms; WhatsApp is 13
// in both.
func TestFourteenYearOldInTheUKAndAustralia(t *testing.T) {
	t.Parallel()
	day := time.Date(2026, 11, 29, 0, 0, 0, 0, time.UTC)
	s := openTemp(t, at(day))
	sam := addTestChild(t, s, "Sam", 2012, 6) // 14 on 2026-11-29
	if age := sam.AgeOn(day); age != 14 {
		t.Fatalf("Sam is %d, want 14", age)
	}
	for _, id := range []string{"tiktok", "youtube", "whatsapp"} {
		if _, err := s.AddAppNote(AppNote{ChildID: sam.ID, AppID: id}); err != nil {
			t.Fatal(err)
		}
	}
	notes, err := s.AppNotes(sam.ID)
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]map[content.Region]bool{
		"tiktok":   {content.RegionUK: false, content.RegionAU: true},
		"youtube":  {content.RegionUK: false, content.RegionAU: true},
		"whatsapp": {content.RegionUK: false, content.RegionAU: false},
	}
	for _, n := range notes {
		for r, young := range want[n.AppID] {
			if _, got := TooYoungFor(sam, n, day, r); got != young {
				t.Errorf("%s in %s: too young at 14 = %v, want %v", n.AppID, r, got, young)
			}
		}
	}
	if len(notes) != 3 {
		t.Errorf("%d notes saved, want 3", len(notes))
	}
}

func TestReviewDue(t *testing.T) {
	t.Parallel()
	now := time.Date(2026, 11, 23, 18, 30, 0, 0, time.UTC)
	cases := map[string]bool{"2026-11-22": true, "2026-11-23": true, "2026-11-24": false}
	for next, want := range cases {
		d, _ := time.Parse(time.DateOnly, next)
		if got := (AppNote{NextReview: d}).ReviewDue(now); got != want {
			t.Errorf("next review %s: due = %v, want %v", next, got, want)
		}
	}
	if (AppNote{}).ReviewDue(now) {
		t.Error("a note with no review date is due")
	}
}

func TestASecondNoteForTheSameAppIsRefusedHoweverItIsTyped(t *testing.T) {
	t.Parallel()
	s := openTemp(t)
	kid := addTestChild(t, s, "Leo", 2015, 1)
	if _, err := s.AddAppNote(AppNote{ChildID: kid.ID, AppID: "tiktok"}); err != nil {
		t.Fatal(err)
	}
	for _, typed := range []string{"tik tok", "TikTok"} {
		_, err := s.AddAppNote(AppNote{ChildID: kid.ID, Name: typed})
		if fe, ok := AsFieldError(err); !ok || fe.Rule != RuleDuplicate {
			t.Errorf("a second TikTok typed as %q: %v", typed, err)
		}
	}
	if _, err := s.AddAppNote(AppNote{ChildID: kid.ID, Name: "insta"}); err != nil {
		t.Fatal(err)
	}
	if _, err := s.AddAppNote(AppNote{ChildID: kid.ID, AppID: "instagram"}); !errors.Is(err, ErrDuplicate) {
		t.Errorf("Instagram picked after typing insta: %v", err)
	}
}

// A note renamed to, or turned into, an app the child already has a note
// for is refused; notes already side by side stay editable.
func TestRenamingAnAppNoteRefusesASecondNoteForTheApp(t *testing.T) {
	t.Parallel()
	s := openTemp(t)
	leo := addTestChild(t, s, "Leo", 2017, 4)
	tiktok, _ := s.AddAppNote(AppNote{ChildID: leo.ID, AppID: "tiktok"})
	own, err := s.AddAppNote(AppNote{ChildID: leo.ID, Name: "Roblx"})
	if err != nil {
		t.Fatal(err)
	}
	for _, renamed := range []AppNote{{Name: "tik tok"}, {AppID: "tiktok"}} {
		renamed.ID, renamed.ChildID = own.ID, leo.ID
		if err := s.UpdateAppNote(renamed); !errors.Is(err, ErrDuplicate) {
			t.Errorf("%+v: %v, want ErrDuplicate", renamed, err)
		}
	}
	if n, _ := s.AppNote(leo.ID, own.ID); n.Name != "Roblx" || n.AppID != "" {
		t.Errorf("a refused rename was saved: %+v", n)
	}
	own.AppID, own.Name = "roblox", ""
	if err := s.UpdateAppNote(own); err != nil {
		t.Errorf("turning Roblx into the catalogue's Roblox: %v", err)
	}
	tiktok.Decision = DecisionNotYet
	if err := s.UpdateAppNote(tiktok); err != nil {
		t.Errorf("an edit that keeps the app: %v", err)
	}
}
