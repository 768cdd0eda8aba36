package content

import "time"

// School years differ inside the United Kingdom, so the school turning
// points follow the nation the family picks in Settings: England and
// Wales, Scotland or Northern Ireland, each with its own cohort dates and
// stage names. Families outside the UK, and UK families who have not
// picked a nation, get no school prompts: the app knows no other rule.
//
// A child is kept with a birth month only. Where a cohort starts on the
// 2nd of a month (Northern Ireland, 2 July), a child born in that month
// is counted in the later cohort, as all but those born on the 1st are;
// the prompt's words say that a child who started school a year early or
// late meets the move a year early or late too.

// Nation is a UK nation's school system; "" when not chosen.
type Nation string

// The school systems the app knows.
const (
	NationNone         Nation = ""
	NationEnglandWales Nation = "ew"
	NationScotland     Nation = "sct"
	NationNI           Nation = "ni"
)

// Nations lists the school systems a UK family can pick.
var Nations = []Nation{NationEnglandWales, NationScotland, NationNI}

// NationKey is the translation key of the school system's name.
func NationKey(n Nation) string { return "nation." + string(n) }

// StageKey is the translation key of the first year of secondary school
// there: "Year 7", "S1", "Year 8".
func StageKey(n Nation) string { return "nation." + string(n) + ".secondary" }

// SchoolRule is one nation's school year.
type SchoolRule struct {
	// YearStart is the month and day a school year starts, as prompted;
	// Scotland's "mid-August" is the 15th.
	YearStart    time.Month
	YearStartDay int
	// CohortMonth is the first birth month of a year group: children born
	// from it to the month before it a year later are in one year.
	CohortMonth time.Month
	// LastYear is the child's last school year, counted from 0 for the
	// first (Reception or P1): Year 13 in England and Wales, S6 in
	// Scotland, Year 14 in Northern Ireland.
	LastYear int
	Source   Source
}

// Sources of the school rules.
var (
	// srcGOVUKSchool is the English school year (from September) and the
	// move to secondary school in the September after the 11th birthday.
	srcGOVUKSchool = Source{Name: "GOV.UK, school admissions and term dates", URL: "https://www.gov.uk/schools-admissions", Checked: checkedTurning}
	srcScotSchool  = Source{Name: "Scottish Government, Growing up in Scotland: entry to school",
		URL: "https://beta.gov.scot/publications/growing-up-scotland-early-experiences-primary-school/pages/4/", Checked: checkedRatings}
	srcNISchool = Source{Name: "Department of Education (Northern Ireland), compulsory education",
		URL: "https://www.education-ni.gov.uk/articles/compulsory-education", Checked: checkedRatings}
)

// SchoolRules holds each nation's rule.
var SchoolRules = map[Nation]SchoolRule{
	NationEnglandWales: {YearStart: time.September, YearStartDay: 1, CohortMonth: time.September, LastYear: 13, Source: srcGOVUKSchool},
	NationScotland:     {YearStart: time.August, YearStartDay: 15, CohortMonth: time.March, LastYear: 12, Source: srcScotSchool},
	NationNI:           {YearStart: time.September, YearStartDay: 1, CohortMonth: time.July, LastYear: 13, Source: srcNISchool},
}

// SchoolRuleFor is the rule for nation n in region r, and whether there
// is one: only UK families with a nation picked have one.
func SchoolRuleFor(r Region, n Nation) (SchoolRule, bool) {
	if r != RegionUK {
		return SchoolRule{}, false
	}
	rule, ok := SchoolRules[n]
	return rule, ok
}

// cohortYear is the year a child's year group starts: the birth year, or
// the year before for a child born before the cohort month.
func (s SchoolRule) cohortYear(birthYear, birthMonth int) int {
	if time.Month(birthMonth) < s.CohortMonth {
		return birthYear - 1
	}
	return birthYear
}

// yearStartIn is the day the school year starting in year y begins.
func (s SchoolRule) yearStartIn(y int, loc *time.Location) time.Time {
	return time.Date(y, s.YearStart, s.YearStartDay, 0, 0, 0, 0, loc)
}

// SecondaryStart is the first day of secondary school for a child born in
// birthMonth of birthYear: in every UK nation, twelve school years after
// the year their year group starts (Year 7 in England and Wales, S1 in
// Scotland, Year 8 in Northern Ireland).
func (s SchoolRule) SecondaryStart(birthYear, birthMonth int, loc *time.Location) time.Time {
	return s.yearStartIn(s.cohortYear(birthYear, birthMonth)+12, loc)
}

// schoolAge is the child's school year in the year starting in y, counted
// so that 0 is their first year at school (Reception or P1), which starts
// seven years before secondary school.
func (s SchoolRule) schoolAge(g Growing, y int) int {
	return y - s.cohortYear(g.BirthYear, g.BirthMonth) - 5
}

// atSchool reports whether the school year starting in y is one of the
// child's school years.
func (s SchoolRule) atSchool(g Growing, y int) bool {
	sa := s.schoolAge(g, y)
	return sa >= 0 && sa <= s.LastYear
}
