package app

import (
	"testing"
	"time"

	"fyne.io/fyne/v2/test"

	"family-online-safety/data"
	"family-online-safety/screens"
	"family-online-safety/screens/screentest"
)

// Home moves on with the clock, with no one touching it: a later bedtime
// leaves when the bedtime comes, a "no screens today" at midnight, and a
// device-free time shows while it holds.
func TestHomeMovesOnByItself(t *testing.T) {
	day := time.Date(2026, 12, 7, 0, 0, 0, 0, time.UTC)
	cases := []struct {
		name       string
		change     *data.DayChange
		window     *data.Window
		from       time.Duration // after midnight on day
		shows      string
		wait       time.Duration
		showsAfter string // "" when the text must simply be gone
	}{
		{"a later bedtime ends", &data.DayChange{Kind: data.ChangeBedtime, Day: day, Until: 22*60 + 30}, nil,
			21 * time.Hour, "Later bedtime tonight: 22:30", 91 * time.Minute, ""},
		{"no screens today ends at midnight", &data.DayChange{Kind: data.ChangeNone, Day: day}, nil,
			23*time.Hour + 50*time.Minute, "No screens today", 11 * time.Minute, ""},
		{"a device-free time starts", nil, &data.Window{Label: "Homework", Days: data.EveryDay, Start: 16*60 + 30, End: 17*60 + 30, Everyone: true},
			16 * time.Hour, "Next: Homework", 31 * time.Minute, "Device-free until 17:30"},
		{"a device-free time ends", nil, &data.Window{Label: "Homework", Days: data.EveryDay, Start: 16*60 + 30, End: 17*60 + 30, Everyone: true},
			17 * time.Hour, "Device-free until 17:30", 31 * time.Minute, ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			h := newHarness(t, onboarded, withChild("Amira"))
			now := day.Add(c.from)
			h.app.now = func() time.Time { return now }
			kids, _ := h.store.ActiveChildren()
			if c.change != nil {
				if _, err := h.store.AddDayChange(*c.change, []data.ID{kids[0].ID}); err != nil {
					t.Fatal(err)
				}
			}
			if c.window != nil {
				if _, err := h.store.AddWindow(*c.window); err != nil {
					t.Fatal(err)
				}
			}
			h.app.Show(screens.HomeID)
			screentest.MustHaveText(t, h.content(), c.shows)
			h.advance(c.wait)
			if c.showsAfter == "" && screentest.HasText(h.content(), c.shows) {
				t.Fatalf("%v later Home still says %q", c.wait, c.shows)
			}
			if c.showsAfter != "" {
				screentest.MustHaveText(t, h.content(), c.showsAfter)
			}
		})
	}
}

// The child's view moves on with the clock too, while it is open: today's
// changes ("Tonight: bedtime 22:30", "Today: no screens") hold for the
// whole day there, as on the printed view, and leave it at midnight.
func TestTheChildsViewMovesOnByItself(t *testing.T) {
	day := time.Date(2026, 12, 7, 0, 0, 0, 0, time.UTC)
	cases := []struct {
		name   string
		change data.DayChange
		from   time.Duration
		shows  string
		wait   time.Duration
	}{
		{"a later bedtime, at midnight", data.DayChange{Kind: data.ChangeBedtime, Day: day, Until: 22*60 + 30},
			22 * time.Hour, "Tonight: bedtime 22:30", 2*time.Hour + time.Minute},
		{"no screens today ends at midnight", data.DayChange{Kind: data.ChangeNone, Day: day},
			23*time.Hour + 50*time.Minute, "Today: no screens", 11 * time.Minute},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			h := newHarness(t, onboarded, withChild("Amira"))
			now := day.Add(c.from)
			h.app.now = func() time.Time { return now }
			kids, _ := h.store.ActiveChildren()
			if _, err := h.store.AddDayChange(c.change, []data.ID{kids[0].ID}); err != nil {
				t.Fatal(err)
			}
			h.app.Show(screens.ChildrenID)
			screentest.SelectTab(t, h.app.sh.content, "In their words")
			test.Tap(screentest.Button(t, h.content(), "Show the child's view"))
			screentest.MustHaveText(t, h.content(), c.shows)
			h.advance(c.wait)
			if screentest.HasText(h.content(), c.shows) {
				t.Fatalf("%v later the child's view still says %q", c.wait, c.shows)
			}
			screentest.MustHaveText(t, h.content(), "Back to grown-up view") // still the child's view
		})
	}
}
