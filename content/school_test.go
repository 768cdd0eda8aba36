package content

import (
	"testing"
	"time"
)

// Birthdays on each side of each nation's cohort boundary: the last month
// of one year group and the first of the next start secondary school a
// year apart, on that nation's first day (Year 7 in September in England
// and Wales; S1 in mid-August in Scotland; Year 8 in September in
// Northern Ireland, where a July birth counts from 2 July).
func TestSecondaryStartOnEachCohortBoundary(t *testing.T) {
	t.Parallel()
	tests := []struct {
		nation      Nation
		born        [2]int // year, month
		wantY       int
		wantM       time.Month
		wantD       int
		description string
	}{
		{NationEnglandWales, [2]int{2014, 8}, 2025, time.September, 1, "born August: oldest-but-one cohort ends"},
		{NationEnglandWales, [2]int{2014, 9}, 2026, time.September, 1, "born September: the next year group"},
		{NationEnglandWales, [2]int{2015, 1}, 2026, time.September, 1, "born January, same year group as the September before"},
		{NationScotland, [2]int{2014, 2}, 2025, time.August, 15, "born February: youngest of their year"},
		{NationScotland, [2]int{2014, 3}, 2026, time.August, 15, "born March: oldest of the next year"},
		{NationScotland, [2]int{2015, 2}, 2026, time.August, 15, "born February a year on: same year as March before"},
		{NationNI, [2]int{2014, 6}, 2025, time.September, 1, "born June: before the 2 July boundary"},
		{NationNI, [2]int{2014, 7}, 2026, time.September, 1, "born July: after the boundary (from 2 July)"},
		{NationNI, [2]int{2015, 6}, 2026, time.September, 1, "born June a year on: same year group"},
	}
	for _, tt := range tests {
		rule, ok := SchoolRuleFor(RegionUK, tt.nation)
		if !ok {
			t.Fatalf("%s: no rule", tt.nation)
		}
		got := rule.SecondaryStart(tt.born[0], tt.born[1], time.UTC)
		if got.Year() != tt.wantY || got.Month() != tt.wantM || got.Day() != tt.wantD {
			t.Errorf("%s, %s: secondary starts %s, want %d %s %d", tt.nation, tt.description, got.Format(time.DateOnly), tt.wantD, tt.wantM, tt.wantY)
		}
		// The age at the start: 11 to 12 in England and Wales and Northern
		// Ireland, about 11½ to 12½ in Scotland.
		months := (got.Year()-tt.born[0])*12 + int(got.Month()) - tt.born[1]
		if months < 11*12 || months > 12*12+6 {
			t.Errorf("%s, %s: %d months old at the start", tt.nation, tt.description, months)
		}
	}
}

// The prompt for secondary school comes on each nation's own date: a
// Scottish child born in February 2014 sees it from mid-July 2025, when
// the English rule would wait a year; an English child born in August
// 2014 sees it in August 2025.
func TestSchoolPromptsFollowTheNation(t *testing.T) {
	t.Parallel()
	tests := []struct {
		nation Nation
		born   [2]int
		on     time.Time
		want   []Turning
	}{
		{NationScotland, [2]int{2014, 2}, day(2025, 7, 20), []Turning{TurningSecondary}},
		{NationEnglandWales, [2]int{2014, 2}, day(2025, 8, 20), []Turning{TurningSecondary}},
		{NationEnglandWales, [2]int{2014, 2}, day(2025, 7, 20), nil},
		{NationNI, [2]int{2014, 7}, day(2025, 8, 20), []Turning{TurningSchoolYear}},
		{NationNI, [2]int{2014, 7}, day(2026, 8, 20), []Turning{TurningSecondary}},
		{NationScotland, [2]int{2014, 3}, day(2025, 7, 20), []Turning{TurningSchoolYear}},
		{NationNone, [2]int{2014, 3}, day(2025, 7, 20), nil},
	}
	for _, tt := range tests {
		g := Growing{BirthYear: tt.born[0], BirthMonth: tt.born[1], School: tt.nation}
		due := MilestonesDue(g, RegionUK, tt.on)
		got := kinds(due)
		if len(got) != len(tt.want) || (len(got) > 0 && got[0] != tt.want[0]) {
			t.Errorf("%q born %v on %s: %v, want %v", tt.nation, tt.born, tt.on.Format(time.DateOnly), got, tt.want)
			continue
		}
		for _, m := range due {
			if src := m.SourceIn(RegionUK); src != SchoolRules[tt.nation].Source {
				t.Errorf("%s: cites %q", tt.nation, src.Name)
			}
		}
	}
	for _, r := range Regions {
		if _, ok := SchoolRuleFor(r, NationScotland); ok != (r == RegionUK) {
			t.Errorf("%s has a UK nation's school rule", r)
		}
	}
}

// schoolPromptYears lists the years in which a child born in month m of
// year y gets a school prompt (a new school year or the move to secondary
// school), looking at every day the prompt could show from birth to 25.
func schoolPromptYears(t *testing.T, n Nation, y, m int) []int {
	t.Helper()
	g := Growing{BirthYear: y, BirthMonth: m, School: n}
	seen := map[int]bool{}
	for yr := y; yr <= y+25; yr++ {
		for _, mon := range []time.Month{time.July, time.August, time.September} {
			for _, ms := range MilestonesDue(g, RegionUK, day(yr, mon, 20)) {
				if ms.isSchool() {
					seen[ms.Day.Year()] = true
				}
			}
		}
	}
	var out []int
	for yr := y; yr <= y+25; yr++ {
		if seen[yr] {
			out = append(out, yr)
		}
	}
	return out
}

// The school prompts start in the year the child starts school and stop
// after their last school year, in each nation with its own cohort: in
// England and Wales Reception (the September after the 4th birthday,
// cohort 1 September to 31 August) to Year 13; in Scotland P1 (cohort
// March to February) to S6; in Northern Ireland P1 (cohort 2 July to
// 1 July) to Year 14. Birthdays on each side of each boundary.
func TestSchoolPromptsRunFromFirstToLastSchoolYear(t *testing.T) {
	t.Parallel()
	tests := []struct {
		nation      Nation
		born        [2]int
		first, last int
	}{
		{NationEnglandWales, [2]int{2022, 8}, 2026, 2039},
		{NationEnglandWales, [2]int{2022, 9}, 2027, 2040},
		{NationEnglandWales, [2]int{2022, 10}, 2027, 2040},
		{NationEnglandWales, [2]int{2023, 8}, 2027, 2040},
		{NationScotland, [2]int{2022, 2}, 2026, 2038},
		{NationScotland, [2]int{2022, 3}, 2027, 2039},
		{NationScotland, [2]int{2023, 2}, 2027, 2039},
		{NationNI, [2]int{2022, 6}, 2026, 2039},
		{NationNI, [2]int{2022, 7}, 2027, 2040},
		{NationNI, [2]int{2023, 6}, 2027, 2040},
	}
	for _, tt := range tests {
		got := schoolPromptYears(t, tt.nation, tt.born[0], tt.born[1])
		want := tt.last - tt.first + 1
		if len(got) == 0 || got[0] != tt.first || got[len(got)-1] != tt.last || len(got) != want {
			t.Errorf("%s born %d-%02d: school prompts in %v, want every year %d to %d", tt.nation, tt.born[0], tt.born[1], got, tt.first, tt.last)
		}
	}
}
