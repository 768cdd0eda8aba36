package data

import (
	"errors"
	"testing"
	"time"
)

// Term time and holidays, and today-only changes, at the data level; the
// screens test the same through Home and the agreement screen.

var london = func() *time.Location {
	loc, err := time.LoadLocation("Europe/London")
	if err != nil {
		panic(err)
	}
	return loc
}()

func date(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }

func TestHolidayValidation(t *testing.T) {
	t.Parallel()
	cases := []struct {
		h     Holiday
		field string
		rule  Rule
	}{
		{Holiday{Last: date(2026, 12, 1)}, FieldHolidayFirst, RuleRequired},
		{Holiday{First: date(2026, 12, 1)}, FieldHolidayLast, RuleRequired},
		{Holiday{First: date(2026, 12, 5), Last: date(2026, 12, 1)}, FieldHolidayLast, RuleOrder},
		{Holiday{First: date(2026, 6, 1), Last: date(2026, 12, 1)}, FieldHolidayLast, RuleRange},
		{Holiday{Name: string(make([]rune, 41)), First: date(2026, 12, 1), Last: date(2026, 12, 1)}, FieldHolidayName, RuleTooLong},
	}
	for _, c := range cases {
		err := c.h.Validate()
		fe, ok := AsFieldError(err)
		if !ok || fe.Field != c.field || fe.Rule != c.rule {
			t.Errorf("%+v: got %v, want %s/%s", c.h, err, c.field, c.rule)
		}
	}
	one := Holiday{First: date(2026, 12, 21), Last: date(2026, 12, 21)}
	if err := one.Validate(); err != nil || one.Days() != 1 {
		t.Errorf("a one-day holiday: %v, %d days", err, one.Days())
	}
}

func TestHolidaysAreKeptApartFromTheSignedAgreement(t *testing.T) {
	t.Parallel()
	now := time.Date(2026, 11, 29, 10, 0, 0, 0, london)
	s := openTemp(t, at(now))
	kid := addKid(t, s, "Mia")
	if err := s.SetLimit(kid.ID, 0, Minutes(60)); err != nil {
		t.Fatal(err)
	}
	if err := s.Sign("Mum", now); err != nil {
		t.Fatal(err)
	}
	h, err := s.AddHoliday(Holiday{Name: " Christmas ", First: date(2026, 12, 19), Last: date(2027, 1, 4)})
	if err != nil || h.Name != "Christmas" {
		t.Fatalf("add: %+v %v", h, err)
	}
	h.Last = date(2027, 1, 5)
	if err := s.UpdateHoliday(h); err != nil {
		t.Fatal(err)
	}
	if _, err := s.AddHoliday(Holiday{First: date(2026, 10, 26), Last: date(2026, 10, 30)}); err != nil {
		t.Fatal(err)
	}
	hols, _ := s.Holidays()
	if len(hols) != 2 || !hols[0].First.Equal(date(2026, 10, 26)) || !hols[1].Last.Equal(date(2027, 1, 5)) {
		t.Fatalf("holidays = %+v", hols)
	}
	if a := mustAgreement(t, s); !a.Signed() {
		t.Error("changing holiday dates unsigned the agreement")
	}
	// A holiday limit is part of what was signed.
	if err := s.SetHolidayLimit(kid.ID, 0, Minutes(120)); err != nil {
		t.Fatal(err)
	}
	if a := mustAgreement(t, s); a.Signed() || a.LimitOn(kid.ID, 0, true) != Minutes(120) || a.LimitOn(kid.ID, 1, true).Set {
		t.Errorf("after a holiday limit: signed %v, %+v", a.Signed(), a.HolidayLimits)
	}
	if err := s.DeleteHoliday(hols[0].ID); err != nil {
		t.Fatal(err)
	}
	if hols, _ := s.Holidays(); len(hols) != 1 {
		t.Errorf("after delete: %+v", hols)
	}
}

