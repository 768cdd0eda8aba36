package content

import (
	"slices"
	"strings"
	"testing"
	"time"
)

func day(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 12, 0, 0, 0, time.UTC) }

func kinds(ms []Milestone) []Turning {
	var out []Turning
	for _, m := range ms {
		out = append(out, m.Point.Kind)
	}
	return out
}

// A child born in February 2012 (a leap year) is prompted for their 13th
// birthday from 30 days before 1 February 2025, and for their 16th in the
// leap year 2028, on 29 February too.
func TestBirthdayPromptsInLeapYears(t *testing.T) {
	t.Parallel()
	g := Growing{BirthYear: 2012, BirthMonth: 2}
	for _, c := range []struct {
		on   time.Time
		want []Turning
	}{
		{day(2025, 1, 1), nil},
		{day(2025, 1, 2), []Turning{Turning13}},
		{day(2025, 2, 1), []Turning{Turning13}},
		{day(2025, 5, 1), []Turning{Turning13}},
		{day(2025, 5, 2), nil},
		{day(2028, 1, 1), nil},
		{day(2028, 1, 2), []Turning{Turning16}},
		{day(2028, 2, 29), []Turning{Turning16}},
	} {
		got := kinds(MilestonesDue(g, RegionUS, c.on))
		if !slices.Equal(got, c.want) {
			t.Errorf("on %s: got %v, want %v", c.on.Format(time.DateOnly), got, c.want)
		}
	}
	m := MilestonesDue(g, RegionUS, day(2028, 2, 29))[0]
	if m.Year() != 2028 || !m.Day.Equal(time.Date(2028, 2, 1, 0, 0, 0, 0, time.UTC)) {
		t.Errorf("16th birthday: %v (year %d)", m.Day, m.Year())
	}
}

// School turning points are the UK's only, and only once the family has
// picked a nation; the start of secondary school stands in for that
// year's new school year.
func TestSchoolPromptsOnlyInTheUKWithANation(t *testing.T) {
	t.Parallel()
	g := Growing{BirthYear: 2014, BirthMonth: 3, School: NationEnglandWales}
	on := day(2025, 8, 20)
	if got := kinds(MilestonesDue(g, RegionUK, on)); !slices.Equal(got, []Turning{TurningSecondary}) {
		t.Errorf("UK: %v", got)
	}
	if got := MilestonesDue(g, RegionAU, on); len(got) != 0 {
		t.Errorf("Australia: %v", kinds(got))
	}
	if got := MilestonesDue(Growing{BirthYear: 2014, BirthMonth: 3}, RegionUK, on); len(got) != 0 {
		t.Errorf("UK without a nation: %v", kinds(got))
	}
	if got := kinds(MilestonesDue(g, RegionUK, day(2026, 8, 20))); !slices.Equal(got, []Turning{TurningSchoolYear}) {
		t.Errorf("UK, the year after: %v", got)
	}
	if got := MilestonesDue(g, RegionUK, day(2026, 10, 1)); len(got) != 0 {
		t.Errorf("a school year a month old: %v", kinds(got))
	}
	if got := MilestonesDue(Growing{BirthYear: 2024, BirthMonth: 3, School: NationEnglandWales}, RegionUK, on); len(got) != 0 {
		t.Errorf("a toddler has no school year: %v", kinds(got))
	}
}

func TestPhonePrompt(t *testing.T) {
	t.Parallel()
	g := Growing{BirthYear: 2016, BirthMonth: 6, OwnPhone: day(2026, 12, 25)}
	if got := kinds(MilestonesDue(g, RegionUS, day(2026, 11, 29))); !slices.Equal(got, []Turning{TurningPhone}) {
		t.Errorf("a phone for Christmas: %v", got)
	}
}

// The apps a birthday prompt names follow the region's minimum ages.
func TestAppsOpeningAtFollowRegion(t *testing.T) {
	t.Parallel()
	names := func(as []App) string {
		var s []string
		for _, a := range as {
			s = append(s, a.ID)
		}
		return strings.Join(s, ",")
	}
	if got := names(AppsOpeningAt(13, RegionUK)); got != "tiktok,instagram,snapchat,whatsapp,youtube,discord" {
		t.Errorf("UK at 13: %s", got)
	}
	if got := names(AppsOpeningAt(13, RegionAU)); got != "whatsapp,discord" {
		t.Errorf("Australia at 13: %s", got)
	}
	if got := names(AppsOpeningAt(16, RegionAU)); got != "tiktok,instagram,snapchat,youtube" {
		t.Errorf("Australia at 16: %s", got)
	}
}

// Every guide note and turning point is sourced, dated, links to known
// topics and apps, and every band has notes.
func TestGuideIsSourcedAndComplete(t *testing.T) {
	t.Parallel()
	seen := map[string]bool{}
	for _, g := range Guide {
		if !idPattern.MatchString(g.ID) || seen[g.ID] {
			t.Errorf("bad or repeated id %q", g.ID)
		}
		seen[g.ID] = true
		if g.Source.Name == "" || !checkedPattern.MatchString(string(g.Source.Checked)) {
			t.Errorf("%s: source %+v", g.ID, g.Source)
		}
		if len(g.Bands) == 0 || len(g.Topics) == 0 {
			t.Errorf("%s: no band or no topic", g.ID)
		}
		for _, tp := range g.Topics {
			if !slices.Contains(Topics, tp) {
				t.Errorf("%s: unknown topic %q", g.ID, tp)
			}
		}
		for _, id := range g.Apps {
			if _, ok := AppByID(id); !ok {
				t.Errorf("%s: unknown app %q", g.ID, id)
			}
		}
	}
	for _, b := range Bands {
		if len(GuideFor(b)) < 2 {
			t.Errorf("band %s has %d notes", b, len(GuideFor(b)))
		}
	}
	for _, tp := range TurningPoints {
		if tp.Source.Name == "" || !checkedPattern.MatchString(string(tp.Source.Checked)) || len(tp.Topics) == 0 {
			t.Errorf("%s: %+v", tp.Kind, tp)
		}
	}
}

func TestGuideTranslations(t *testing.T) {
	t.Parallel()
	var keys []string
	for _, g := range Guide {
		keys = append(keys, g.TextKey())
	}
	checkCatalogueTexts(t, "guide", keys)
}

// Notes that name an age that differs in Australia have its variant.
func TestGuideAustralianVariants(t *testing.T) {
	t.Parallel()
	en := catalogueTexts(t, "guide", "en")
	for _, id := range []string{"too-young", "teen-accounts", "sixteen"} {
		v := en["guide."+id+"@AU"]
		if !strings.Contains(v, "16") || !strings.Contains(v, "Australia") {
			t.Errorf("%s@AU: %q", id, v)
		}
		i := slices.IndexFunc(Guide, func(g GuideNote) bool { return g.ID == id })
		if i < 0 || Guide[i].SourceIn(RegionAU) != SrcAUMinAge || Guide[i].SourceIn(RegionUK) == SrcAUMinAge {
			t.Errorf("%s: the Australian text should cite eSafety, the others not", id)
		}
	}
}
