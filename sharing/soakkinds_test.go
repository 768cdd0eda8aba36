package sharing

import (
	"math/rand/v2"
	"slices"

	"family-online-safety/content"
	"family-online-safety/data"
)

// The soak's edits of the kinds soakEdit does not cover itself: contacts,
// device-free times, talks, own starters and a child's details, each
// added, changed or removed. A child's records name the child.
func soakMoreKinds(rng *rand.Rand, s *data.Store, kid data.Child, word string) error {
	switch rng.IntN(5) {
	case 0:
		return soakContact(rng, s, word)
	case 1:
		return soakWindow(rng, s, kid, word)
	case 2:
		talks, _ := s.Discussions(kid.ID)
		if rng.IntN(3) == 0 && len(talks) > 0 {
			return s.DeleteDiscussion(kid.ID, talks[rng.IntN(len(talks))].ID)
		}
		_, err := s.MarkDiscussed(data.Discussion{ChildID: kid.ID, StarterID: "s1",
			Date: day.Format(data.DateLayout), Note: kid.Name + " " + word})
		return err
	case 3:
		return soakStarter(rng, s, word)
	}
	kid.Notes = kid.Name + " " + word // the child's details
	return s.UpdateChild(kid)
}

func soakContact(rng *rand.Rand, s *data.Store, word string) error {
	contacts, _ := s.Contacts()
	switch op := rng.IntN(3); {
	case op == 0 || len(contacts) == 0:
		_, err := s.AddContact(data.Contact{Name: "Contact " + word, Phone: "01234 567890"})
		return err
	case op == 1:
		c := contacts[rng.IntN(len(contacts))]
		c.Notes, c.Phone = word, "07700 900"+word[:min(3, len(word))]
		return s.UpdateContact(c)
	}
	return s.DeleteContact(contacts[rng.IntN(len(contacts))].ID)
}

func soakWindow(rng *rand.Rand, s *data.Store, kid data.Child, word string) error {
	a, err := s.Agreement()
	if err != nil {
		return err
	}
	start := 60 * (6 + rng.IntN(14))
	switch op := rng.IntN(3); {
	case op == 0 || len(a.Windows) == 0:
		w := data.Window{Label: "Time " + word, Days: data.EveryDay, Start: start, End: start + 30, Everyone: true}
		if rng.IntN(2) == 0 {
			w.Everyone, w.Children = false, []data.ID{kid.ID}
		}
		_, err = s.AddWindow(w)
	case op == 1:
		w := a.Windows[rng.IntN(len(a.Windows))]
		w.Label, w.Start, w.End = "Moved "+word, start, start+45
		err = s.UpdateWindow(w)
	default:
		err = s.DeleteWindow(a.Windows[rng.IntN(len(a.Windows))].ID)
	}
	return err
}

func soakStarter(rng *rand.Rand, s *data.Store, word string) error {
	own, _ := s.OwnStarters()
	switch op := rng.IntN(3); {
	case op == 0 || len(own) == 0:
		_, err := s.AddOwnStarter(data.OwnStarter{Question: "Who " + word + "?",
			Bands: []content.Band{content.Band8to10}, Topic: content.TopicGames})
		return err
	case op == 1:
		o := own[rng.IntN(len(own))]
		o.Question = "Reworded " + word + "?"
		return s.UpdateOwnStarter(o)
	}
	return s.DeleteOwnStarter(own[rng.IntN(len(own))].ID)
}

// windowsView is the device-free times, by label and hours, in order.
func windowsView(a data.Agreement) []string {
	var out []string
	for _, w := range a.Windows {
		out = append(out, w.Label+" "+itoa(w.Start)+"-"+itoa(w.End))
	}
	slices.Sort(out)
	return out
}
