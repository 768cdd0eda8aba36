package catalogdoc

import (
	"fmt"
	"strings"

	"family-online-safety/content"
)

// turningRules say in words when each turning point is prompted.
var turningRules = map[content.Turning]string{
	content.Turning13:         "the first of the birth month, 13 years on (only the month of birth is kept)",
	content.Turning16:         "the first of the birth month, 16 years on",
	content.TurningPhone:      "the day the carer enters as \"Own phone since\" on the child's Details (may be ahead, for a planned phone)",
	content.TurningSecondary:  "United Kingdom only, once the family picks a nation in Settings: twelve school years after the year group starts (England and Wales: Year 7, 1 September, year group born September to August; Scotland: S1, mid-August, year group born March to February; Northern Ireland: Year 8, 1 September, year group born 2 July to 1 July)",
	content.TurningSchoolYear: "United Kingdom only, once a nation is picked: the start of each school year (1 September; mid-August in Scotland) from the year group's first year of school to its last, except the year of the move to secondary school",
}

// turningExamples are the example days the document's titles show.
var turningExamples = map[content.Turning]string{
	content.Turning13: "February 2025", content.Turning16: "February 2028", content.TurningPhone: "25/12/2026",
	content.TurningSecondary: "September 2023", content.TurningSchoolYear: "September 2026",
}

// regionFields are exampleFields with the apps a 13th birthday prompt
// names in region r.
func regionFields(r content.Region) map[string]any {
	out := map[string]any{"Apps": andList(content.AppsOpeningAt(13, r))}
	for k, v := range exampleFields {
		out[k] = v
	}
	return out
}

func (d *doc) turningPoints() {
	d.line("## Reviews at turning points")
	d.line("")
	d.line("Home asks the family to look at the agreement again from %d days before each turning point until %d days after it (%d for the start of a school year), unless dismissed; a dismissal is kept per child, kind and year and shared with the other carer. Other regions get no school prompts: the app has no source for their school years.",
		int(content.PromptLead.Hours()/24), int(content.PromptLinger.Hours()/24), int(content.SchoolYearLinger.Hours()/24))
	d.line("")
	d.line("Shown here for Ffion, born in February 2012, in the United Kingdom (England and Wales for the school prompts).")
	d.line("")
	for _, tp := range content.TurningPoints {
		fields := regionFields(content.DefaultRegion)
		fields["Name"], fields["When"], fields["Stage"] = "Ffion", turningExamples[tp.Kind], "Year 7"
		d.line("- **%s**: %s", d.tr.T(tp.TitleKey(), fields), turningRules[tp.Kind])
		d.line("  - Why: %s", d.tr.T(tp.WhyKey(), fields))
		d.line("  - Links to starters on: %s", d.topics(tp.Topics))
		d.line("  - Source: %s", source(tp.Source))
	}
	d.line("")
}

func (d *doc) ageGuide() {
	d.line("## At this age")
	d.line("")
	d.line("Shown on each child's \"At this age\" tab for the band of their age today; notes naming ages that differ in a region are listed under that region.")
	d.line("")
	for _, b := range content.Bands {
		d.line("### %s", d.tr.T(content.BandKey(b)))
		d.line("")
		for _, g := range content.GuideFor(b) {
			d.line("- %s", d.tr.T(g.TextKey()))
			if len(g.Apps) > 0 {
				var names []string
				for _, id := range g.Apps {
					a, _ := content.AppByID(id)
					names = append(names, a.Name)
				}
				d.line("  - Apps: %s", strings.Join(names, ", "))
			}
			d.line("  - Links to starters on: %s", d.topics(g.Topics))
			for _, src := range g.SourcesIn(content.RegionUK) {
				d.line("  - Source: %s", source(src))
			}
		}
		d.line("")
	}
}

func (d *doc) topics(ts []content.Topic) string {
	var out []string
	for _, t := range ts {
		out = append(out, d.tr.T(content.TopicKey(t)))
	}
	return strings.Join(out, "; ")
}

func andList(apps []content.App) string {
	var names []string
	for _, a := range apps {
		names = append(names, a.Name)
	}
	if len(names) < 2 {
		return strings.Join(names, "")
	}
	return fmt.Sprintf("%s and %s", strings.Join(names[:len(names)-1], ", "), names[len(names)-1])
}
