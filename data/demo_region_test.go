package data

import (
	"regexp"
	"strings"
	"testing"
	"time"
)

// demoRegions are the six regions the app knows, the UK first.
var demoRegions = []string{"GB", "US", "AU", "IE", "CA", "NZ"}

// ukOnly finds what only a UK family should read in the sample family:
// Ofcom's drama numbers and the UK's words for schools, councils and GPs.
var ukOnly = regexp.MustCompile(`01632|\bGP\b|[Cc]ouncil|Year \d|Primary|safeguarding|bank holidays|Surgery`)

// checkDemoFollows checks the sample family's contacts and children read
// right for region: the UK's own words and numbers in the UK only.
func checkDemoFollows(t *testing.T, s *Store, region string, own int) {
	t.Helper()
	contacts, err := s.Contacts()
	must(t, err)
	if len(contacts) != len(demoContactsUK)+own {
		t.Fatalf("%s: %d contacts, want %d and the user's %d", region, len(contacts), len(demoContactsUK), own)
	}
	var texts []string
	for _, c := range contacts {
		texts = append(texts, c.Name, c.Phone, c.Email, c.Notes)
	}
	kids, err := s.Children()
	must(t, err)
	for _, k := range kids {
		texts = append(texts, k.Notes, k.Placement.SocialWorkerPhone, k.Placement.OutOfHoursPhone)
	}
	all := strings.Join(texts, " | ")
	if uk := ukOnly.FindAllString(all, -1); demoIsUK(region) != (len(uk) > 0) {
		t.Errorf("%s: UK-only words and numbers %q in %s", region, uk, all)
	}
	for _, c := range contacts {
		if c.Phone != "" && !strings.HasPrefix(c.Phone, "01632 960") {
			t.Errorf("%s: %q has %q, which may ring a real phone", region, c.Name, c.Phone)
		}
	}
}

// The sample family's contacts follow the region it is opened in, and
// follow it again when the region changes, from every region to every
// other, keeping what the user added.
func TestDemoContactsFollowTheRegion(t *testing.T) {
	t.Parallel()
	now := time.Date(2026, 11, 23, 9, 0, 0, 0, time.UTC)
	for _, from := range demoRegions {
		t.Run(from, func(t *testing.T) {
			t.Parallel()
			demo, err := OpenDemo(t.TempDir(), testOptions(at(now)), Settings{Region: from})
			must(t, err)
			defer closeOK(t, demo)
			checkDemoFollows(t, demo, from, 0)
			must1(t)(demo.AddContact(Contact{Name: "Gran", Role: RoleOther, Notes: "Lives next door."}))
			for _, to := range demoRegions {
				must(t, demo.UpdateSettings(func(s *Settings) { s.Region = to }))
				must(t, demo.FitDemoToRegion())
				checkDemoFollows(t, demo, to, 1)
			}
		})
	}
}

// A real family's contacts are never touched by the demo's region rule.
func TestFitDemoToRegionLeavesARealFamilyAlone(t *testing.T) {
	t.Parallel()
	s, err := Open(t.TempDir(), testOptions())
	must(t, err)
	defer closeOK(t, s)
	c, err := s.AddContact(demoContactsUK[0])
	must(t, err)
	must(t, s.SaveSettings(Settings{Region: "US", Onboarded: true}))
	must(t, s.FitDemoToRegion())
	all, err := s.Contacts()
	must(t, err)
	if len(all) != 1 || all[0] != c {
		t.Fatalf("a real family's contacts changed: %+v", all)
	}
}
