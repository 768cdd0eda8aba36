package agreement_test

import (
	"slices"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"

	"family-online-safety/data"
	"family-online-safety/screens/agreement"
	"family-online-safety/screens/home"
	"family-online-safety/screens/screentest"
)

// homeCard renders Home at the given moment and returns what the child's
// card says.
func homeCard(h *screentest.Harness, now time.Time, name string) []string {
	h.T.Helper()
	h.SetNow(now)
	h.Show(home.New(h.Env(), h.Store, h.Actions, agreement.HomeSection(h.Env(), h.Store)).View())
	h.Win.Resize(fyne.NewSize(800, 900))
	for _, card := range screentest.Find[*widget.Card](h.Root()) {
		if card.Title == name {
			return screentest.Texts(card.Content)
		}
	}
	h.T.Fatalf("no card for %s on %q", name, screentest.Texts(h.Root()))
	return nil
}

func mustSay(t *testing.T, texts []string, want ...string) {
	t.Helper()
	for _, w := range want {
		if !slices.ContainsFunc(texts, func(s string) bool { return strings.Contains(s, w) }) {
			t.Errorf("card does not say %q; it says %q", w, texts)
		}
	}
}

func mustNotSay(t *testing.T, texts []string, not string) {
	t.Helper()
	if slices.ContainsFunc(texts, func(s string) bool { return strings.Contains(s, not) }) {
		t.Errorf("card says %q: %q", not, texts)
	}
}

func TestHomeShowsWhatIsInForceRightNow(t *testing.T) {
	h := screentest.New(t)
	store := h.Store
	leo, _ := store.AddChild(data.Child{Name: "Leo", BirthYear: 2017, BirthMonth: 3})
	amira, _ := store.AddChild(data.Child{Name: "Amira", BirthYear: 2012, BirthMonth: 8})
	must1(t)(store.AddChild(data.Child{Name: "Maisie", BirthYear: 2022, BirthMonth: 10}))
	must(t, store.SetWeek(leo.ID, data.Week{data.Minutes(90), data.Minutes(90), data.Minutes(90), data.Minutes(90), data.Minutes(90), data.Minutes(150), data.Minutes(150)}))
	must(t, store.SetLimit(amira.ID, 1, data.Minutes(0))) // Tuesday
	must1(t)(store.AddWindow(data.Window{Label: "Bedtime", Days: data.EveryDay, Start: 20*60 + 30, End: 7 * 60, Children: []data.ID{leo.ID, amira.ID}}))
	must1(t)(store.AddWindow(data.Window{Label: "Homework", Days: data.SchoolDays, Start: 16 * 60, End: 17 * 60, Children: []data.ID{leo.ID}}))

	late := time.Date(2026, 11, 24, 23, 0, 0, 0, time.UTC) // Tuesday
	card := homeCard(h, late, "Leo")
	mustSay(t, card, "Device-free until 07:00 — Bedtime", "Today's screen time: 1 h 30 min", "Next: Homework at 16:00 tomorrow")

	noon := time.Date(2026, 11, 24, 12, 0, 0, 0, time.UTC)
	card = homeCard(h, noon, "Leo")
	mustSay(t, card, "Next: Homework at 16:00")
	mustNotSay(t, card, "Device-free until")

	card = homeCard(h, noon, "Amira")
	mustSay(t, card, "Today: no screen time", "Next: Bedtime at 20:30")
	card = homeCard(h, time.Date(2026, 11, 25, 12, 0, 0, 0, time.UTC), "Amira")
	mustSay(t, card, "Today's screen time: no limit set")

	// Friday night: bedtime runs into Saturday, and no homework until Monday.
	card = homeCard(h, time.Date(2026, 11, 27, 23, 0, 0, 0, time.UTC), "Leo")
	mustSay(t, card, "Device-free until 07:00 — Bedtime", "Next: Bedtime at 20:30 tomorrow")

	// A window on one day a week is named by its day.
	sam, _ := store.AddChild(data.Child{Name: "Sam", BirthYear: 2015, BirthMonth: 1})
	must1(t)(store.AddWindow(data.Window{Label: "Swimming", Days: data.Days{true}, Start: 17 * 60, End: 18 * 60, Children: []data.ID{sam.ID}}))
	card = homeCard(h, time.Date(2026, 11, 27, 23, 0, 0, 0, time.UTC), "Sam")
	mustSay(t, card, "Next: Swimming at 17:00 on Monday", "Today's screen time: no limit set")

	// A child the agreement does not cover.
	card = homeCard(h, noon, "Maisie")
	mustSay(t, card, "Nothing planned yet for this child.")
	mustNotSay(t, card, "screen time")
}

func TestHomeSaysWhenAReviewIsDue(t *testing.T) {
	h := screentest.New(t)
	store := h.Store
	must1(t)(store.AddChild(data.Child{Name: "Maisie", BirthYear: 2022, BirthMonth: 10}))
	must1(t)(store.AddItem(data.ListRules, "Ask first"))
	signed := time.Date(2026, 8, 1, 19, 0, 0, 0, time.UTC)
	must(t, store.Sign("Mum", signed))

	card := homeCard(h, time.Date(2026, 10, 31, 12, 0, 0, 0, time.UTC), "Maisie")
	mustNotSay(t, card, "Review due")
	card = homeCard(h, time.Date(2026, 11, 1, 9, 0, 0, 0, time.UTC), "Maisie")
	mustSay(t, card, "Review due: the family agreement was due to be looked at again on 01/11/2026.")
}

// Home says whether the agreement is signed and, once it is, when it is
// due for review.
func TestHomeSaysWhetherTheAgreementIsSigned(t *testing.T) {
	signedAt := time.Date(2026, 11, 29, 18, 0, 0, 0, time.UTC)
	h := screentest.New(t, screentest.At(signedAt))
	leo, _ := h.Store.AddChild(data.Child{Name: "Leo", BirthYear: 2017, BirthMonth: 3})
	must(t, h.Store.SetLimit(leo.ID, 0, data.Minutes(60)))
	mustSay(t, homeCard(h, signedAt, "Leo"), "The agreement is not signed yet")
	if err := h.Store.Sign("Mum", signedAt); err != nil {
		t.Fatal(err)
	}
	card := homeCard(h, signedAt.Add(time.Hour), "Leo")
	mustSay(t, card, "The agreement was signed on 29/11/2026; next review on 28/02/2027.")
	mustNotSay(t, card, "not signed")
}

// Home's "Add a child" opens the form, not just the screen.
func TestHomeAddAChildOpensTheForm(t *testing.T) {
	h := screentest.New(t)
	h.Show(home.New(h.Env(), h.Store, h.Actions).View())
	h.Tap("Add a child")
	if !slices.Contains(h.Actions.Asked, "add child") {
		t.Fatalf("Home asked for %q, not the add-a-child form", h.Actions.Asked)
	}
}
