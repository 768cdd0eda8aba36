// Package largefamily fills a store with a family far larger than any real
// one, so benchmarks and the start-up script measure the app under load.
// It uses only the store's public API, as the screens do, and is never
// part of the shipped program.
package largefamily

import (
	"fmt"
	"time"

	"family-online-safety/content"
	"family-online-safety/data"
)

// Size says how many records of each kind to make.
type Size struct {
	Children, AppNotes, Discussions, Concerns, Windows, OwnStarters, Contacts int
}

// Large is the family the benchmarks use: 20 children, 2,000 app notes,
// 10,000 discussed starters, 500 concern entries, 50 device-free windows,
// 200 own starters and 100 own contacts.
var Large = Size{Children: 20, AppNotes: 2000, Discussions: 10000, Concerns: 500,
	Windows: 50, OwnStarters: 200, Contacts: 100}

// Fill adds a family of the given size to s, dated as of now. Records are
// spread evenly over the children; it returns the children made.
func Fill(s *data.Store, now time.Time, size Size) ([]data.Child, error) {
	kids, err := addChildren(s, now, size.Children)
	if err != nil || len(kids) == 0 {
		return kids, err
	}
	steps := []func() error{
		func() error { return addAppNotes(s, kids, size.AppNotes) },
		func() error { return addDiscussions(s, now, kids, size.Discussions) },
		func() error { return addConcerns(s, now, kids, size.Concerns) },
		func() error { return addWindows(s, kids, size.Windows) },
		func() error { return addOwnStarters(s, size.OwnStarters) },
		func() error { return addContacts(s, size.Contacts) },
	}
	for _, step := range steps {
		if err := step(); err != nil {
			return kids, err
		}
	}
	return kids, nil
}

func addChildren(s *data.Store, now time.Time, n int) ([]data.Child, error) {
	var kids []data.Child
	for i := range n {
		c, err := s.AddChild(data.Child{
			Name:       fmt.Sprintf("Child %02d", i+1),
			BirthYear:  now.Year() - 2 - i%16, // ages 2 to 17
			BirthMonth: 1 + i%12,
			Placed:     i%5 == 0,
		})
		if err != nil {
			return kids, fmt.Errorf("child %d: %w", i, err)
		}
		kids = append(kids, c)
	}
	return kids, nil
}

// addAppNotes gives each child every catalogue app first, then apps typed
// in by hand, so both kinds of note are in the lists.
func addAppNotes(s *data.Store, kids []data.Child, n int) error {
	decisions := data.Decisions
	for i := range n {
		kid := kids[i%len(kids)]
		k := i / len(kids) // the child's k-th note
		note := data.AppNote{ChildID: kid.ID, Decision: decisions[i%len(decisions)],
			Conditions: "Only in the living room, and we look at the settings together each month."}
		if k < len(content.Apps) {
			note.AppID = content.Apps[k].ID
		} else {
			note.Name = fmt.Sprintf("Hand-typed app %d", k)
		}
		if _, err := s.AddAppNote(note); err != nil {
			return fmt.Errorf("app note %d: %w", i, err)
		}
	}
	return nil
}

func addDiscussions(s *data.Store, now time.Time, kids []data.Child, n int) error {
	for i := range n {
		st := content.Starters[i%len(content.Starters)]
		day := now.AddDate(0, 0, -(i % 700))
		d := data.Discussion{ChildID: kids[i%len(kids)].ID, StarterID: st.ID,
			Date: day.Format(data.DateLayout), Note: "We talked about it at tea time."}
		if _, err := s.MarkDiscussed(d); err != nil {
			return fmt.Errorf("discussion %d: %w", i, err)
		}
	}
	return nil
}

func addConcerns(s *data.Store, now time.Time, kids []data.Child, n int) error {
	for i := range n {
		c := data.Concern{ChildID: kids[i%len(kids)].ID, Date: now.AddDate(0, 0, -(i % 365)),
			Happened: fmt.Sprintf("Entry %d: a message from someone they did not know asked for a photo.", i),
			Done:     "Blocked and reported on the app; screenshots of the messages kept.",
			Told:     "Social worker, by phone."}
		if _, err := s.AddConcern(c); err != nil {
			return fmt.Errorf("concern %d: %w", i, err)
		}
	}
	return nil
}

func addWindows(s *data.Store, kids []data.Child, n int) error {
	for i := range n {
		w := data.Window{Label: fmt.Sprintf("Quiet time %d", i+1), Days: data.EveryDay,
			Start: (18*60 + i*7) % data.MinutesPerDay, End: (7*60 + i*3) % data.MinutesPerDay}
		if i%3 == 0 {
			w.Everyone = true
		} else {
			w.Children = []data.ID{kids[i%len(kids)].ID}
		}
		if _, err := s.AddWindow(w); err != nil {
			return fmt.Errorf("window %d: %w", i, err)
		}
	}
	return nil
}

func addOwnStarters(s *data.Store, n int) error {
	topics := content.Topics
	for i := range n {
		o := data.OwnStarter{Question: fmt.Sprintf("Our own question %d: what did you enjoy online this week?", i+1),
			Tip: "Listen first.", Bands: []content.Band{content.Bands[i%len(content.Bands)]},
			Topic: topics[i%len(topics)]}
		if _, err := s.AddOwnStarter(o); err != nil {
			return fmt.Errorf("own starter %d: %w", i, err)
		}
	}
	return nil
}

func addContacts(s *data.Store, n int) error {
	for i := range n {
		c := data.Contact{Name: fmt.Sprintf("Contact %d", i+1), Role: data.ContactRoles[i%len(data.ContactRoles)],
			Phone: fmt.Sprintf("01632 %06d", 960000+i)}
		if _, err := s.AddContact(c); err != nil {
			return fmt.Errorf("contact %d: %w", i, err)
		}
	}
	return nil
}
