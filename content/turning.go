package content

import (
	"slices"
	"time"
)

// Turning points: moments in a child's life when the family agreement is
// worth looking at again together, besides its own review date. Each has
// a sentence of why (translations/growing.*.toml, "review.<kind>.why",
// with region variants where an age differs), the starter topics that
// suit it and its source.
//
// Children are kept with a birth month only, so a birthday counts from the
// first of that month (as data.Child.AgeOn does). A prompt shows from
// PromptLead before its day until PromptLinger after it, unless the family
// dismisses it first; a dismissal is kept per child, kind and year.

// Turning is the kind of a turning point.
type Turning string

// The turning points.
const (
	Turning13         Turning = "turn13"      // 13th birthday: most social apps' minimum age
	Turning16         Turning = "turn16"      // 16th birthday: TikTok messages; Australia's age
	TurningPhone      Turning = "phone"       // the first phone of their own
	TurningSecondary  Turning = "secondary"   // the move to secondary school (UK, by nation)
	TurningSchoolYear Turning = "school-year" // the start of each school year (UK, by nation)
)

// PromptLead is how long before its day a turning point is prompted.
const PromptLead = 30 * 24 * time.Hour

// PromptLinger is how long after its day a prompt not dismissed stays:
// long enough to find a quiet evening, short enough that a child added
// at 15 is not asked about their 13th birthday. The start of a school
// year lingers a month only (SchoolYearLinger): it comes every year.
const (
	PromptLinger     = 90 * 24 * time.Hour
	SchoolYearLinger = 30 * 24 * time.Hour
)

// checkedTurning is when the turning points were last compared with their
// sources.
const checkedTurning Checked = "2026-11"

// TurningPoint is one kind of turning point and what it links to.
type TurningPoint struct {
	Kind   Turning
	Topics []Topic // the starter topics that suit it, the first one linked
	Source Source
	// RegionSources replace Source where a region's variant of the text
	// follows that region's law (Australia's minimum age of 16).
	RegionSources map[Region]Source
}

// SourceIn is the source of the text a family in region r reads.
func (t TurningPoint) SourceIn(r Region) Source { return sourceIn(t.Source, t.RegionSources, r) }

func sourceIn(general Source, regional map[Region]Source, r Region) Source {
	if s, ok := regional[r]; ok {
		return s
	}
	return general
}

// auMinAge cites eSafety for texts worded for Australia's minimum age.
var auMinAge = map[Region]Source{RegionAU: SrcAUMinAge}

// WhyKey is the translation key of the sentence saying why to review.
func (t TurningPoint) WhyKey() string { return "review." + string(t.Kind) + ".why" }

// TitleKey is the translation key of the prompt's heading.
func (t TurningPoint) TitleKey() string { return "review." + string(t.Kind) + ".title" }

// Sources the turning points follow.
var (
	srcAppTerms = Source{Name: "App terms of service (TikTok, Instagram, Snapchat, WhatsApp, YouTube, Discord)", Checked: checkedTurning}
	// srcVVU is the family's seed page on pre-teens: online exploitation
	// doubles between 11 and 12, at the end of primary school.
	srcVVU = Source{Name: "Violence and Vulnerability Unit, online safety advice for parents", Checked: checkedTurning}
)

// TurningPoints lists every kind, in the order a family meets them.
var TurningPoints = []TurningPoint{
	{Kind: TurningSchoolYear, Topics: []Topic{TopicScreenTime, TopicFriends}, Source: srcGOVUKSchool},
	{Kind: TurningPhone, Topics: []Topic{TopicPrivacy, TopicFriends, TopicScreenTime}, Source: srcVVU},
	{Kind: TurningSecondary, Topics: []Topic{TopicPressure, TopicSocialMedia, TopicFriends}, Source: srcVVU},
	{Kind: Turning13, Topics: []Topic{TopicSocialMedia, TopicPrivacy, TopicImages}, Source: srcAppTerms, RegionSources: auMinAge},
	{Kind: Turning16, Topics: []Topic{TopicFriends, TopicImages, TopicMoney}, Source: srcAppTerms, RegionSources: auMinAge},
}