// On the last evening of term at 23:59 the term-time limit holds; at
// 00:00 on the first holiday day the holiday limit does, and a term-time
// only device-free time stops while a holidays-only one starts.
func TestHolidayLimitsSwitchAtMidnight(t *testing.T) {
	t.Parallel()
	kid := ID(1)
	a := Agreement{
		Limits:        map[ID]Week{kid: {Minutes(60), Minutes(60), Minutes(60), Minutes(60), Minutes(60), Minutes(120), Minutes(120)}},
		HolidayLimits: map[ID]Week{kid: {Minutes(180), Minutes(180), Minutes(180), Minutes(180), Minutes(180)}},
		Windows: []Window{
			{Label: "School mornings", Days: SchoolDays, Start: 7 * 60, End: 8*60 + 30, Everyone: true, When: PeriodTerm},
			{Label: "Lie-in", Days: EveryDay, Start: 7 * 60, End: 10 * 60, Everyone: true, When: PeriodHolidays},
		},
	}
	ex := NewPlan(a, []Holiday{{First: date(2026, 12, 21), Last: date(2027, 1, 1)}}, nil)
	before := time.Date(2026, 12, 20, 23, 59, 0, 0, london) // Sunday, last day of term
	after := time.Date(2026, 12, 21, 0, 0, 0, 0, london)    // Monday, first holiday day
	st := StatusIn(ex, kid, before)
	if st.Holiday || st.Today != Minutes(120) || st.Next == nil || st.Next.Label != "Lie-in" {
		t.Errorf("23:59 on the last term day: %+v", st)
	}
	st = StatusIn(ex, kid, after)
	if !st.Holiday || st.Today != Minutes(180) || st.Next == nil || st.Next.Label != "Lie-in" {
		t.Errorf("00:00 on the first holiday day: %+v %+v", st, st.Next)
	}
	// Saturday in the holidays: no holiday limit set, so term time's.
	if st := StatusIn(ex, kid, time.Date(2026, 12, 26, 12, 0, 0, 0, london)); st.Today != Minutes(120) {
		t.Errorf("a holiday day without its own limit: %+v", st.Today)
	}
	// Back to school on Monday 4 January: school mornings again.
	st = StatusIn(ex, kid, time.Date(2027, 1, 4, 7, 30, 0, 0, london))
	if st.Holiday || !st.Free() || st.FreeLabels[0] != "School mornings" || st.Today != Minutes(60) {
		t.Errorf("first day back: %+v", st)
	}
}

func TestWindowPeriodIsValidatedAndOldRecordsMeanAlways(t *testing.T) {
	t.Parallel()
	w := Window{Label: "Tea", Days: EveryDay, Start: 17 * 60, End: 18 * 60, Everyone: true, When: "summer"}
	if fe, ok := AsFieldError(w.Validate()); !ok || fe.Field != FieldWindowWhen {
		t.Errorf("unknown period: %v", w.Validate())
	}
	var old Window
	if err := decode([]byte(`{"v":1,"d":{"id":1,"label":"Tea","days":[true,true,true,true,true,true,true],"start":1020,"end":1080,"everyone":true}}`), &old); err == nil && (old.When != PeriodAlways || !old.HoldsIn(true) || !old.HoldsIn(false)) {
		t.Errorf("old window: %+v", old)
	}
	var oldAgreement Agreement
	if oldAgreement.LimitOn(1, 0, true).Set {
		t.Error("an agreement without holiday limits has a holiday limit")
	}
}

