package home_test

import (
	"testing"

	"family-online-safety/data"
	"family-online-safety/screens/agreement"
	"family-online-safety/screens/home"
)

// counting counts the reads that reach the store.
type counting struct {
	home.ReadSource
	agreements, holidays int
	changes              map[data.ID]int
}

func (c *counting) Agreement() (data.Agreement, error) {
	c.agreements++
	return c.ReadSource.Agreement()
}

func (c *counting) Holidays() ([]data.Holiday, error) {
	c.holidays++
	return c.ReadSource.Holidays()
}

func (c *counting) DayChanges(child data.ID) ([]data.DayChange, error) {
	c.changes[child]++
	return c.ReadSource.DayChanges(child)
}

// Home reads the agreement and the holidays once, and each child's
// today-only changes once, however many cards and sections ask; a change
// saved through it is seen by the next read.
func TestHomeReadsEachThingOnce(t *testing.T) {
	h := family(t, "en")
	src := &counting{ReadSource: h.Store, changes: map[data.ID]int{}}
	reads := home.NewReads(src)
	h.Show(home.New(h.Env(), h.Store, h.Actions,
		agreement.HomeSection(h.Env(), reads),
		home.ChangesSection(h.Env(), reads, h.Win, h.Actions)).View())
	kids, _ := h.Store.ActiveChildren()
	if src.agreements != 1 || src.holidays != 1 {
		t.Errorf("the agreement was read %d times and the holidays %d, want once each", src.agreements, src.holidays)
	}
	for _, k := range kids {
		if src.changes[k.ID] != 1 {
			t.Errorf("%s's changes were read %d times, want once", k.Name, src.changes[k.ID])
		}
	}

	added, err := reads.AddDayChange(data.DayChange{Day: data.Day(friday), Kind: data.ChangeNone}, []data.ID{kids[0].ID})
	if err != nil {
		t.Fatal(err)
	}
	if list, _ := reads.DayChanges(kids[0].ID); len(list) != 1 {
		t.Fatalf("after a change was added Home reads %d changes", len(list))
	}
	if err := reads.DeleteDayChange(kids[0].ID, added[0].ID); err != nil {
		t.Fatal(err)
	}
	if list, _ := reads.DayChanges(kids[0].ID); len(list) != 0 {
		t.Fatalf("after the change was taken back Home still reads %d", len(list))
	}
}