// TurningPointOf finds a kind's entry.
func TurningPointOf(k Turning) (TurningPoint, bool) {
	i := slices.IndexFunc(TurningPoints, func(t TurningPoint) bool { return t.Kind == k })
	if i < 0 {
		return TurningPoint{}, false
	}
	return TurningPoints[i], true
}

// Growing is what the turning points need to know about a child, and
// the school system of the family's nation (NationNone for none).
type Growing struct {
	BirthYear, BirthMonth int
	OwnPhone              time.Time // zero: no phone of their own recorded
	School                Nation
}

// Milestone is one turning point on one day.
type Milestone struct {
	Point TurningPoint
	Day   time.Time // the first of the month of a birthday; the school year's start for school
	// Nation is the school system a school milestone follows.
	Nation Nation
}

// SourceIn is the source of the prompt a family in region r reads: a
// school milestone cites its nation's rule.
func (m Milestone) SourceIn(r Region) Source {
	if rule, ok := SchoolRules[m.Nation]; ok && m.isSchool() {
		return rule.Source
	}
	return m.Point.SourceIn(r)
}

func (m Milestone) isSchool() bool {
	return m.Point.Kind == TurningSecondary || m.Point.Kind == TurningSchoolYear
}

// Year is the year a dismissal is kept under.
func (m Milestone) Year() int { return m.Day.Year() }

// Showing reports whether the prompt shows on day (dismissals aside).
func (m Milestone) Showing(day time.Time) bool {
	linger := PromptLinger
	if m.Point.Kind == TurningSchoolYear {
		linger = SchoolYearLinger
	}
	return !day.Before(m.Day.Add(-PromptLead)) && day.Before(m.Day.Add(linger))
}

// MilestonesDue lists the turning points prompted on day for a child in
// region r, soonest first. The school ones follow the UK nation in
// g.School and are left out without one: the app has no source for other
// regions' school years, which differ by state and school, so it does not
// guess them.
func MilestonesDue(g Growing, r Region, day time.Time) []Milestone {
	var out []Milestone
	for _, m := range milestones(g, r, day) {
		if m.Showing(day) {
			out = append(out, m)
		}
	}
	slices.SortStableFunc(out, func(a, b Milestone) int { return a.Day.Compare(b.Day) })
	return out
}

// milestones lists every turning point near day: each birthday, the
// phone, and the school year starts of this year and the next.
func milestones(g Growing, r Region, day time.Time) []Milestone {
	loc := day.Location()
	birthday := func(age int) time.Time {
		return time.Date(g.BirthYear+age, time.Month(g.BirthMonth), 1, 0, 0, 0, 0, loc)
	}
	point := func(k Turning) TurningPoint { p, _ := TurningPointOf(k); return p }
	out := []Milestone{{Point: point(Turning13), Day: birthday(13)}, {Point: point(Turning16), Day: birthday(16)}}
	if !g.OwnPhone.IsZero() {
		y, m, d := g.OwnPhone.Date()
		out = append(out, Milestone{Point: point(TurningPhone), Day: time.Date(y, m, d, 0, 0, 0, 0, loc)})
	}
	rule, ok := SchoolRuleFor(r, g.School)
	if !ok {
		return out
	}
	secondary := rule.SecondaryStart(g.BirthYear, g.BirthMonth, loc)
	out = append(out, Milestone{Point: point(TurningSecondary), Day: secondary, Nation: g.School})
	for _, y := range []int{day.Year() - 1, day.Year(), day.Year() + 1} {
		start := rule.yearStartIn(y, loc)
		// From their first school year to their last; the move to
		// secondary school has its own prompt.
		if rule.atSchool(g, y) && !start.Equal(secondary) {
			out = append(out, Milestone{Point: point(TurningSchoolYear), Day: start, Nation: g.School})
		}
	}
	return out
}

// promptApps are the apps a 13th or 16th birthday prompt names when
// their minimum age in the family's region is that birthday.
var promptApps = []string{"tiktok", "instagram", "snapchat", "whatsapp", "youtube", "discord"}

// AppsOpeningAt names the apps of promptApps whose minimum age in region
// r is age (MinAgeIn), in that order.
func AppsOpeningAt(age int, r Region) []App {
	var out []App
	for _, id := range promptApps {
		if a, ok := AppByID(id); ok && a.MinAgeIn(r) == age {
			out = append(out, a)
		}
	}
	return out
}
