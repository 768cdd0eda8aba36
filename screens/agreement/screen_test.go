package agreement_test

import (
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"family-online-safety/data"
	"family-online-safety/screens/agreement"
	"family-online-safety/screens/screentest"
	"family-online-safety/screens/widgets"
)

// A Tuesday evening in November.
var tuesday = time.Date(2026, 11, 24, 17, 0, 0, 0, time.UTC)

type agreementHarness struct {
	*screentest.Harness
	kids map[string]data.Child
}

// newAgreementScreen opens the screen on a real store with the given
// children, born so they are the given ages on tuesday.
func newAgreementScreen(t *testing.T, kids map[string]int) *agreementHarness {
	t.Helper()
	h := &agreementHarness{Harness: screentest.New(t, screentest.At(tuesday), screentest.Size(900, 800)), kids: map[string]data.Child{}}
	for name, age := range kids {
		c, err := h.Store.AddChild(data.Child{Name: name, BirthYear: tuesday.Year() - age, BirthMonth: 1})
		if err != nil {
			t.Fatal(err)
		}
		h.kids[name] = c
	}
	h.reopen()
	return h
}

// reopen builds the screen again, after the test changed the store.
func (h *agreementHarness) reopen() {
	h.Show(agreement.New(h.Env(), h.Store, h.Store).View())
}

func (h *agreementHarness) showsNot(text string) {
	h.T.Helper()
	if screentest.HasText(h.Root(), text) {
		h.T.Fatalf("screen still shows %q", text)
	}
}

// entry finds the text field showing placeholder (the n-th one, from 0).
func (h *agreementHarness) entry(placeholder string, n int) *widgets.Entry {
	h.T.Helper()
	i := 0
	for _, e := range screentest.Find[*widgets.Entry](h.Root()) {
		if e.PlaceHolder == placeholder {
			if i == n {
				return e
			}
			i++
		}
	}
	h.T.Fatalf("no text field %d with placeholder %q", n, placeholder)
	return nil
}

// entryWithText finds the text field holding text.
func (h *agreementHarness) entryWithText(text string) *widgets.Entry {
	h.T.Helper()
	for _, e := range screentest.Find[*widgets.Entry](h.Root()) {
		if e.Text == text {
			return e
		}
	}
	h.T.Fatalf("no text field holding %q", text)
	return nil
}

func (h *agreementHarness) agreement() data.Agreement {
	h.T.Helper()
	a, err := h.Store.Agreement()
	if err != nil {
		h.T.Fatal(err)
	}
	return a
}

// dayBoxes returns the hours and minutes fields of a day (0 = Monday) on
// the Screen time section; the week comes first on that section.
func (h *agreementHarness) dayBoxes(day int) (*widgets.Entry, *widgets.Entry) {
	return h.entry("–", 2*day), h.entry("–", 2*day+1)
}

func typeIn(e *widgets.Entry, text string) {
	e.SetText("")
	test.Type(e, text)
}

