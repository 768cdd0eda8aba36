package largefamily

import (
	"fmt"
	"testing"
	"time"

	"family-online-safety/data"
	"family-online-safety/data/internal/nosync"
)

const benchPassphrase = "correct horse battery staple"

// Unlocking the large family behind a passphrase, as the lock screen
// does: open the file, Argon2id at the app's own cost (64 MiB, 6 passes),
// check the manifest and read every record once. Target: 1 s or less.
func BenchmarkUnlockLargeFamily(b *testing.B) { benchmarkUnlock(b, data.DefaultKDF()) }

// The same unlock at the tests' cheap Argon2id cost: what the records
// cost (the manifest's check, every record opened once), without the
// deliberate wait.
func BenchmarkUnlockLargeFamilyRecords(b *testing.B) { benchmarkUnlock(b, data.CheapKDF()) }

func benchmarkUnlock(b *testing.B, kdf data.KDFCost) {
	s, _ := Open(b)
	dir := s.Dir()
	if err := s.Close(); err != nil {
		b.Fatal(err)
	}
	clock := func() time.Time { return Now }
	s, err := data.Open(dir, data.Options{Clock: clock, NoSync: nosync.On(), KDF: kdf})
	if err != nil {
		b.Fatal(err)
	}
	if err := s.SetPassphrase(benchPassphrase); err != nil {
		b.Fatal(err)
	}
	if err := s.Close(); err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		s, err := data.Open(dir, data.Options{Clock: clock})
		if err != nil {
			b.Fatal(err)
		}
		if err := s.Unlock(benchPassphrase); err != nil {
			b.Fatal(err)
		}
		if err := s.Close(); err != nil {
			b.Fatal(err)
		}
	}
}

// One edit saved in the large family behind a passphrase: the record is
// sealed and the manifest checked and written again. Target: 2 ms or less.
func BenchmarkSaveLargeFamilyEncrypted(b *testing.B) {
	s, kids := Open(b)
	if err := s.SetPassphrase(benchPassphrase); err != nil {
		b.Fatal(err)
	}
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
}

// The same reads behind a passphrase: record keys are hashed, so listing
// one child's records opens every record of the bucket (keyhash.go).
func BenchmarkReadLargeFamilyEncrypted(b *testing.B) {
	s, kids := Open(b)
	if err := s.SetPassphrase(benchPassphrase); err != nil {
		b.Fatal(err)
	}
	readLargeFamily(b, s, kids)
}
