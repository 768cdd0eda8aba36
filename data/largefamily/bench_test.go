package largefamily

import (
	"fmt"
	"testing"

	"family-online-safety/data"
)

// One edit saved in the large family, as a carer typing in a field causes.
// Target: 2 ms or less.
func BenchmarkSaveLargeFamily(b *testing.B) {
	s, kids := Open(b)
	notes, err := s.AppNotes(kids[0].ID)
	if err != nil || len(notes) == 0 {
		b.Fatal(err, len(notes))
	}
	b.Run("app-note", func(b *testing.B) {
		n := notes[0]
		for i := range b.N {
			n.Conditions = fmt.Sprint("Only downstairs, version ", i)
			if err := s.UpdateAppNote(n); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("agreement-limit", func(b *testing.B) {
		for i := range b.N {
			if err := s.SetLimit(kids[1].ID, i%7, data.Minutes(60+i%60)); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("discussion", func(b *testing.B) {
		for range b.N {
			d := data.Discussion{ChildID: kids[2].ID, StarterID: "games-show-me-how", Date: "2026-11-28"}
			if _, err := s.MarkDiscussed(d); err != nil {
				b.Fatal(err)
			}
		}
	})
}

// Reading what the everyday screens list, in the large family.
func BenchmarkReadLargeFamily(b *testing.B) {
	s, kids := Open(b)
	readLargeFamily(b, s, kids)
}

// readLargeFamily reads, in s, what the everyday screens list.
func readLargeFamily(b *testing.B, s *data.Store, kids []data.Child) {
	b.Run("app-notes-one-child", func(b *testing.B) {
		for range b.N {
			if _, err := s.AppNotes(kids[3].ID); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("discussions-one-child", func(b *testing.B) {
		for range b.N {
			if _, err := s.Discussions(kids[3].ID); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("agreement", func(b *testing.B) {
		for range b.N {
			if _, err := s.Agreement(); err != nil {
				b.Fatal(err)
			}
		}
	})
	// After a save the bucket saved to is read afresh (behind a
	// passphrase: every record of it opened again).
	b.Run("save-then-discussions", func(b *testing.B) {
		for range b.N {
			d := data.Discussion{ChildID: kids[2].ID, StarterID: "games-show-me-how", Date: "2026-11-28"}
			if _, err := s.MarkDiscussed(d); err != nil {
				b.Fatal(err)
			}
			if _, err := s.Discussions(kids[3].ID); err != nil {
				b.Fatal(err)
			}
		}
	})
}

// Opening the large family's file as the app does at start: every record
// is read once to find damage. Then the daily backup: copy, read the copy
// back whole, and rotate the kept copies.
func BenchmarkOpenLargeFamily(b *testing.B) {
	s, _ := Open(b)
	dir := s.Dir()
	if err := s.Close(); err != nil {
		b.Fatal(err)
	}
	b.Run("open", func(b *testing.B) {
		for range b.N {
			s, err := data.Open(dir, data.Options{})
			if err != nil {
				b.Fatal(err)
			}
			if err := s.Close(); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("daily-backup", func(b *testing.B) {
		s, err := data.Open(dir, data.Options{})
		if err != nil {
			b.Fatal(err)
		}
		defer func() { _ = s.Close() }()
		day := Now
		for range b.N {
			day = day.AddDate(0, 0, 1) // a new day: the backup is due
			if _, err := s.BackupIfDue(day); err != nil {
				b.Fatal(err)
			}
		}
	})
}
