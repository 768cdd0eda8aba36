package data

import (
	"fmt"
	"os"
	"path/filepath"
	"time"
)

// The demo family lives in its own database in a "demo" folder beside the
// real one. Sample data can then never mix with a real family's records,
// and removing the demo is deleting that folder.

// DemoDir is the demo database's folder for a data folder.
func DemoDir(dataDir string) string { return filepath.Join(dataDir, "demo") }

// OpenDemo starts a fresh demo database filled with the sample family as of
// now, carrying over the language and region already chosen. The demo
// store is opened with opts (those of the real store: its clock too).
func OpenDemo(dataDir string, opts Options, base Settings) (*Store, error) {
	dir := DemoDir(dataDir)
	if err := os.RemoveAll(dir); err != nil {
		return nil, fmt.Errorf("cannot clear the old demo: %w", err)
	}
	s, err := Open(dir, opts)
	if err != nil {
		return nil, err
	}
	// The sample family is thrown away on exit, so its many small saves
	// need not each wait for the disk: one sync at the end will do.
	s.db.NoSync = true
	err = seedDemo(s, s.now(), base)
	s.db.NoSync = s.opts.NoSync.Skips()
	if err == nil {
		err = s.db.Sync()
	}
	if err != nil {
		_ = s.Close()
		return nil, err
	}
	return s, nil
}

// ClearDemo deletes a demo family left behind by a crash. Call it only
// while holding the real store's lock: then no other copy of the app can
// be showing that demo.
func ClearDemo(dataDir string) error { return os.RemoveAll(DemoDir(dataDir)) }

// RemoveDemo closes a demo store and deletes its folder. It refuses to
// delete a store that is not the demo.
func RemoveDemo(s *Store) error {
	set, err := s.Settings()
	if err != nil {
		return err
	}
	if !set.Demo {
		return fmt.Errorf("%w: this is not the demo family", ErrInvalid)
	}
	dir := s.Dir()
	if err := s.Close(); err != nil {
		return err
	}
	return os.RemoveAll(dir)
}

// demoChild describes a sample child by age, so the demo stays realistic
// whatever today's date is.
type demoChild struct {
	name       string
	ageYears   int
	monthsBack int // months since the last birthday
	notes      string
	// notesElsewhere are the notes outside the UK, without its school years.
	notesElsewhere string
}

var demoChildren = []demoChild{
	{name: "Amira", ageYears: 14, monthsBack: 3, notes: "Year 9. Loves drawing and music.", notesElsewhere: "Loves drawing and music."},
	{name: "Leo", ageYears: 9, monthsBack: 7, notes: "Year 5. Plays Minecraft with friends from school.", notesElsewhere: "Plays Minecraft with friends from school."},
	{name: "Maisie", ageYears: 4, monthsBack: 1},
}

// notesIn are the child's notes for a family in region.
func (d demoChild) notesIn(region string) string {
	if demoIsUK(region) {
		return d.notes
	}
	return d.notesElsewhere
}

func seedDemo(s *Store, now time.Time, base Settings) error {
	base.Demo = true
	base.Onboarded = true
	if err := s.SaveSettings(base); err != nil {
		return err
	}
	for _, d := range demoChildren {
		born := now.AddDate(-d.ageYears, -d.monthsBack, 0)
		if _, err := s.AddChild(Child{Name: d.name, BirthYear: born.Year(), BirthMonth: int(born.Month()), Notes: d.notesIn(base.Region)}); err != nil {
			return err
		}
	}
	for _, seed := range demoSeeders {
		if err := seed(s, now); err != nil {
			return err
		}
	}
	return nil
}

// demoSeeders fill each feature's part of the demo family, in order.
var demoSeeders = []func(*Store, time.Time) error{
	seedDemoChildren,
	seedDemoAgreement,
	seedDemoHelp,
	seedDemoStarters,
	seedDemoWords,
}
