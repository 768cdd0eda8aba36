package children_test

import (
	"testing"

	"family-online-safety/data"
	"family-online-safety/icons"
	"family-online-safety/screens/screentest"
)

// inHolidays puts the words harness's day in a holiday, with a holiday
// lie-in for everyone and nap time on school days only.
var inHolidays = screentest.Prepare(func(s *data.Store) {
	must := func(err error) {
		if err != nil {
			panic(err)
		}
	}
	_, err := s.AddHoliday(data.Holiday{Name: "Inset days", First: data.Day(wordsDay), Last: data.Day(wordsDay).AddDate(0, 0, 1)})
	must(err)
	_, err = s.AddWindow(data.Window{Label: "Lie-in", Days: data.EveryDay, Start: 8 * 60, End: 9 * 60, Everyone: true, When: data.PeriodHolidays})
	must(err)
	a, err := s.Agreement()
	must(err)
	for _, w := range a.Windows {
		if w.Label == "Nap time" {
			w.When = data.PeriodTerm
			must(s.UpdateWindow(w))
		}
	}
})

// On screen, the child's view says when each rule holds and, for Maisie
// (4), puts the "school days" or "holidays" picture beside such a line.
func TestTheChildsViewSaysWhenEachRuleHolds(t *testing.T) {
	h := wordsHarness(t, 2, "en", inHolidays)
	h.Tap("Show the child's view")
	h.Shows("This is what we agreed together. Now it is the school holidays, until 24/11/2026.")
	h.Shows("Nap time – Every day: no screens from 13:00 to 14:00 (in term time, not in the holidays)")
	h.Shows("Lie-in – Every day: no screens from 08:00 to 09:00 (in the school holidays)")
	h.Shows("Dinner – Every day: no screens from 18:00 to 18:45 (all year)")
	marks := map[string]int{}
	for _, img := range pictures(h.Root()) {
		for _, kind := range []data.ViewKind{data.ViewSchool, data.ViewHolidays} {
			if img.Resource == icons.Picture(string(kind)) || img.Resource.Name() == icons.Picture(string(kind)).Name() {
				marks[string(kind)]++
			}
		}
	}
	if marks["school"] != 1 || marks["holidays"] != 1 {
		t.Errorf("period pictures shown: %v, want one school days (nap time) and one holidays (lie-in)", marks)
	}
}