func TestDayChangeValidation(t *testing.T) {
	t.Parallel()
	now := time.Date(2026, 11, 29, 18, 0, 0, 0, london)
	today := Day(now)
	cases := []struct {
		c     DayChange
		field string
		rule  Rule
	}{
		{DayChange{Day: today}, FieldChangeKind, RuleRequired},
		{DayChange{Kind: ChangeNone}, FieldChangeDay, RuleRequired},
		{DayChange{Kind: ChangeNone, Day: today.AddDate(0, 0, -1)}, FieldChangeDay, RuleRange},
		{DayChange{Kind: ChangeNone, Day: today.AddDate(0, 0, 61)}, FieldChangeDay, RuleRange},
		{DayChange{Kind: ChangeExtra, Day: today}, FieldChangeMinutes, RuleRange},
		{DayChange{Kind: ChangeExtra, Day: today, Minutes: 361}, FieldChangeMinutes, RuleRange},
		{DayChange{Kind: ChangeBedtime, Day: today, Until: 1440}, FieldChangeUntil, RuleRange},
		{DayChange{Kind: ChangeNone, Day: today, Reason: string(make([]rune, 201))}, FieldChangeReason, RuleTooLong},
	}
	for _, c := range cases {
		fe, ok := AsFieldError(c.c.Validate(now))
		if !ok || fe.Field != c.field || fe.Rule != c.rule {
			t.Errorf("%+v: got %v, want %s/%s", c.c, fe, c.field, c.rule)
		}
	}
}

// A later bedtime tonight runs past midnight to the stated time and then
// ends by itself; more time and no screens end at midnight. None of them
// touches the signed agreement.
func TestDayChangesEndByThemselvesAndLeaveTheAgreementSigned(t *testing.T) {
	t.Parallel()
	now := time.Date(2026, 11, 27, 18, 0, 0, 0, london) // a Friday
	s := openTemp(t, at(now))
	mia, leo := addKid(t, s, "Mia"), addKid(t, s, "Leo")
	if err := s.SetWeek(mia.ID, Week{Minutes(60), Minutes(60), Minutes(60), Minutes(60), Minutes(60), Minutes(60), Minutes(60)}); err != nil {
		t.Fatal(err)
	}
	if _, err := s.AddWindow(Window{Label: "Bedtime", Days: EveryDay, Start: 20*60 + 30, End: 7 * 60, Everyone: true}); err != nil {
		t.Fatal(err)
	}
	if err := s.Sign("Dad", now); err != nil {
		t.Fatal(err)
	}
	before := mustAgreement(t, s)
	late, err := s.AddDayChange(DayChange{Kind: ChangeBedtime, Day: now, Until: 30, Reason: "New Year film"}, []ID{mia.ID, leo.ID})
	if err != nil || len(late) != 2 {
		t.Fatalf("add for both: %+v %v", late, err)
	}
	if _, err := s.AddDayChange(DayChange{Kind: ChangeExtra, Day: now, Minutes: 30}, []ID{mia.ID}); err != nil {
		t.Fatal(err)
	}
	after := mustAgreement(t, s)
	if !after.Signed() || after.Version != before.Version || len(after.Signatures) != len(before.Signatures) {
		t.Fatalf("a today-only change touched the agreement: %+v", after)
	}
	if h, _ := s.AgreementHistory(); len(h) != 0 {
		t.Errorf("history = %+v", h)
	}
	changes, _ := s.DayChanges(mia.ID)
	status := func(at time.Time) Status { return StatusIn(NewPlan(after, nil, changes), mia.ID, at) }
	// 21:00: bedtime would have started at 20:30; tonight it is 00:30.
	st := status(time.Date(2026, 11, 27, 21, 0, 0, 0, london))
	if st.Free() || len(st.Changes) != 2 || st.Today != Minutes(90) || st.Next == nil ||
		!st.Next.Start.Equal(time.Date(2026, 11, 28, 0, 30, 0, 0, london)) {
		t.Errorf("21:00: %+v next %+v", st, st.Next)
	}
	// 00:10 next day: the extra time ended at midnight, the late night not yet.
	st = status(time.Date(2026, 11, 28, 0, 10, 0, 0, london))
	if st.Free() || len(st.Changes) != 1 || st.Changes[0].Kind != ChangeBedtime || st.Today != Minutes(60) {
		t.Errorf("00:10: %+v", st)
	}
	// 00:30: the later bedtime has come and ended by itself.
	st = status(time.Date(2026, 11, 28, 0, 30, 0, 0, london))
	if !st.Free() || len(st.Changes) != 0 || !st.FreeUntil.Equal(time.Date(2026, 11, 28, 7, 0, 0, 0, london)) {
		t.Errorf("00:30: %+v", st)
	}
	// Leo's change is his own record.
	if lc, _ := s.DayChanges(leo.ID); len(lc) != 1 || lc[0].Reason != "New Year film" {
		t.Errorf("Leo's changes: %+v", lc)
	}
}

