package data

import (
	"errors"
	"testing"
	"time"
)

// A refused value says which field, which rule and the limits, so a
// screen can say it in the user's language under that field.
func TestRefusalsNameTheFieldAndRule(t *testing.T) {
	t.Parallel()
	s := openTemp(t, at(time.Date(2026, 11, 24, 17, 0, 0, 0, time.UTC)))
	leo := addKid(t, s, "Leo")
	_, errLabel := s.AddWindow(Window{Days: EveryDay, Start: 60, End: 120, Everyone: true})
	_, errSame := s.AddWindow(Window{Label: "x", Days: EveryDay, Start: 60, End: 60, Everyone: true})
	_, errTomorrow := s.AddConcern(Concern{ChildID: leo.ID, Date: time.Date(2026, 11, 25, 0, 0, 0, 0, time.UTC), Happened: "x"})
	cases := []struct {
		name  string
		err   error
		field string
		rule  Rule
		min   int
		max   int
	}{
		{"window without a name", errLabel, FieldWindowLabel, RuleRequired, 0, 0},
		{"same start and end", errSame, FieldWindowTimes, RuleSame, 0, 0},
		{"limit over a day", s.SetLimit(leo.ID, 0, Minutes(MinutesPerDay+1)), FieldLimit, RuleRange, 0, MinutesPerDay},
		{"review in 30 months", s.SetReviewMonths(30), FieldReviewMonths, RuleRange, MinReviewMonths, MaxReviewMonths},
		{"tomorrow by the store's clock", errTomorrow, FieldConcernDate, RuleFuture, 0, 0},
		{"a long name", s.Sign(string(make([]rune, MaxNameLength+1)), time.Now()), FieldSignature, RuleTooLong, 0, MaxNameLength},
	}
	for _, c := range cases {
		var fe *FieldError
		if !errors.As(c.err, &fe) {
			t.Errorf("%s: %v is not a FieldError", c.name, c.err)
			continue
		}
		if !errors.Is(c.err, ErrInvalid) {
			t.Errorf("%s: %v does not wrap ErrInvalid", c.name, c.err)
		}
		if fe.Field != c.field || fe.Rule != c.rule || fe.Min != c.min || fe.Max != c.max {
			t.Errorf("%s: got %+v, want %s %s %d–%d", c.name, *fe, c.field, c.rule, c.min, c.max)
		}
	}
	if !errors.Is(errSame, ErrSameStartEnd) {
		t.Error("same start and end no longer wraps ErrSameStartEnd")
	}
}
