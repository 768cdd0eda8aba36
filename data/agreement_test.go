package data

import (
	"errors"
	"slices"
	"strings"
	"testing"
	"time"
)

func mustAgreement(t *testing.T, s *Store) Agreement {
	t.Helper()
	a, err := s.Agreement()
	if err != nil {
		t.Fatal(err)
	}
	return a
}

func TestEmptyAgreement(t *testing.T) {
	t.Parallel()
	s := openTemp(t)
	a := mustAgreement(t, s)
	if a.Signed() || len(a.Windows) != 0 || len(a.Limits) != 0 || a.Review() != 3 || !a.ReviewOn().IsZero() {
		t.Fatalf("new agreement = %+v", a)
	}
}

func TestAgreementRoundTripSurvivesRestart(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	s, err := Open(dir, testOptions())
	if err != nil {
		t.Fatal(err)
	}
	leo := addKid(t, s, "Leo")
	amira := addKid(t, s, "Amira")
	if err := s.SetWeek(leo.ID, Week{Minutes(60), Minutes(60), Minutes(60), Minutes(60), Minutes(60), Minutes(120), Minutes(120)}); err != nil {
		t.Fatal(err)
	}
	if err := s.SetLimit(amira.ID, 2, Minutes(0)); err != nil {
		t.Fatal(err)
	}
	bed, err := s.AddWindow(Window{Label: " Bedtime ", Days: EveryDay, Start: hm(20, 30), End: hm(7, 0), Everyone: true})
	if err != nil {
		t.Fatal(err)
	}
	hw, err := s.AddWindow(Window{Label: "Homework", Days: SchoolDays, Start: hm(16, 0), End: hm(17, 0), Children: []ID{leo.ID}})
	if err != nil {
		t.Fatal(err)
	}
	if err := s.SetPlace(PlaceBathroom, true); err != nil {
		t.Fatal(err)
	}
	if err := s.SetPlace(PlaceBedroomsAtNight, true); err != nil {
		t.Fatal(err)
	}
	rule, _ := s.AddItem(ListRules, "Ask before downloading a new app")
	must1(t)(s.AddItem(ListRules, "No devices at dinner"))
	must1(t)(s.AddItem(ListPromises, "We will stay calm"))
	must1(t)(s.AddItem(ListConsequences, "We talk about it together"))
	must1(t)(s.AddItem(ListPlaces, "The car"))
	if err := s.MoveItem(ListRules, rule.ID, +1); err != nil {
		t.Fatal(err)
	}
	if err := s.SetReviewMonths(6); err != nil {
		t.Fatal(err)
	}
	signed := time.Date(2026, 11, 2, 19, 0, 0, 0, time.UTC)
	if err := s.Sign("Mum", signed); err != nil {
		t.Fatal(err)
	}
	closeOK(t, s)

	s, err = Open(dir, testOptions())
	if err != nil {
		t.Fatal(err)
	}
	defer closeOK(t, s)
	a := mustAgreement(t, s)
	if a.Limits[leo.ID][5] != Minutes(120) || a.Limits[leo.ID][0] != Minutes(60) {
		t.Errorf("Leo's limits = %+v", a.Limits[leo.ID])
	}
	if got := a.Limits[amira.ID]; got[2] != Minutes(0) || got[0].Set {
		t.Errorf("Amira's limits = %+v (Wednesday no screens, the rest unset)", got)
	}
	if len(a.Windows) != 2 || a.Windows[0].ID != bed.ID || a.Windows[0].Label != "Bedtime" || !a.Windows[0].CrossesMidnight() {
		t.Errorf("windows = %+v", a.Windows)
	}
	if !slices.Equal(a.Windows[1].Children, []ID{leo.ID}) || a.Windows[1].ID != hw.ID {
		t.Errorf("homework window = %+v", a.Windows[1])
	}
	if !slices.Equal(a.Places, []string{PlaceBedroomsAtNight, PlaceBathroom}) {
		t.Errorf("places = %q", a.Places)
	}
	if texts(a.Rules) != "No devices at dinner|Ask before downloading a new app" {
		t.Errorf("rules = %s", texts(a.Rules))
	}
	if texts(a.Promises) != "We will stay calm" || texts(a.Consequences) != "We talk about it together" || texts(a.Custom) != "The car" {
		t.Errorf("lists = %+v", a)
	}
	if !a.AgreedOn().Equal(signed) || a.Review() != 6 || !a.ReviewOn().Equal(time.Date(2027, 5, 2, 0, 0, 0, 0, time.UTC)) || a.Version != 1 {
		t.Errorf("agreed %v, review %v, version %d", a.AgreedOn(), a.ReviewOn(), a.Version)
	}
}

func texts(items []Item) string {
	var out []string
	for _, it := range items {
		out = append(out, it.Text)
	}
	return strings.Join(out, "|")
}

