package largefamily

import (
	"testing"
	"time"

	"family-online-safety/data"
	"family-online-safety/data/datatest"
)

// A small family of every kind proves Fill makes what it says, through the
// same store calls the screens use.
func TestFillMakesEveryKindOfRecord(t *testing.T) {
	t.Parallel()
	s, err := data.Open(t.TempDir(), datatest.Options(t, nil))
	if err != nil {
		t.Fatal(err)
	}
	defer closeOK(t, s)
	now := time.Date(2026, 11, 29, 12, 0, 0, 0, time.Local)
	size := Size{Children: 3, AppNotes: 90, Discussions: 30, Concerns: 6, Windows: 4, OwnStarters: 5, Contacts: 7}
	kids, err := Fill(s, now, size)
	if err != nil {
		t.Fatal(err)
	}
	if len(kids) != 3 {
		t.Fatalf("children: got %d, want 3", len(kids))
	}
	var notes, talks, concerns int
	for _, k := range kids {
		n, _ := s.AppNotes(k.ID)
		d, _ := s.Discussions(k.ID)
		c, _ := s.Concerns(k.ID)
		notes, talks, concerns = notes+len(n), talks+len(d), concerns+len(c)
	}
	a, _ := s.Agreement()
	own, _ := s.OwnStarters()
	contacts, _ := s.Contacts()
	got := Size{len(kids), notes, talks, concerns, len(a.Windows), len(own), len(contacts)}
	if got != size {
		t.Fatalf("made %+v, want %+v", got, size)
	}
}
