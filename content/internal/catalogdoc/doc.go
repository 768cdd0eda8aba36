// Package catalogdoc writes docs/CONTENT.md: every built-in contact,
// route, app entry, screen-time suggestion and conversation starter, in
// the app's English words, with its source and checked date, grouped by
// region, so a safeguarding lead can review the app's advice without
// running it. `go generate ./content` rewrites the file; a test fails when
// it is out of date.
package catalogdoc

import (
	"fmt"
	"io/fs"
	"sort"
	"strings"

	"family-online-safety/content"
	"family-online-safety/translations"
)

// doc is one rendering of the document.
type doc struct {
	b  strings.Builder
	tr *translations.Translator
}

// Render builds the whole document.
func Render() ([]byte, error) {
	tr, err := translations.New(translations.Source)
	if err != nil {
		return nil, err
	}
	d := &doc{tr: tr}
	d.intro()
	for _, r := range content.Regions {
		if err := d.region(r); err != nil {
			return nil, err
		}
	}
	d.tr.SetRegion(nil)
	d.apps()
	d.screenTime()
	d.starters()
	d.ageGuide()
	d.turningPoints()
	return []byte(d.b.String()), nil
}

func (d *doc) line(format string, args ...any) {
	fmt.Fprintf(&d.b, format, args...)
	d.b.WriteByte('\n')
}

func (d *doc) intro() {
	d.line("# Built-in content")
	d.line("")
	d.line("Generated from `content/` and the English texts in `translations/` by")
	d.line("`go generate ./content`. Do not edit by hand: change the content or the")
	d.line("texts and regenerate (a test fails when this file is out of date).")
	d.line("")
	d.line("Every item names its source and the month it was last checked. Texts")
	d.line("are shown as a family in that region reads them; where a general text")
	d.line("uses a region fact (emergency number, children's helpline, crisis line,")
	d.line("police outside an emergency), the region's value is listed first, and")
	d.line("in the sections after the regions the general words appear instead")
	d.line("(for example \"the emergency number\").")
	d.line("")
	d.line("Contents: %s; [Apps and games](#apps-and-games); [Screen-time starting points](#screen-time-starting-points); [Conversation starters](#conversation-starters); [At this age](#at-this-age); [Reviews at turning points](#reviews-at-turning-points).", d.regionLinks())
	d.line("")
}

func (d *doc) regionLinks() string {
	var links []string
	for _, r := range content.Regions {
		name := d.tr.T(content.RegionKey(r))
		links = append(links, fmt.Sprintf("[%s](#%s)", name, anchor(name)))
	}
	return strings.Join(links, ", ")
}

// anchor is GitHub's heading anchor for a plain heading.
func anchor(heading string) string {
	return strings.ReplaceAll(strings.ToLower(heading), " ", "-")
}

func source(s content.Source) string {
	if s.URL == "" {
		return fmt.Sprintf("%s, checked %s", s.Name, s.Checked)
	}
	return fmt.Sprintf("%s (<%s>), checked %s", s.Name, s.URL, s.Checked)
}

// region writes one region: its facts, contacts, routes and the texts and
// rules that differ there.
func (d *doc) region(r content.Region) error {
	d.tr.SetRegion(r)
	d.line("## %s", d.tr.T(content.RegionKey(r)))
	d.line("")
	facts := r.Facts()
	for _, name := range translations.FactNames {
		v := facts[name]
		if v == "" {
			v = "none; texts say \"" + d.tr.T("fact."+name) + "\""
		}
		d.line("- %s: %s", name, v)
	}
	d.line("")
	d.line("### Contacts, in the order shown")
	d.line("")
	for _, c := range content.ContactsFor(r) {
		d.contact(c)
	}
	d.line("")
	d.line("### What happened? Routes")
	d.line("")
	for _, s := range content.Situations {
		d.situation(s, r)
	}
	d.line("### If your child tells you")
	d.line("")
	for n := 1; n <= content.TellsSteps; n++ {
		d.line("%d. %s", n, d.tr.T(content.TellsStepKey(n)))
	}
	d.line("")
	d.line("%s", d.tr.T(content.TellsCall999Key))
	d.line("")
	d.ageRules(r)
	return d.variants(r)
}