func TestAgreementRefusesBadValues(t *testing.T) {
	t.Parallel()
	s := openTemp(t)
	kid := addKid(t, s, "Maisie")
	bad := []struct {
		name string
		err  error
	}{
		{"25 hours", s.SetLimit(kid.ID, 0, Minutes(25*60))},
		{"negative", s.SetLimit(kid.ID, 0, Minutes(-5))},
		{"day 7", s.SetLimit(kid.ID, 7, Minutes(60))},
		{"unknown child", s.SetLimit(99, 0, Minutes(60))},
		{"same start and end", func() error {
			_, err := s.AddWindow(Window{Label: "Bedtime", Days: EveryDay, Start: 600, End: 600, Everyone: true})
			return err
		}()},
		{"no days", func() error {
			_, err := s.AddWindow(Window{Label: "Bedtime", Start: 600, End: 700, Everyone: true})
			return err
		}()},
		{"nobody", func() error {
			_, err := s.AddWindow(Window{Label: "Bedtime", Days: EveryDay, Start: 600, End: 700})
			return err
		}()},
		{"no label", func() error {
			_, err := s.AddWindow(Window{Label: "  ", Days: EveryDay, Start: 600, End: 700, Everyone: true})
			return err
		}()},
		{"empty rule", func() error { _, err := s.AddItem(ListRules, "   "); return err }()},
		{"empty name", s.Sign(" ", time.Now())},
		{"review 0", s.SetReviewMonths(0)},
		{"unknown place", s.SetPlace("garden", true)},
	}
	for _, b := range bad {
		if b.err == nil {
			t.Errorf("%s: accepted", b.name)
		}
	}
	for _, b := range bad[:3] {
		if !errors.Is(b.err, ErrInvalid) {
			t.Errorf("%s: %v is not ErrInvalid", b.name, b.err)
		}
	}
	if _, err := s.AddWindow(Window{Label: "x", Days: EveryDay, Start: 600, End: 600, Everyone: true}); !errors.Is(err, ErrSameStartEnd) {
		t.Errorf("same start and end gives %v", err)
	}
	if a := mustAgreement(t, s); len(a.Limits) != 0 || len(a.Windows) != 0 || len(a.Rules) != 0 {
		t.Fatalf("refused values were saved: %+v", a)
	}
	if err := s.SetLimit(kid.ID, 0, Minutes(24*60)); err != nil {
		t.Errorf("24 h refused: %v", err)
	}
}

func TestUndoDeleteOnce(t *testing.T) {
	t.Parallel()
	s := openTemp(t)
	a1, _ := s.AddItem(ListRules, "one")
	a2, _ := s.AddItem(ListRules, "two")
	must1(t)(s.AddItem(ListRules, "three"))
	w, _ := s.AddWindow(Window{Label: "Dinner", Days: EveryDay, Start: hm(18, 0), End: hm(18, 30), Everyone: true})

	if err := s.DeleteItem(ListRules, a2.ID); err != nil {
		t.Fatal(err)
	}
	if got := texts(mustAgreement(t, s).Rules); got != "one|three" {
		t.Fatalf("after delete: %s", got)
	}
	if err := s.UndoDelete(); err != nil {
		t.Fatal(err)
	}
	if got := texts(mustAgreement(t, s).Rules); got != "one|two|three" {
		t.Fatalf("undo put it back as %s", got)
	}
	if err := s.UndoDelete(); !errors.Is(err, ErrNotFound) {
		t.Fatalf("second undo: %v", err)
	}

	// Only the last deletion can be undone.
	must(t, s.DeleteItem(ListRules, a1.ID))
	must(t, s.DeleteWindow(w.ID))
	if err := s.UndoDelete(); err != nil {
		t.Fatal(err)
	}
	a := mustAgreement(t, s)
	if len(a.Windows) != 1 || a.Windows[0].ID != w.ID || texts(a.Rules) != "two|three" {
		t.Fatalf("after undoing the window: windows %+v rules %s", a.Windows, texts(a.Rules))
	}
}

