package data

import "testing"

// addKid saves a nine-year-old (in 2026) called name.
func addKid(t *testing.T, s *Store, name string) Child {
	t.Helper()
	c, err := s.AddChild(Child{Name: name, BirthYear: 2017, BirthMonth: 1})
	if err != nil {
		t.Fatal(err)
	}
	return c
}
