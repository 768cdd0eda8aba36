package data

import (
	"slices"
	"testing"
	"time"
	_ "time/tzdata" // Europe/London on every system
)

func hm(h, m int) int { return h*60 + m }

func TestStatusAt(t *testing.T) {
	t.Parallel()
	london, err := time.LoadLocation("Europe/London")
	if err != nil {
		t.Fatal(err)
	}
	at := func(y int, mo time.Month, d, h, m int) time.Time { return time.Date(y, mo, d, h, m, 0, 0, london) }
	const kid, other ID = 1, 2

	bedtime := Window{Label: "Bedtime", Days: EveryDay, Start: hm(20, 30), End: hm(7, 0), Everyone: true}
	schoolNights := Window{Label: "Bedtime", Days: Days{true, true, true, true, false, false, true}, Start: hm(21, 0), End: hm(7, 0), Everyone: true}
	dinner := Window{Label: "Dinner", Days: EveryDay, Start: hm(18, 0), End: hm(18, 45), Everyone: true}
	homework := Window{Label: "Homework", Days: Days{true, true, true, true, false, false, false}, Start: hm(16, 30), End: hm(17, 30), Children: []ID{kid}}
	screensOff := Window{Label: "Screens off", Days: EveryDay, Start: hm(19, 30), End: hm(21, 0), Everyone: true}
	breakfast := Window{Label: "Breakfast", Days: EveryDay, Start: hm(6, 45), End: hm(8, 0), Everyone: true}
	onlyOther := Window{Label: "Reading", Days: EveryDay, Start: hm(10, 0), End: hm(11, 0), Children: []ID{other}}

	limits := map[ID]Week{kid: {Minutes(90), Minutes(90), Minutes(90), Minutes(90), Minutes(90), Minutes(180), {}}}

	cases := []struct {
		name      string
		windows   []Window
		limits    map[ID]Week
		child     ID
		now       time.Time
		noPlan    bool
		until     time.Time // zero: not device-free
		labels    []string
		next      time.Time // zero: no next
		nextLabel string
		today     Limit
	}{
		{name: "before a window crossing midnight",
			windows: []Window{bedtime}, child: kid, now: at(2026, 11, 24, 19, 0),
			next: at(2026, 11, 24, 20, 30), nextLabel: "Bedtime"},
		{name: "evening part of a window crossing midnight",
			windows: []Window{bedtime}, child: kid, now: at(2026, 11, 24, 23, 15),
			until: at(2026, 11, 25, 7, 0), labels: []string{"Bedtime"}, next: at(2026, 11, 25, 20, 30), nextLabel: "Bedtime"},
		{name: "morning part of a window crossing midnight",
			windows: []Window{bedtime}, child: kid, now: at(2026, 11, 25, 6, 59),
			until: at(2026, 11, 25, 7, 0), labels: []string{"Bedtime"}},
		{name: "the end minute is free again",
			windows: []Window{bedtime}, child: kid, now: at(2026, 11, 25, 7, 0),
			next: at(2026, 11, 25, 20, 30)},
		{name: "the start minute is device-free",
			windows: []Window{dinner}, child: kid, now: at(2026, 11, 25, 18, 0),
			until: at(2026, 11, 25, 18, 45), labels: []string{"Dinner"}},
		{name: "overlapping windows join up",
			windows: []Window{bedtime, screensOff}, child: kid, now: at(2026, 11, 24, 19, 45),
			until: at(2026, 11, 25, 7, 0), labels: []string{"Screens off", "Bedtime"}},
		{name: "a window running on from one ending",
			windows: []Window{bedtime, breakfast}, child: kid, now: at(2026, 11, 25, 2, 0),
			until: at(2026, 11, 25, 8, 0), labels: []string{"Bedtime", "Breakfast"}, next: at(2026, 11, 25, 20, 30)},
		{name: "next window after overlapping ones",
			windows: []Window{bedtime, dinner}, child: kid, now: at(2026, 11, 24, 12, 0),
			next: at(2026, 11, 24, 18, 0), nextLabel: "Dinner"},
		{name: "some days only: Friday night is free",
			windows: []Window{schoolNights}, child: kid, now: at(2026, 11, 27, 22, 0), // a Friday
			next: at(2026, 11, 29, 21, 0), nextLabel: "Bedtime"},
		{name: "some days only: Sunday night runs into Monday",
			windows: []Window{schoolNights}, child: kid, now: at(2026, 11, 30, 6, 0), // a Monday
			until: at(2026, 11, 30, 7, 0), labels: []string{"Bedtime"}},
		{name: "some days only: Saturday morning after Friday off",
			windows: []Window{schoolNights}, child: kid, now: at(2026, 11, 28, 6, 0),
			next: at(2026, 11, 29, 21, 0)},
		{name: "a window for one child does not apply to another",
			windows: []Window{homework}, child: other, now: at(2026, 11, 24, 17, 0), noPlan: true},
		{name: "a window for the chosen child",
			windows: []Window{homework, onlyOther}, child: kid, now: at(2026, 11, 24, 17, 0),
			until: at(2026, 11, 24, 17, 30), labels: []string{"Homework"}, next: at(2026, 11, 25, 16, 30)},
		{name: "clocks go forward: bedtime still ends at 07:00 BST",
			windows: []Window{bedtime}, child: kid, now: at(2026, 3, 29, 6, 30),
			until: at(2026, 3, 29, 7, 0), labels: []string{"Bedtime"}},
		{name: "clocks go forward: 07:30 BST is free",
			windows: []Window{bedtime}, child: kid, now: at(2026, 3, 29, 7, 30),
			next: at(2026, 3, 29, 20, 30)},
		{name: "clocks go back: bedtime still ends at 07:00 GMT",
			windows: []Window{bedtime}, child: kid, now: at(2026, 10, 25, 6, 30),
			until: at(2026, 10, 25, 7, 0), labels: []string{"Bedtime"}},
		{name: "clocks go back: the repeated hour is inside bedtime",
			windows: []Window{bedtime}, child: kid, now: time.Date(2026, 10, 25, 0, 30, 0, 0, time.UTC).In(london), // 01:30 GMT, the second one
			until: at(2026, 10, 25, 7, 0), labels: []string{"Bedtime"}},
		{name: "today's limit on a Saturday",
			windows: nil, limits: limits, child: kid, now: at(2026, 11, 28, 9, 0),
			today: Minutes(180)},
		{name: "no limit set on Sunday",
			windows: nil, limits: limits, child: kid, now: at(2026, 11, 29, 9, 0)},
		{name: "today's limit after midnight is the new day's",
			windows: []Window{bedtime}, limits: limits, child: kid, now: at(2026, 11, 28, 0, 30), // Saturday, inside Friday's bedtime
			until: at(2026, 11, 28, 7, 0), labels: []string{"Bedtime"}, today: Minutes(180)},
		{name: "a child with no plan",
			windows: nil, limits: limits, child: other, now: at(2026, 11, 24, 9, 0), noPlan: true},
		{name: "an empty agreement",
			child: kid, now: at(2026, 11, 24, 9, 0), noPlan: true},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			a := Agreement{Windows: c.windows, Limits: c.limits}
			got := StatusAt(a, c.child, c.now)
			if got.HasPlan == c.noPlan {
				t.Errorf("HasPlan = %v", got.HasPlan)
			}
			if !got.FreeUntil.Equal(c.until) {
				t.Errorf("FreeUntil = %v, want %v", got.FreeUntil, c.until)
			}
			if got.Free() != !c.until.IsZero() {
				t.Errorf("Free() = %v", got.Free())
			}
			if c.labels != nil && !slices.Equal(got.FreeLabels, c.labels) {
				t.Errorf("FreeLabels = %q, want %q", got.FreeLabels, c.labels)
			}
			if !c.next.IsZero() {
				if got.Next == nil || !got.Next.Start.Equal(c.next) {
					t.Errorf("Next = %+v, want start %v", got.Next, c.next)
				} else if c.nextLabel != "" && got.Next.Label != c.nextLabel {
					t.Errorf("Next label %q, want %q", got.Next.Label, c.nextLabel)
				}
			}
			if got.Today != c.today {
				t.Errorf("Today = %+v, want %+v", got.Today, c.today)
			}
			if got.ReviewDue {
				t.Error("review due on an unsigned agreement")
			}
		})
	}
}