func (d *doc) contact(c content.Contact) {
	var how []string
	for _, v := range []string{c.Phone, c.Web, c.Email} {
		if v != "" && v != c.Name {
			how = append(how, v)
		}
	}
	head := "**" + c.Name + "**"
	if len(how) > 0 {
		head += ": " + strings.Join(how, " · ")
	}
	d.line("- %s", head)
	d.line("  - %s", d.tr.T(c.PurposeKey()))
	if c.HasHours() {
		d.line("  - Hours: %s", d.tr.T(c.HoursKey()))
	}
	var flags []string
	switch c.Anonymous {
	case content.TristateYes:
		flags = append(flags, "anonymous")
	case content.TristateNo:
		flags = append(flags, "not anonymous")
	}
	if c.MinAge > 0 {
		flags = append(flags, fmt.Sprintf("ages %d+", c.MinAge))
	}
	if c.MaxAge > 0 {
		flags = append(flags, fmt.Sprintf("up to age %d", c.MaxAge))
	}
	if c.YoungPeopleOnly {
		flags = append(flags, "for young people, never a parent's advice route")
	}
	if c.NeedsWebAddress {
		flags = append(flags, "acts only on a web address")
	}
	if c.Role != "" {
		flags = append(flags, "role: "+string(c.Role))
	}
	if len(flags) > 0 {
		d.line("  - %s", strings.Join(flags, "; "))
	}
	d.line("  - Source: %s", source(c.Source))
}

func (d *doc) situation(s content.Situation, r content.Region) {
	d.line("#### %s", d.tr.T(s.TitleKey()))
	d.line("")
	d.line("- Now: %s", d.tr.T(s.NowKey()))
	d.line("- Evidence: %s", d.tr.T(s.EvidenceKey()))
	d.line("- Don't: %s", d.tr.T(s.DontKey()))
	var route []string
	for _, c := range s.Route(r) {
		route = append(route, c.Label())
	}
	d.line("- Contacts, in order: %s", strings.Join(route, " → "))
	d.line("")
}

// ageRules lists the apps whose minimum age differs in the region.
func (d *doc) ageRules(r content.Region) {
	var lines []string
	for _, a := range content.Apps {
		if a.MinAgeIn(r) != a.MinAge {
			lines = append(lines, fmt.Sprintf("- %s: %d (terms: %d)", a.Name, a.MinAgeIn(r), a.MinAge))
		}
	}
	if len(lines) == 0 {
		return
	}
	d.line("### Minimum ages that differ here")
	d.line("")
	d.line("Source: %s", source(content.SrcAUMinAge))
	d.line("")
	d.line("The platforms eSafety lists (under-16s may not hold accounts): %s.", strings.Join(content.AURestrictedPlatforms, ", "))
	d.line("")
	for _, l := range lines {
		d.line("%s", l)
	}
	d.line("")
}

// variants lists every text this region reads in its own version.
func (d *doc) variants(r content.Region) error {
	files, err := fs.Glob(translations.FS, "*."+translations.Source+".toml")
	if err != nil {
		return err
	}
	suffix := "@" + r.Code()
	var ids []string
	for _, f := range files {
		msgs, err := translations.Messages(f)
		if err != nil {
			return err
		}
		for id := range msgs {
			if base, ok := strings.CutSuffix(id, suffix); ok {
				ids = append(ids, base)
			}
		}
	}
	if len(ids) == 0 {
		return nil
	}
	sort.Strings(ids)
	d.line("### Texts worded for this region")
	d.line("")
	for _, id := range ids {
		d.line("- `%s`: %s", id, d.tr.N(id, 14, regionFields(r)))
	}
	d.line("")
	return nil
}

// exampleFields fill the placeholders a text takes from the screen.
var exampleFields = map[string]any{"Name": "your child", "App": "the app", "Age": 16, "Start": "20:00", "End": "07:00", "Stage": "Year 7", "When": "September 2026"}
