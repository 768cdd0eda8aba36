package data

import (
	"time"

	"family-online-safety/content"
)

// The child's view of the agreement: only one child's part of it, in
// short sentences a child can read (or have read to them), shared by the
// screen and the printout so paper and screen say the same thing. The
// keys live in translations/childwords.*.toml. What worries the child
// stays on the grown-ups' side: it is not shown or printed here.

// PicturesUnder is the age below which the child's view has a picture
// beside each line, for a child who does not read yet.
const PicturesUnder = 7

// ViewKind says what a part of the child's view is about; the screen and
// the paper draw its picture from it.
type ViewKind string

// The parts of the child's view, in the order shown.
const (
	ViewToday    ViewKind = "today"    // what was agreed for today only
	ViewEnjoy    ViewKind = "enjoy"    // what I enjoy online
	ViewLimits   ViewKind = "limits"   // my screen time
	ViewFree     ViewKind = "free"     // when and where screens go away
	ViewRules    ViewKind = "rules"    // our house rules
	ViewPromises ViewKind = "promises" // my promises
	ViewAsks     ViewKind = "asks"     // what I ask the grown-ups
	ViewGrownUps ViewKind = "grownups" // the grown-ups' promises
	// Marks beside a line that holds in one period only.
	ViewSchool   ViewKind = "school"   // on school days, not in the holidays
	ViewHolidays ViewKind = "holidays" // in the school holidays
)

// ViewSection is one part of the child's view: a heading and its lines.
type ViewSection struct {
	Kind  ViewKind
	Title string
	Items []string
	// Marks say, item by item, when a line holds only in one period
	// (ViewSchool or ViewHolidays; "" for all year). Nil when none does.
	Marks []ViewKind
}

// HasMarks reports whether a line of the section holds in one period
// only.
func (s ViewSection) HasMarks() bool {
	for _, m := range s.Marks {
		if m != "" {
			return true
		}
	}
	return false
}

// Mark is the period mark of item i, "" when it holds all year.
func (s ViewSection) Mark(i int) ViewKind {
	if i < len(s.Marks) {
		return s.Marks[i]
	}
	return ""
}

// ChildView is the agreement as one child sees it.
type ChildView struct {
	Child    Child
	Title    string // "My agreement"
	Sub      string // "Seren, 6 years old"
	Intro    string
	Sections []ViewSection // only those with something in them
	// Pictures is set for a child under PicturesUnder.
	Pictures bool
}

// Empty reports whether there is nothing yet to show the child.
func (v ChildView) Empty() bool { return len(v.Sections) == 0 }

// NewChildView puts together child's part of the plan and their own
// words, as of now: first what was agreed for today only; when the family has holidays, each limit and
// device-free time says when it holds, and the intro says whether it is
// term time or the holidays now (InForce).
func NewChildView(w Words, p Plan, words ChildWords, child Child, now time.Time) ChildView {
	a := p.Agreement
	age := child.AgeOn(now)
	v := ChildView{Child: child, Title: w.T("childview.title"),
		Sub:   w.T("childview.sub", map[string]any{"Name": child.Name, "Age": w.N("child.age", age)}),
		Intro: w.T("childview.intro"), Pictures: age < PicturesUnder}
	periods := len(p.Holidays) > 0 || a.HasHolidayRules()
	if periods {
		v.Intro += " " + nowWords(w, InForce(p, now))
	}
	add := func(k ViewKind, items []string, marks []ViewKind) {
		if len(items) > 0 {
			v.Sections = append(v.Sections, ViewSection{Kind: k, Title: w.T("childview.section." + string(k)), Items: items, Marks: marks})
		}
	}
	add(ViewToday, todayLines(w, InForce(p, now), child.ID), nil)
	add(ViewEnjoy, words.Enjoy, nil)
	limits, limitMarks := periodLimitLines(w, a, child.ID, periods)
	add(ViewLimits, limits, limitMarks)
	free, freeMarks := freeLines(w, a, child.ID, periods)
	add(ViewFree, free, freeMarks)
	add(ViewRules, itemTexts(a.Rules), nil)
	add(ViewPromises, words.Promises, nil)
	add(ViewAsks, words.Asks, nil)
	add(ViewGrownUps, itemTexts(a.Promises), nil)
	return v
}

func itemTexts(items []Item) []string {
	var out []string
	for _, it := range items {
		out = append(out, it.Text)
	}
	return out
}

// limitLines says a week of limits in as few lines as it can: one for
// every day, one for school days (in the holidays: Monday to Friday) and
// one for the weekend, or a line per day. Days with no limit set are
// left out.
func limitLines(w Words, week Week, holidays bool) []string {
	same := func(from, to int) bool {
		for i := from + 1; i <= to; i++ {
			if week[i] != week[from] {
				return false
			}
		}
		return true
	}
	line := func(days string, l Limit) []string {
		if !l.Set {
			return nil
		}
		if l.Minutes == 0 {
			return []string{w.T("childview.limit.zero", map[string]any{"Days": days})}
		}
		return []string{w.T("childview.limit", map[string]any{"Days": days, "Time": durationWords(w, l.Minutes)})}
	}
	switch {
	case same(0, 6):
		return line(DaysText(w, EveryDay), week[0])
	case same(0, 4) && same(5, 6):
		weekdays := DaysText(w, SchoolDays)
		if holidays {
			weekdays = w.T("childview.days.weekdays")
		}
		return append(line(weekdays, week[0]), line(DaysText(w, Weekend), week[5])...)
	}
	var out []string
	for i, l := range week {
		out = append(out, line(DayName(w, i), l)...)
	}
	return out
}

