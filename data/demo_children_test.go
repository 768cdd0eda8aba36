package data

import (
	"testing"
	"time"
)

func TestDemoFamilyHasAppNotesAndAPlacement(t *testing.T) {
	t.Parallel()
	now := time.Date(2026, 11, 23, 9, 0, 0, 0, time.UTC)
	demo, err := OpenDemo(t.TempDir(), testOptions(at(now)), Settings{})
	if err != nil {
		t.Fatal(err)
	}
	defer closeOK(t, demo)
	kids, _ := demo.Children()
	due := map[string]int{}
	notes := map[string]int{}
	for _, k := range kids {
		ns, _ := demo.AppNotes(k.ID)
		notes[k.Name] = len(ns)
		for _, n := range ns {
			if n.ReviewDue(now) {
				due[k.Name]++
			}
		}
		if k.Name == "Maisie" {
			log, _ := demo.Concerns(k.ID)
			if !k.Placed || !k.Placement.HasContacts() || len(log) != 1 {
				t.Errorf("Maisie: placed %v %+v, %d concerns", k.Placed, k.Placement, len(log))
			}
		}
	}
	if notes["Amira"] != 3 || notes["Leo"] != 3 || due["Leo"] != 1 || due["Amira"] != 0 {
		t.Errorf("notes %v, due %v", notes, due)
	}
}