func TestStatusAtReviewDue(t *testing.T) {
	t.Parallel()
	london, _ := time.LoadLocation("Europe/London")
	signed := time.Date(2026, 8, 20, 19, 0, 0, 0, london)
	a := Agreement{Signatures: []Signature{{Name: "Mum", SignedAt: signed}, {Name: "Leo", SignedAt: signed.Add(time.Hour)}}}
	if got := a.ReviewOn(); !got.Equal(time.Date(2026, 11, 20, 0, 0, 0, 0, london)) {
		t.Fatalf("ReviewOn = %v, want 20 November (3 months)", got)
	}
	for _, c := range []struct {
		now  time.Time
		want bool
	}{
		{time.Date(2026, 11, 19, 23, 59, 0, 0, london), false},
		{time.Date(2026, 11, 20, 0, 0, 0, 0, london), true},
		{time.Date(2027, 1, 3, 9, 0, 0, 0, london), true},
	} {
		if got := StatusAt(a, 1, c.now).ReviewDue; got != c.want {
			t.Errorf("at %v ReviewDue = %v, want %v", c.now, got, c.want)
		}
	}
	a.ReviewMonths = 6
	if StatusAt(a, 1, time.Date(2026, 12, 1, 9, 0, 0, 0, london)).ReviewDue {
		t.Error("a 6-month review is due after 3 months")
	}
}