// durationWords says "1 hour and 30 minutes", in words, not "1 h 30 min".
func durationWords(w Words, minutes int) string {
	h, m := minutes/60, minutes%60
	switch {
	case h > 0 && m > 0:
		return w.T("childview.hours_minutes", map[string]any{"Hours": w.N("childview.hours", h), "Minutes": w.N("childview.minutes", m)})
	case h > 0:
		return w.N("childview.hours", h)
	}
	return w.N("childview.minutes", m)
}

// freeLines are the device-free times for this child, each saying when
// it holds when the family has periods, and the house's device-free
// places; marks say which hold in one period only.
func freeLines(w Words, a Agreement, child ID, periods bool) (out []string, marks []ViewKind) {
	for _, win := range a.Windows {
		if win.AppliesTo(child) {
			line := w.T("childview.window", map[string]any{"Label": win.Label, "Days": DaysText(w, win.Days), "Times": TimesText(w, win)})
			mark := periodMark(win.When)
			out, marks = append(out, whenWords(w, line, win.When, periods)), append(marks, mark)
		}
	}
	for _, key := range BuiltinPlaces {
		if a.HasPlace(key) {
			out, marks = append(out, w.T("childview.place", map[string]any{"Place": w.T("agreement.place." + key)})), append(marks, "")
		}
	}
	for _, it := range a.Custom {
		out, marks = append(out, w.T("childview.place", map[string]any{"Place": it.Text})), append(marks, "")
	}
	return out, marks
}

// periodLimitLines are the child's limits: for a child with holiday
// limits, term time's then the holidays', each saying so.
func periodLimitLines(w Words, a Agreement, child ID, periods bool) (out []string, marks []ViewKind) {
	if a.HolidayWeekFor(child) == (Week{}) {
		for _, l := range limitLines(w, a.WeekFor(child), false) {
			out, marks = append(out, whenWords(w, l, PeriodAlways, periods)), append(marks, "")
		}
		return out, marks
	}
	for _, period := range []Period{PeriodTerm, PeriodHolidays} {
		var week Week
		for d := range week {
			week[d] = a.LimitOn(child, d, period == PeriodHolidays)
		}
		for _, l := range limitLines(w, week, period == PeriodHolidays) {
			out, marks = append(out, whenWords(w, l, period, true)), append(marks, periodMark(period))
		}
	}
	return out, marks
}

// periodMark is the picture beside a line that holds in one period.
func periodMark(p Period) ViewKind {
	switch p {
	case PeriodTerm:
		return ViewSchool
	case PeriodHolidays:
		return ViewHolidays
	}
	return ""
}

// whenWords adds when a line holds: "(on school days, not in the
// holidays)", "(in the school holidays)", or "(all year)" when the
// family has holidays at all.
func whenWords(w Words, line string, p Period, periods bool) string {
	if !periods {
		return line
	}
	key := "childview.when.always"
	if p != PeriodAlways {
		key = "childview.when." + string(p)
	}
	return w.T(key, map[string]any{"Line": line})
}

// todayLines say the child's today-only changes in a child's words:
// "Tonight: bedtime 21:00 – Film night with Nan".
func todayLines(w Words, day DayPlan, child ID) []string {
	var out []string
	for _, c := range day.ChangesFor(child) {
		line := w.T("childview.today."+string(c.Kind), map[string]any{"Time": BedtimeText(w, c.Until), "Extra": durationWords(w, c.Minutes)})
		if c.Reason != "" {
			line = w.T("childview.today.reason", map[string]any{"Line": line, "Reason": c.Reason})
		}
		out = append(out, line)
	}
	return out
}

// nowWords says whether it is term time or the holidays on the day.
func nowWords(w Words, day DayPlan) string {
	if day.Holiday {
		return w.T("childview.now.holidays", map[string]any{"Last": content.FormatDate(content.RegionOf(w), day.Period.Last)})
	}
	return w.T("childview.now.term")
}

// ChildView reads what the child's view of child needs (the plan with
// the child's today-only changes and their own words), in one read, and
// puts it together as of now.
func (s *Store) ChildView(w Words, child ID, now time.Time) (ChildView, error) {
	var (
		a     Agreement
		hols  []Holiday
		words ChildWords
		kid   Child
		days  []DayChange
	)
	err := s.db.View(func(tx txn) (err error) {
		if err = get(tx, bucketChildren, child.key(), &kid); err != nil {
			return err
		}
		if a, err = loadAgreement(tx); err != nil {
			return err
		}
		if hols, err = all[Holiday](tx, bucketHolidays); err != nil {
			return err
		}
		if days, err = allForChild[DayChange](tx, bucketDayChanges, child); err != nil {
			return err
		}
		words, _, err = loadChildWords(tx, child)
		return err
	})
	if err != nil {
		return ChildView{}, err
	}
	return NewChildView(w, NewPlan(a, hols, days), words, kid, now), nil
}