func TestBuildAnAgreementThroughTheScreen(t *testing.T) {
	h := newAgreementScreen(t, map[string]int{"Leo": 9})
	leo := h.kids["Leo"].ID
	h.showsNot("Agreed on")

	// Limits: a quick setting for the week, then one day changed by hand.
	typeIn(h.entry("–", 16), "1") // school days hours (after the 14 day boxes and 2 for "every day")
	typeIn(h.entry("–", 18), "2") // weekend hours
	h.Tap("Use for the week")
	if got := h.agreement().WeekFor(leo); got[0] != data.Minutes(60) || got[4] != data.Minutes(60) || got[5] != data.Minutes(120) || got[6] != data.Minutes(120) {
		t.Fatalf("after school days / weekend: %+v", got)
	}
	hours, mins := h.dayBoxes(2) // Wednesday
	if hours.Text != "1" {
		t.Fatalf("Wednesday shows %q hours after the preset", hours.Text)
	}
	typeIn(mins, "30")
	if got := h.agreement().WeekFor(leo)[2]; got != data.Minutes(90) {
		t.Fatalf("Wednesday saved as %+v", got)
	}

	// A device-free time across midnight.
	h.Tab("Device-free")
	h.Shows("No device-free times yet")
	h.TapExact("Bedtime")
	typeIn(h.entry("20:30", 0), "20:30")
	typeIn(h.entry("07:00", 0), "07:00")
	h.TapExact("Add")
	a := h.agreement()
	if len(a.Windows) != 1 {
		t.Fatalf("windows = %+v", a.Windows)
	}
	w := a.Windows[0]
	if w.Label != "Bedtime" || w.Start != 20*60+30 || w.End != 7*60 || !w.Everyone || w.Days != data.EveryDay || !w.CrossesMidnight() {
		t.Fatalf("saved window = %+v", w)
	}
	h.Shows("Every day, 20:30 to 07:00 the next morning. For: Everyone")
	h.showsNot("No device-free times yet")

	// A house rule of their own, and one from the suggestions.
	h.Tab("Rules")
	typeIn(h.entry("A new rule, in your family's own words", 0), "Be kind online, as you would be face to face.")
	h.Tap("Add rule")
	h.addSuggestion("We ask a grown-up before downloading")
	a = h.agreement()
	if len(a.Rules) != 2 || a.Rules[0].Text != "Be kind online, as you would be face to face." || a.Rules[1].Text != "We ask a grown-up before downloading a new app or game." {
		t.Fatalf("rules = %+v", a.Rules)
	}
	h.entryWithText("Be kind online, as you would be face to face.")

	// Everyone signs.
	h.Tab("Signatures")
	typeIn(h.entry("Type your name", 0), "Mum")
	h.TapExact("Sign")
	typeIn(h.entry("Type your name", 0), "Leo")
	h.TapExact("Sign")
	a = h.agreement()
	if len(a.Signatures) != 2 || a.Signatures[1].Name != "Leo" || !a.AgreedOn().Equal(tuesday) || a.Version != 1 {
		t.Fatalf("signatures = %+v, version %d", a.Signatures, a.Version)
	}
	h.Shows("Agreed on 24/11/2026 (version 1)")
	h.Shows("Review on 24/02/2027")
	h.Shows("Agreed on 24/11/2026. Next review on 24/02/2027.")
}

func TestLimitOutOfRangeIsRefusedAndKept(t *testing.T) {
	h := newAgreementScreen(t, map[string]int{"Amira": 14})
	hours, mins := h.dayBoxes(0)
	hours.SetText("25")
	h.Shows("Hours: 0 to 24")
	if hours.Text != "25" {
		t.Fatalf("the typed value was replaced by %q", hours.Text)
	}
	if got := h.agreement().WeekFor(h.kids["Amira"].ID)[0]; got.Set {
		t.Fatalf("25 hours saved as %+v", got)
	}
	hours.SetText("24")
	mins.SetText("1")
	h.Shows("24 hours at most in a day")
	hours.SetText("abc")
	h.Shows("Hours: whole numbers only")
	hours.SetText("3")
	mins.SetText("")
	h.showsNot("Hours:")
	if got := h.agreement().WeekFor(h.kids["Amira"].ID)[0]; got != data.Minutes(180) {
		t.Fatalf("Monday saved as %+v", got)
	}
	hours.SetText("")
	h.Shows("No limit set")
	if got := h.agreement().WeekFor(h.kids["Amira"].ID)[0]; got.Set {
		t.Fatalf("emptied Monday saved as %+v", got)
	}
}

func TestSameStartAndEndIsRefused(t *testing.T) {
	h := newAgreementScreen(t, map[string]int{"Leo": 9})
	h.Tab("Device-free")
	h.TapExact("Dinner")
	typeIn(h.entry("20:30", 0), "18:00")
	typeIn(h.entry("07:00", 0), "18:00")
	h.TapExact("Add")
	h.Shows("The start and end are the same time")
	if a := h.agreement(); len(a.Windows) != 0 {
		t.Fatalf("saved %+v", a.Windows)
	}
	if e := h.entry("07:00", 0); e.Text != "18:00" {
		t.Fatalf("typed end time lost: %q", e.Text)
	}
	// Some days and one child only.
	typeIn(h.entry("07:00", 0), "18:30")
	h.TapExact("Weekend")
	h.Check("Everyone") // off
	h.TapExact("Add")
	h.Shows("Please choose everyone, or at least one child")
	h.Check("Leo")
	h.TapExact("Add")
	a := h.agreement()
	if len(a.Windows) != 1 || a.Windows[0].Days != data.Weekend || a.Windows[0].Everyone || !a.Windows[0].AppliesTo(h.kids["Leo"].ID) {
		t.Fatalf("saved %+v", a.Windows)
	}
	h.Shows("Weekend, 18:00 to 18:30. For: Leo")
}

