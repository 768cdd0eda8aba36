package data

import (
	"errors"
	"testing"
	"time"
)

func TestChildrenRoundTrip(t *testing.T) {
	t.Parallel()
	s := openTemp(t)
	now := time.Now()
	zed, err := s.AddChild(Child{Name: "  Zed ", BirthYear: now.Year() - 8, BirthMonth: 1})
	if err != nil {
		t.Fatal(err)
	}
	if zed.Name != "Zed" || zed.ID == 0 {
		t.Fatalf("saved %+v: want a trimmed name and an id", zed)
	}
	amy, _ := s.AddChild(Child{Name: "amy", BirthYear: now.Year() - 3, BirthMonth: 1})

	amy.Archived = true
	amy.Notes = "Moved to her dad's"
	if err := s.UpdateChild(amy); err != nil {
		t.Fatal(err)
	}
	all, _ := s.Children()
	if len(all) != 2 || all[0].Name != "amy" || !all[0].Archived || all[0].Notes == "" {
		t.Fatalf("children = %+v, want amy (archived, with notes) then Zed", all)
	}
	active, _ := s.ActiveChildren()
	if len(active) != 1 || active[0].ID != zed.ID {
		t.Fatalf("active = %+v, want only Zed", active)
	}
	if err := s.DeleteChild(zed.ID); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Child(zed.ID); !errors.Is(err, ErrNotFound) {
		t.Fatalf("deleted child still found: %v", err)
	}
	if err := s.DeleteChild(zed.ID); !errors.Is(err, ErrNotFound) {
		t.Fatalf("deleting twice: %v", err)
	}
}

func TestChildValidation(t *testing.T) {
	t.Parallel()
	now := time.Date(2026, 11, 23, 10, 0, 0, 0, time.UTC)
	long := ""
	for range MaxNameLength + 1 {
		long += "ł"
	}
	cases := []struct {
		name  string
		child Child
		ok    bool
	}{
		{"fine", Child{Name: "Ffion", BirthYear: 2015, BirthMonth: 6}, true},
		{"born this month", Child{Name: "Baby", BirthYear: 2026, BirthMonth: 11}, true},
		{"blank name", Child{Name: "   ", BirthYear: 2015, BirthMonth: 6}, false},
		{"name too long", Child{Name: long, BirthYear: 2015, BirthMonth: 6}, false},
		{"month 0", Child{Name: "A", BirthYear: 2015, BirthMonth: 0}, false},
		{"month 13", Child{Name: "A", BirthYear: 2015, BirthMonth: 13}, false},
		{"next month", Child{Name: "A", BirthYear: 2026, BirthMonth: 12}, false},
		{"next year", Child{Name: "A", BirthYear: 2027, BirthMonth: 1}, false},
		{"too old", Child{Name: "A", BirthYear: 1990, BirthMonth: 1}, false},
	}
	for _, c := range cases {
		err := c.child.Validate(now)
		if (err == nil) != c.ok {
			t.Errorf("%s: err = %v, want ok=%v", c.name, err, c.ok)
		}
		if err != nil && !errors.Is(err, ErrInvalid) {
			t.Errorf("%s: error %v is not ErrInvalid", c.name, err)
		}
	}
}

func TestAgeCountsFromTheBirthMonth(t *testing.T) {
	t.Parallel()
	c := Child{BirthYear: 2013, BirthMonth: 11}
	cases := map[string]int{"2026-10-31": 12, "2026-11-01": 13, "2026-11-23": 13, "2027-01-01": 13, "2013-11-05": 0, "2013-10-01": 0}
	for day, want := range cases {
		d, _ := time.Parse("2006-01-02", day)
		if got := c.AgeOn(d); got != want {
			t.Errorf("age on %s = %d, want %d", day, got, want)
		}
	}
}

func TestDemoLivesApartAndIsRemovable(t *testing.T) {
	t.Parallel()
	dataDir := t.TempDir()
	real, err := Open(dataDir, testOptions())
	if err != nil {
		t.Fatal(err)
	}
	defer closeOK(t, real)
	must1(t)(real.AddChild(Child{Name: "Real child", BirthYear: 2018, BirthMonth: 2}))

	now := time.Date(2026, 11, 23, 9, 0, 0, 0, time.UTC)
	demo, err := OpenDemo(dataDir, testOptions(at(now)), Settings{Language: "pl", Region: "GB"})
	if err != nil {
		t.Fatal(err)
	}
	set, _ := demo.Settings()
	kids, _ := demo.Children()
	if !set.Demo || !set.Onboarded || set.Language != "pl" || len(kids) != len(demoChildren) {
		t.Fatalf("demo settings %+v, %d children", set, len(kids))
	}
	for _, k := range kids {
		for _, d := range demoChildren {
			if d.name == k.Name && k.AgeOn(now) != d.ageYears {
				t.Errorf("%s is %d, want %d", k.Name, k.AgeOn(now), d.ageYears)
			}
		}
	}
	if err := RemoveDemo(real); err == nil {
		t.Fatal("RemoveDemo accepted the real family's store")
	}
	if err := RemoveDemo(demo); err != nil {
		t.Fatal(err)
	}
	realKids, _ := real.Children()
	if len(realKids) != 1 {
		t.Fatalf("removing the demo touched the real family: %+v", realKids)
	}
	if _, err := Open(DemoDir(dataDir), testOptions()); err != nil {
		t.Fatal(err) // a fresh, empty demo folder can be made again
	}
}
