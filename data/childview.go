package data

import (
	"time"
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
	ViewEnjoy    ViewKind = "enjoy"    // what I enjoy online
	ViewLimits   ViewKind = "limits"   // my screen time
	ViewFree     ViewKind = "free"     // when and where screens go away
	ViewRules    ViewKind = "rules"    // our house rules
	ViewPromises ViewKind = "promises" // my promises
	ViewAsks     ViewKind = "asks"     // what I ask the grown-ups
	ViewGrownUps ViewKind = "grownups" // the grown-ups' promises
)

// ViewSection is one part of the child's view: a heading and its lines.
type ViewSection struct {
	Kind  ViewKind
	Title string
	Items []string
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

// NewChildView puts together child's part of the agreement and their own
// words, as of now.
func NewChildView(w Words, a Agreement, words ChildWords, child Child, now time.Time) ChildView {
	age := child.AgeOn(now)
	v := ChildView{Child: child, Title: w.T("childview.title"),
		Sub:   w.T("childview.sub", map[string]any{"Name": child.Name, "Age": w.N("child.age", age)}),
		Intro: w.T("childview.intro"), Pictures: age < PicturesUnder}
	add := func(k ViewKind, items []string) {
		if len(items) > 0 {
			v.Sections = append(v.Sections, ViewSection{Kind: k, Title: w.T("childview.section." + string(k)), Items: items})
		}
	}
	add(ViewEnjoy, words.Enjoy)
	add(ViewLimits, limitLines(w, a.WeekFor(child.ID)))
	add(ViewFree, freeLines(w, a, child.ID))
	add(ViewRules, itemTexts(a.Rules))
	add(ViewPromises, words.Promises)
	add(ViewAsks, words.Asks)
	add(ViewGrownUps, itemTexts(a.Promises))
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
// every day, one for school days and one for the weekend, or a line per
// day. Days with no limit set are left out.
func limitLines(w Words, week Week) []string {
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
		return append(line(DaysText(w, SchoolDays), week[0]), line(DaysText(w, Weekend), week[5])...)
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

// freeLines are the device-free times for this child and the house's
// device-free places.
func freeLines(w Words, a Agreement, child ID) []string {
	var out []string
	for _, win := range a.Windows {
		if win.AppliesTo(child) {
			out = append(out, w.T("childview.window", map[string]any{
				"Label": win.Label, "Days": DaysText(w, win.Days), "Times": TimesText(w, win)}))
		}
	}
	for _, key := range BuiltinPlaces {
		if a.HasPlace(key) {
			out = append(out, w.T("childview.place", map[string]any{"Place": w.T("agreement.place." + key)}))
		}
	}
	for _, it := range a.Custom {
		out = append(out, w.T("childview.place", map[string]any{"Place": it.Text}))
	}
	return out
}

// ChildView reads what the child's view of child needs, in one read, and
// puts it together as of now.
func (s *Store) ChildView(w Words, child ID, now time.Time) (ChildView, error) {
	var (
		a     Agreement
		words ChildWords
		kid   Child
	)
	err := s.db.View(func(tx txn) (err error) {
		if err = get(tx, bucketChildren, child.key(), &kid); err != nil {
			return err
		}
		if a, err = loadAgreement(tx); err != nil {
			return err
		}
		words, _, err = loadChildWords(tx, child)
		return err
	})
	if err != nil {
		return ChildView{}, err
	}
	return NewChildView(w, a, words, kid, now), nil
}