func TestChangingAWindowSavesAsYouType(t *testing.T) {
	h := newAgreementScreen(t, map[string]int{"Leo": 9})
	w, err := h.Store.AddWindow(data.Window{Label: "Bedtime", Days: data.EveryDay, Start: 20 * 60, End: 7 * 60, Everyone: true})
	if err != nil {
		t.Fatal(err)
	}
	h.reopen()
	h.Tab("Device-free")
	h.Tap("Change")
	h.Shows("Changing “Bedtime”")
	end := h.entryWithText("07:00")
	typeIn(end, "06:45")
	if got := h.agreement().Windows[0]; got.End != 6*60+45 || got.ID != w.ID {
		t.Fatalf("after typing the end: %+v", got)
	}
	h.Shows("20:00 to 06:45 the next morning")
	typeIn(end, "20:00")
	h.Shows("The start and end are the same time")
	if got := h.agreement().Windows[0]; got.End != 6*60+45 {
		t.Fatalf("a refused end was saved: %+v", got)
	}
	typeIn(end, "07:15")
	h.TapExact("Done")
	h.Shows("Add a device-free time")
	if got := h.agreement().Windows[0]; got.End != 7*60+15 {
		t.Fatalf("final window: %+v", got)
	}
}

func TestDeletingCanBeUndoneOnce(t *testing.T) {
	h := newAgreementScreen(t, nil)
	for _, r := range []string{"First rule", "Second rule", "Third rule"} {
		if _, err := h.Store.AddItem(data.ListRules, r); err != nil {
			t.Fatal(err)
		}
	}
	must1(t)(h.Store.AddWindow(data.Window{Label: "Dinner", Days: data.EveryDay, Start: 18 * 60, End: 19 * 60, Everyone: true}))
	h.reopen()
	h.Tab("Rules")
	h.entryWithText("Second rule")
	var deletes []*widget.Button
	for _, b := range screentest.Find[*widgets.TipButton](h.Root()) {
		if b.Text == "" && b.Icon != nil && b.Icon.Name() == theme.DeleteIcon().Name() && b.Tip == "Delete" {
			deletes = append(deletes, &b.Button)
		}
	}
	if len(deletes) < 3 {
		t.Fatalf("found %d delete buttons", len(deletes))
	}
	test.Tap(deletes[1])
	if got := h.agreement().Rules; len(got) != 2 || got[1].Text != "Third rule" {
		t.Fatalf("after delete: %+v", got)
	}
	h.Shows("Deleted: “Second rule”.")
	h.Tap("Undo")
	if got := h.agreement().Rules; len(got) != 3 || got[1].Text != "Second rule" {
		t.Fatalf("after undo: %+v", got)
	}
	h.showsNot("Deleted:")
	h.entryWithText("Second rule")

	h.Tab("Device-free")
	h.Tap("Delete")
	if len(h.agreement().Windows) != 0 {
		t.Fatal("window not deleted")
	}
	h.Shows("No device-free times yet")
	h.Tap("Undo")
	if a := h.agreement(); len(a.Windows) != 1 || a.Windows[0].Label != "Dinner" {
		t.Fatalf("window after undo: %+v", a.Windows)
	}
	h.Shows("Every day, 18:00 to 19:00")
}