func TestNoScreensTodayWinsAndEndsAtMidnight(t *testing.T) {
	t.Parallel()
	kid := ID(1)
	a := Agreement{Limits: map[ID]Week{kid: {Minutes(60), Minutes(60), Minutes(60), Minutes(60), Minutes(60), Minutes(60), Minutes(60)}}}
	day := date(2026, 11, 27)
	ex := NewPlan(a, nil, []DayChange{{ChildID: kid, Kind: ChangeNone, Day: day}, {ChildID: kid, Kind: ChangeExtra, Day: day, Minutes: 30}})
	if st := StatusIn(ex, kid, time.Date(2026, 11, 27, 23, 59, 0, 0, london)); st.Today != Minutes(0) || len(st.Changes) != 2 {
		t.Errorf("23:59: %+v", st)
	}
	if st := StatusIn(ex, kid, time.Date(2026, 11, 28, 0, 0, 0, 0, london)); st.Today != Minutes(60) || len(st.Changes) != 0 {
		t.Errorf("00:00: %+v", st)
	}
}

// The history counts the last 30 days per child, and a change older than
// a year is pruned when a new one is added.
func TestDayChangeHistoryCountsAndPrunes(t *testing.T) {
	t.Parallel()
	clock := time.Date(2025, 11, 1, 12, 0, 0, 0, london)
	s := openTemp(t, func() time.Time { return clock })
	mia := addKid(t, s, "Mia")
	add := func(kind DayChangeKind) {
		t.Helper()
		if _, err := s.AddDayChange(DayChange{Kind: kind, Day: clock, Until: 22 * 60, Minutes: 30}, []ID{mia.ID}); err != nil {
			t.Fatal(err)
		}
	}
	add(ChangeBedtime) // 1 November 2025: pruned a year and a bit later
	for _, d := range []time.Time{date(2026, 10, 29), date(2026, 10, 30), date(2026, 11, 20), date(2026, 11, 28)} {
		clock = time.Date(d.Year(), d.Month(), d.Day(), 12, 0, 0, 0, london)
		add(ChangeBedtime)
	}
	add(ChangeNone)
	all, _ := s.DayChanges(mia.ID)
	if len(all) != 5 {
		t.Fatalf("kept %d changes, want 5 (the one of 2025 pruned): %+v", len(all), all)
	}
	counts := ChangeCounts(all, clock)
	if counts[ChangeBedtime] != 3 || counts[ChangeNone] != 1 || counts[ChangeExtra] != 0 {
		t.Errorf("counts on 28 November = %v, want 3 late nights (from 30 October) and 1 day without screens", counts)
	}
	if err := s.DeleteDayChange(mia.ID, all[0].ID); err != nil {
		t.Fatal(err)
	}
	if err := s.DeleteDayChange(mia.ID, all[0].ID); !errors.Is(err, ErrNotFound) {
		t.Errorf("deleting twice: %v", err)
	}
}

// Deleting a child deletes their today-only changes with them.
func TestDeletingAChildDeletesTheirDayChanges(t *testing.T) {
	t.Parallel()
	now := time.Date(2026, 11, 27, 18, 0, 0, 0, london)
	s := openTemp(t, at(now))
	mia, leo := addKid(t, s, "Mia"), addKid(t, s, "Leo")
	if _, err := s.AddDayChange(DayChange{Kind: ChangeNone, Day: now}, []ID{mia.ID, leo.ID}); err != nil {
		t.Fatal(err)
	}
	if err := s.DeleteChild(mia.ID); err != nil {
		t.Fatal(err)
	}
	if got, _ := s.DayChanges(mia.ID); len(got) != 0 {
		t.Errorf("Mia's changes outlived her: %+v", got)
	}
	if got, _ := s.DayChanges(leo.ID); len(got) != 1 {
		t.Errorf("Leo's changes = %+v", got)
	}
}
