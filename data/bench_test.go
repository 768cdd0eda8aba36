package data

import (
	"fmt"
	"testing"
	"time"
)

// BenchmarkAddChild measures one saved edit: a full bbolt transaction
// with fsync, which is what every edit in the app costs.
func BenchmarkAddChild(b *testing.B) {
	s := openTemp(b)
	b.ResetTimer()
	for i := range b.N {
		if _, err := s.AddChild(Child{Name: fmt.Sprint("Child ", i), BirthYear: 2015, BirthMonth: 5}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkChildren1000 reads and sorts a (very) large family, as Home does.
func BenchmarkChildren1000(b *testing.B) {
	s := openTemp(b)
	for i := range 1000 {
		must1(b)(s.AddChild(Child{Name: fmt.Sprint("Child ", i), BirthYear: 2015, BirthMonth: 5}))
	}
	b.ResetTimer()
	for range b.N {
		kids, err := s.Children()
		if err != nil || len(kids) != 1000 {
			b.Fatal(err, len(kids))
		}
	}
}

// BenchmarkOpen is the store's share of start-up: open, check the schema.
func BenchmarkOpen(b *testing.B) {
	dir := b.TempDir()
	s, _ := Open(dir, testOptions())
	closeOK(b, s)
	b.ResetTimer()
	for range b.N {
		s, err := Open(dir, testOptions())
		if err != nil {
			b.Fatal(err)
		}
		closeOK(b, s)
	}
}

// BenchmarkBackup is the daily copy made at start-up, for a family with
// 50 children's worth of records.
func BenchmarkBackup(b *testing.B) {
	s := openTemp(b)
	for i := range 50 {
		must1(b)(s.AddChild(Child{Name: fmt.Sprint("Child ", i), BirthYear: 2015, BirthMonth: 5}))
	}
	day := time.Date(2026, 1, 1, 0, 0, 0, 0, time.Local)
	b.ResetTimer()
	for i := range b.N {
		if _, err := s.Backup(day.Add(time.Duration(i) * time.Hour)); err != nil {
			b.Fatal(err)
		}
	}
}
