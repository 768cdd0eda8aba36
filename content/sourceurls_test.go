package content

import (
	"net/url"
	"regexp"
	"slices"
	"sort"
	"strings"
	"testing"
)

// homePagesAllowed are the only bare addresses (no path) a source may
// give, each with the reason: FACTS.md, the one source of the app's
// facts, gives no page beyond it, or the address is itself the service
// the fact is about (a reporting form or a tip line on its own host).
var homePagesAllowed = map[string]string{
	"https://report.iwf.org.uk/":        "IWF's reporting form is its own site (FACTS.md)",
	"https://report.cybertip.org/":      "NCMEC's CyberTipline form is its own site (FACTS.md)",
	"https://takeitdown.ncmec.org/":     "Take It Down is its own site (FACTS.md)",
	"https://tips.fbi.gov/":             "the FBI's tip form is its own site (FACTS.md)",
	"https://reportharmfulcontent.com/": "FACTS.md gives only this address for Report Harmful Content",
	"https://hotline.ie/":               "FACTS.md gives only this address for Hotline.ie",
	"https://www.cybertip.ca/":          "FACTS.md gives only this address for Cybertip.ca",
	"https://netsafe.org.nz/":           "FACTS.md gives only this address for Netsafe",
	"https://www.parentline.ie/":        "FACTS.md gives only the name and website of Parentline",
	"https://www.childline.org.uk/":     "FACTS.md gives only this address for Childline",
	"https://www.childnet.com/":         "starters: FACTS.md names Childnet as an advice site, links only; a starter is the app's own question in its spirit",
	"https://www.internetmatters.org/":  "starters: FACTS.md names Internet Matters as an advice site, links only; a starter is the app's own question in its spirit",
	"https://saferinternet.org.uk/":     "starters: FACTS.md names the UK Safer Internet Centre as an advice site, links only; a starter is the app's own question in its spirit",
	"https://www.ceopeducation.co.uk/":  "FACTS.md gives only this address for CEOP Education (advice, links only)",
}

// frontPages are addresses with a path that are still a site's front
// page: a country's home page (nintendo.com/en-gb/) or a help centre's
// start (support.google.com/youtubekids/). A source must point past them.
var frontPages = []string{
	"https://support.google.com/youtubekids/",
	"https://www.nintendo.com/en-gb/",
	"https://www.apple.com/uk/",
}

// frontPage reports whether u is a site's front page: no path, a path of
// one language or country part ("/en-gb/", "/uk/"), or one on the list.
func frontPage(u *url.URL) bool {
	parts := strings.Split(strings.Trim(u.Path, "/"), "/")
	if u.RawQuery != "" {
		return false
	}
	if u.Path == "" || u.Path == "/" {
		return true
	}
	if len(parts) == 1 && localePart.MatchString(parts[0]) {
		return true
	}
	return slices.Contains(frontPages, u.String())
}

// localePart is a path part naming only a language or a country.
var localePart = regexp.MustCompile(`^([a-z]{2}|[a-z]{2}[-_][a-z]{2})$`)

// everySource lists every source the built-in content cites, in every
// region, with where it is cited.
func everySource() map[string][]Source {
	out := map[string][]Source{}
	add := func(where string, s ...Source) { out[where] = append(out[where], s...) }
	for _, c := range AllContacts() {
		add("contact "+c.ID, c.Source)
	}
	for _, a := range Apps {
		add("app "+a.ID, a.Source)
		for _, r := range Regions {
			if src, ok := a.SourceIn(r); ok {
				add("app "+a.ID+" in "+string(r), src)
			}
		}
		for _, r := range a.Ratings {
			add("rating of "+a.ID, r.Source)
		}
	}
	for _, g := range Guide {
		for _, r := range Regions {
			add("guide "+g.ID+" in "+string(r), g.SourcesIn(r)...)
		}
	}
	for _, s := range ScreenTimeSuggestions {
		add("screen time "+s.ID, append([]Source{s.Source}, s.Also...)...)
	}
	for _, s := range Starters {
		add("starter "+s.ID, s.Source)
	}
	for n, rule := range SchoolRules {
		add("school "+string(n), rule.Source)
	}
	for _, tp := range TurningPoints {
		for _, r := range Regions {
			add("turning point in "+string(r), tp.SourceIn(r))
		}
	}
	return out
}

// Every source points at the page that states the fact, not a home page,
// unless the address is on the short list above with its reason.
func TestSourcesPointAtThePageNotAHomePage(t *testing.T) {
	t.Parallel()
	var bad []string
	for where, sources := range everySource() {
		for _, s := range sources {
			if s.URL == "" {
				continue
			}
			u, err := url.Parse(s.URL)
			if err != nil || u.Scheme != "https" || u.Host == "" {
				bad = append(bad, where+": not an https address: "+s.URL)
				continue
			}
			if frontPage(u) && homePagesAllowed[s.URL] == "" {
				bad = append(bad, where+": a home page: "+s.URL)
			}
		}
	}
	sort.Strings(bad)
	for _, b := range bad {
		t.Error(b)
	}
}

// The front-page check catches the pages it is meant to, and passes a
// page that states a fact.
func TestFrontPagesAreRecognised(t *testing.T) {
	t.Parallel()
	for addr, want := range map[string]bool{
		"https://www.nintendo.com/en-gb/":                      true,
		"https://support.google.com/youtubekids/":              true,
		"https://www.apple.com/uk/":                            true,
		"https://www.cybertip.ca/":                             true,
		"https://www.cybertip.ca/en/report/":                   false,
		"https://www.playstation.com/en-gb/parental-controls/": false,
		"https://discord.com/terms":                            false,
	} {
		u, _ := url.Parse(addr)
		if frontPage(u) != want {
			t.Errorf("%s: front page %v, want %v", addr, !want, want)
		}
	}
}

// A bare address allowed for one service is not a source for another:
// NeedHelpNow.ca is not Cybertip.ca's front page.
func TestAnAllowedHomePageIsOnlyItsOwnServicesSource(t *testing.T) {
	t.Parallel()
	for _, c := range AllContacts() {
		if c.Source.URL != "" && homePagesAllowed[c.Source.URL] != "" && c.Web != "" && c.Web != c.Source.URL {
			t.Errorf("contact %s (%s) cites %s, the front page of another service", c.ID, c.Web, c.Source.URL)
		}
	}
}