func TestChangingASignedAgreementKeepsTheSignedVersion(t *testing.T) {
	t.Parallel()
	changed := time.Date(2026, 10, 1, 12, 0, 0, 0, time.UTC)
	s := openTemp(t, at(changed)) // the store stamps the change with its clock
	kid := addKid(t, s, "Leo")
	must1(t)(s.AddItem(ListRules, "Ask before downloading a new app"))
	first := time.Date(2026, 9, 1, 18, 0, 0, 0, time.UTC)
	if err := s.Sign("Dad", first); err != nil {
		t.Fatal(err)
	}
	if err := s.Sign("Leo", first.Add(time.Minute)); err != nil {
		t.Fatal(err)
	}
	if err := s.Sign(" leo ", first.Add(2*time.Minute)); !errors.Is(err, ErrAlreadySigned) {
		t.Fatalf("signing twice: %v", err)
	}
	// Not a change of substance: the signatures stay.
	if err := s.SetReviewMonths(1); err != nil {
		t.Fatal(err)
	}
	if !mustAgreement(t, s).Signed() {
		t.Fatal("changing the review period cleared the signatures")
	}
	// An edit that changes nothing does not unsign.
	rules := mustAgreement(t, s).Rules
	must(t, s.UpdateItem(ListRules, rules[0].ID, rules[0].Text))
	if !mustAgreement(t, s).Signed() {
		t.Fatal("saving the same text unsigned the agreement")
	}
	if h, _ := s.AgreementHistory(); len(h) != 0 {
		t.Fatalf("history after no change: %+v", h)
	}

	if err := s.SetLimit(kid.ID, 0, Minutes(45)); err != nil {
		t.Fatal(err)
	}
	a := mustAgreement(t, s)
	if a.Signed() || !a.ChangedAt.Equal(changed) {
		t.Fatalf("still signed, or not stamped with the store's clock, after a change: %+v", a)
	}
	hist, err := s.AgreementHistory()
	if err != nil || len(hist) != 1 || !hist[0].ChangedAt.Equal(changed) {
		t.Fatalf("history = %+v, %v", hist, err)
	}
	old := hist[0].Agreement
	if len(old.Signatures) != 2 || old.Version != 1 || len(old.Limits) != 0 || texts(old.Rules) != "Ask before downloading a new app" {
		t.Fatalf("kept version = %+v", old)
	}

	// A second change before signing again adds nothing to the history.
	must1(t)(s.AddItem(ListRules, "Tell an adult"))
	if h, _ := s.AgreementHistory(); len(h) != 1 {
		t.Fatalf("history grew to %d without a new signature", len(h))
	}
	second := first.AddDate(0, 2, 0)
	must(t, s.Sign("Dad", second))
	a = mustAgreement(t, s)
	if a.Version != 2 || !a.AgreedOn().Equal(second) || !a.ChangedAt.IsZero() {
		t.Fatalf("re-signed agreement = %+v", a)
	}
	must1(t)(s.AddItem(ListRules, "Third"))
	hist, _ = s.AgreementHistory()
	if len(hist) != 2 || hist[0].Agreement.Version != 2 || hist[1].Agreement.Version != 1 {
		t.Fatalf("history (newest first) = %+v", hist)
	}
}

func TestDeletedChildLeavesTheAgreement(t *testing.T) {
	t.Parallel()
	s := openTemp(t)
	leo := addKid(t, s, "Leo")
	amira := addKid(t, s, "Amira")
	must(t, s.SetLimit(leo.ID, 0, Minutes(60)))
	must1(t)(s.AddWindow(Window{Label: "Homework", Days: SchoolDays, Start: 960, End: 1020, Children: []ID{leo.ID, amira.ID}}))
	if err := s.DeleteChild(leo.ID); err != nil {
		t.Fatal(err)
	}
	a := mustAgreement(t, s)
	if _, ok := a.Limits[leo.ID]; ok {
		t.Error("a deleted child's limits are still there")
	}
	if !slices.Equal(a.Windows[0].Children, []ID{amira.ID}) {
		t.Errorf("window children = %v", a.Windows[0].Children)
	}
}

func TestDemoFamilyHasASignedAgreement(t *testing.T) {
	t.Parallel()
	now := time.Date(2026, 11, 24, 17, 0, 0, 0, time.UTC)
	s, err := OpenDemo(t.TempDir(), testOptions(at(now)), Settings{Language: "en"})
	if err != nil {
		t.Fatal(err)
	}
	defer closeOK(t, s)
	a := mustAgreement(t, s)
	kids, _ := s.Children()
	if len(kids) != 3 || len(a.Limits) != 3 {
		t.Fatalf("limits for %d of %d children", len(a.Limits), len(kids))
	}
	for _, c := range kids {
		if !StatusAt(a, c.ID, now).HasPlan {
			t.Errorf("%s has no plan in the demo", c.Name)
		}
	}
	if len(a.Windows) < 4 || len(a.Rules) < 5 || len(a.Promises) < 3 || len(a.Places) != 3 {
		t.Errorf("demo agreement is thin: %+v", a)
	}
	if !a.Signed() || a.Version != 2 || a.ReviewDue(now) {
		t.Errorf("demo agreement: signed %v, version %d, review due %v", a.Signed(), a.Version, a.ReviewDue(now))
	}
	if h, _ := s.AgreementHistory(); len(h) != 1 || h[0].Agreement.Version != 1 || !h[0].Agreement.Signed() {
		t.Errorf("demo history = %+v", h)
	}
	// Seen from Leo's card at 17:00 on a Tuesday: homework until 17:30.
	var leo ID
	for _, c := range kids {
		if c.Name == "Leo" {
			leo = c.ID
		}
	}
	st := StatusAt(a, leo, now)
	if !st.Free() || st.FreeLabels[0] != "Homework" || st.Today != Minutes(90) {
		t.Errorf("Leo now: %+v", st)
	}
}