func TestEditingASignedAgreementKeepsTheSignedVersion(t *testing.T) {
	h := newAgreementScreen(t, map[string]int{"Leo": 9})
	must1(t)(h.Store.AddItem(data.ListRules, "No phones at dinner"))
	must(t, h.Store.Sign("Dad", tuesday.AddDate(0, -1, 0)))
	must(t, h.Store.Sign("Leo", tuesday.AddDate(0, -1, 0)))
	h.reopen()
	h.Shows("Agreed on 24/10/2026")

	h.Tab("Rules")
	h.entryWithText("No phones at dinner").SetText("No phones at dinner or breakfast")
	a := h.agreement()
	if a.Signed() || a.Rules[0].Text != "No phones at dinner or breakfast" {
		t.Fatalf("after the edit: %+v", a)
	}
	h.Shows("The agreement has changed since it was signed")

	h.Tab("Signatures")
	h.Shows("since it was last signed")
	h.Shows("Version 1, agreed on 24/10/2026")
	h.Shows("Signed by Dad, Leo. 1 rule, 0 device-free times.")
	typeIn(h.entry("Type your name", 0), "Dad")
	h.TapExact("Sign")
	if a := h.agreement(); a.Version != 2 || !a.Signed() {
		t.Fatalf("re-signed: %+v", a)
	}
	h.Shows("version 2")
	typeIn(h.entry("Type your name", 0), "dad")
	h.TapExact("Sign")
	h.Shows("dad has already signed this version")
}

func TestReviewDueIsShown(t *testing.T) {
	h := newAgreementScreen(t, map[string]int{"Leo": 9})
	must(t, h.Store.Sign("Mum", tuesday.AddDate(0, -4, 0)))
	h.reopen()
	h.Shows("Review due: this agreement was due to be looked at again on 24/10/2026")
	h.Tab("Signatures")
	screentest.Choose(t, h.Root(), "3 months", "6 months")
	if got := h.agreement().ReviewMonths; got != 6 {
		t.Fatalf("review months saved as %d", got)
	}
	h.showsNot("Review due")
	h.Shows("Next review on 24/01/2027")
}

func TestAgeBasedSuggestionsCiteTheirSource(t *testing.T) {
	h := newAgreementScreen(t, map[string]int{"Maisie": 4, "Amira": 14})
	screentest.Choose(t, h.Root(), "Amira", "Maisie")
	h.Shows("Starting points for Maisie")
	h.Shows("no more than 1 hour of screen time a day")
	h.Shows("Source: World Health Organization (2019). Advice last checked: 2026-11")
	h.Shows("Source: American Academy of Pediatrics (2016)")
	h.Shows("Source: Royal College of Paediatrics and Child Health (2019)")
	h.Tap("Use this as a starting point")
	maisie := h.kids["Maisie"].ID
	for day, l := range h.agreement().WeekFor(maisie) {
		if l != data.Minutes(60) {
			t.Fatalf("day %d = %+v after accepting the WHO suggestion", day, l)
		}
	}
	if hours, _ := h.dayBoxes(6); hours.Text != "1" {
		t.Fatalf("Sunday shows %q hours", hours.Text)
	}
	// Accepted suggestions can still be changed.
	_, mins := h.dayBoxes(5)
	typeIn(mins, "30")
	if got := h.agreement().WeekFor(maisie)[5]; got != data.Minutes(90) {
		t.Fatalf("Saturday = %+v", got)
	}

	h.Tap("Add this device-free time")
	a := h.agreement()
	if len(a.Windows) != 1 || a.Windows[0].Start != 18*60 || !a.Windows[0].AppliesTo(maisie) || a.Windows[0].AppliesTo(h.kids["Amira"].ID) {
		t.Fatalf("suggested bedtime = %+v", a.Windows)
	}
	h.Tap("Add this device-free place")
	if a := h.agreement(); len(a.Places) != 1 {
		t.Fatalf("places = %v", a.Places)
	}

	screentest.Choose(t, h.Root(), "Maisie", "Amira")
	h.Shows("no evidence for one right number of hours")
	h.showsNot("World Health Organization")
}

func TestNoChildrenYet(t *testing.T) {
	h := newAgreementScreen(t, nil)
	h.Shows("Add a child first")
	h.Tab("Rules")
	h.Shows("No rules yet")
}

// addSuggestion taps Add beside the suggestion whose words start with text.
func (h *agreementHarness) addSuggestion(text string) {
	h.T.Helper()
	for _, row := range screentest.Find[*fyne.Container](h.Root()) {
		if len(row.Objects) != 2 {
			continue
		}
		l, isLabel := row.Objects[0].(*widget.Label)
		b, isButton := row.Objects[1].(*widget.Button)
		if isLabel && isButton && strings.HasPrefix(l.Text, text) {
			test.Tap(b)
			return
		}
	}
	h.T.Fatalf("no suggestion %q", text)
}
