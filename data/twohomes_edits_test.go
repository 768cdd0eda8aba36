package data

import (
	"fmt"
	"maps"
	"slices"
	"strconv"
	"strings"
)

// edit makes one random edit, rewording or deletion in home h, and checks
// that the home then holds what the model says.
func (m *twoHomeModel) edit(h int) {
	m.t.Helper()
	s, word := m.homes[h], m.word(h)
	before := maps.Clone(m.vals[h])
	key, value, err := m.randomChange(s, h, word)
	if err != nil {
		m.t.Fatal(err)
	}
	got := observeHome(m.t, s)
	if key == "" { // added: the one new key
		for k := range got {
			if _, had := before[k]; !had {
				key = k
			}
		}
	}
	want := maps.Clone(before)
	if want[key] = value; value == "" {
		delete(want, key)
	}
	m.vals[h] = want
	m.mustHold(h, want, "after an edit")
}

// randomChange is one edit: the key it changes ("" for one added) and the
// value it leaves ("" when deleted).
func (m *twoHomeModel) randomChange(s *Store, h int, word string) (string, string, error) {
	keys := slices.Sorted(maps.Keys(m.vals[h]))
	of := func(prefix string) []string {
		return slices.DeleteFunc(slices.Clone(keys), func(k string) bool { return !strings.HasPrefix(k, prefix) })
	}
	any := func(list []string) string { return list[m.rng.IntN(len(list))] }
	kids, _ := s.Children()
	kid := kids[m.rng.IntN(len(kids))]
	stamps, _ := s.Stamps()
	switch op := m.rng.IntN(10); {
	case op == 1 && len(of("item:")) > 0:
		return m.changeItem(s, any(of("item:")), word)
	case op == 2:
		p := BuiltinPlaces[m.rng.IntN(len(BuiltinPlaces))]
		on := m.vals[h]["place:"+p] == ""
		return "place:" + p, map[bool]string{true: "on"}[on], s.SetPlace(p, on)
	case op == 3 && len(of("window:")) > 0:
		return m.changeWindow(s, any(of("window:")), word)
	case op == 3:
		_, err := s.AddWindow(Window{Label: "Quiet " + word, Days: EveryDay, Start: 19 * 60, End: 20 * 60, Everyone: true})
		return "", "Quiet " + word, err
	case op == 4:
		return m.changeLimit(s, kid, stamps[StampedKey{"children", string(kid.ID.key())}].UID)
	case op == 5 || op == 6:
		return m.changeRecord(s, h, op == 5, kid, word)
	}
	l := []List{ListRules, ListPromises, ListConsequences, ListPlaces}[m.rng.IntN(4)]
	_, err := s.AddItem(l, "Say "+word)
	return "", string(l) + "|Say " + word, err
}

func (m *twoHomeModel) changeItem(s *Store, key, word string) (string, string, error) {
	a, _ := s.Agreement()
	for _, l := range Lists {
		for _, it := range *a.list(l) {
			if "item:"+itemUID(l, it) != key {
				continue
			}
			if m.rng.IntN(3) == 0 {
				return key, "", s.DeleteItem(l, it.ID)
			}
			return key, string(l) + "|Reworded " + word, s.UpdateItem(l, it.ID, "Reworded "+word)
		}
	}
	return key, "", fmt.Errorf("no item %s", key)
}

func (m *twoHomeModel) changeWindow(s *Store, key, word string) (string, string, error) {
	a, _ := s.Agreement()
	for _, w := range a.Windows {
		if "window:"+windowUID(w) != key {
			continue
		}
		if m.rng.IntN(3) == 0 {
			return key, "", s.DeleteWindow(w.ID)
		}
		w.Label = "Renamed " + word
		return key, w.Label, s.UpdateWindow(w)
	}
	return key, "", fmt.Errorf("no window %s", key)
}

// changeLimit sets or clears one day's limit, in term time or holidays.
func (m *twoHomeModel) changeLimit(s *Store, kid Child, uid string) (string, string, error) {
	day, minutes := m.rng.IntN(7), 15*m.rng.IntN(13)
	l, value := Limit{Set: true, Minutes: minutes}, strconv.Itoa(minutes)
	if m.rng.IntN(4) == 0 {
		l, value = Limit{}, ""
	}
	if m.rng.IntN(3) == 0 {
		return fmt.Sprintf("day:holiday %s %d", uid, day), value, s.SetHolidayLimit(kid.ID, day, l)
	}
	return fmt.Sprintf("day:term %s %d", uid, day), value, s.SetLimit(kid.ID, day, l)
}

// changeRecord adds, changes or deletes a contact or one of kid's app notes.
func (m *twoHomeModel) changeRecord(s *Store, h int, contact bool, kid Child, word string) (string, string, error) {
	stamps, _ := s.Stamps()
	kidUID := stamps[StampedKey{"children", string(kid.ID.key())}].UID
	op := m.rng.IntN(3)
	if contact {
		list, _ := s.Contacts()
		if op == 0 || len(list) == 0 {
			_, err := s.AddContact(Contact{Name: "Contact " + word, Role: RoleOther})
			return "", "Contact " + word + "|", err
		}
		c := list[m.rng.IntN(len(list))]
		key := "contacts:" + stamps[StampedKey{"contacts", string(c.ID.key())}].UID
		if op == 1 {
			return key, "", s.DeleteContact(c.ID)
		}
		c.Notes = word
		return key, c.Name + "|" + word, s.UpdateContact(c)
	}
	notes, _ := s.AppNotes(kid.ID)
	if op == 0 || len(notes) == 0 {
		_, err := s.AddAppNote(AppNote{ChildID: kid.ID, Name: "App " + word, Decision: DecisionNotYet})
		return "", kidUID + "|App " + word + "|", err
	}
	n := notes[m.rng.IntN(len(notes))]
	key := "app_notes:" + stamps[StampedKey{"app_notes", string(childKey(kid.ID, n.ID))}].UID
	if op == 1 {
		return key, "", s.DeleteAppNote(kid.ID, n.ID)
	}
	n.Conditions = word
	return key, kidUID + "|" + n.Name + "|" + word, s.UpdateAppNote(n)
}
