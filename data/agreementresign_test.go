package data

import (
	"testing"
	"time"
)

// Undoing the change that unsigned the agreement, or typing the old words
// back, makes it the signed version again: the signatures are back, it
// is not "changed since it was signed", and the history holds no copy of
// it. Any other change leaves it unsigned.
func TestBackToTheSignedVersionIsSignedAgain(t *testing.T) {
	t.Parallel()
	s := openTemp(t, at(time.Date(2026, 10, 1, 12, 0, 0, 0, time.UTC)))
	addKid(t, s, "Leo")
	for _, r := range []string{"one", "two", "three"} {
		must1(t)(s.AddItem(ListRules, r))
	}
	signedAt := time.Date(2026, 9, 1, 18, 0, 0, 0, time.UTC)
	must(t, s.Sign("Dad", signedAt))
	must(t, s.Sign("Leo", signedAt.Add(time.Minute)))
	signedAgain := func(how string) {
		t.Helper()
		a := mustAgreement(t, s)
		if !a.Signed() || len(a.Signatures) != 2 || !a.ChangedAt.IsZero() || a.Version != 1 {
			t.Fatalf("after %s: signed %v by %d, changed at %v, version %d", how, a.Signed(), len(a.Signatures), a.ChangedAt, a.Version)
		}
		if h, err := s.AgreementHistory(); err != nil || len(h) != 0 {
			t.Fatalf("after %s: history %d, %v", how, len(h), err)
		}
	}
	unsigned := func(how string) {
		t.Helper()
		if a := mustAgreement(t, s); a.Signed() || a.ChangedAt.IsZero() {
			t.Fatalf("after %s the agreement is still signed", how)
		}
	}
	rules := mustAgreement(t, s).Rules
	must(t, s.DeleteItem(ListRules, rules[2].ID))
	unsigned("deleting rule 3")
	must(t, s.UndoDelete())
	signedAgain("Undo")

	must(t, s.UpdateItem(ListRules, rules[0].ID, "one more"))
	unsigned("editing rule 1")
	must(t, s.UpdateItem(ListRules, rules[0].ID, "one"))
	signedAgain("typing rule 1 back")

	must(t, s.UpdateItem(ListRules, rules[0].ID, "one more"))
	must(t, s.Sign("Dad", signedAt.Add(time.Hour)))
	must(t, s.UpdateItem(ListRules, rules[0].ID, "one"))
	if a := mustAgreement(t, s); a.Signed() {
		t.Fatal("going back to the version before the last signing signed it")
	}
}
