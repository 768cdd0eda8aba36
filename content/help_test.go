package content

import (
	"regexp"
	"slices"
	"sort"
	"strings"
	"testing"

	"family-online-safety/translations"
)

var helpPhoneRE = regexp.MustCompile(`^[0-9][0-9 -]{1,15}[0-9]$`)

// helpWantedKeys lists every key the help content needs, with no extras.
func helpWantedKeys() []string {
	var keys []string
	for _, r := range Regions {
		keys = append(keys, RegionKey(r))
	}
	for _, c := range contacts {
		keys = append(keys, c.PurposeKey())
		if c.HasHours() {
			keys = append(keys, c.HoursKey())
		}
	}
	for _, s := range Situations {
		keys = append(keys, s.TitleKey(), s.NowKey(), s.EvidenceKey(), s.DontKey())
	}
	keys = append(keys, TellsTitleKey, TellsCall999Key)
	for n := 1; n <= TellsSteps; n++ {
		keys = append(keys, TellsStepKey(n))
	}
	sort.Strings(keys)
	return keys
}

func digitCount(s string) int {
	n := 0
	for _, r := range s {
		if r >= '0' && r <= '9' {
			n++
		}
	}
	return n
}

func TestContactIDsUnique(t *testing.T) {
	t.Parallel()
	seen := map[string]bool{}
	for _, c := range contacts {
		if c.ID == "" || strings.ToLower(c.ID) != c.ID || strings.ContainsAny(c.ID, " .") {
			t.Errorf("contact id %q: want lower case, no spaces or dots", c.ID)
		}
		if seen[c.ID] {
			t.Errorf("contact id %q used twice", c.ID)
		}
		seen[c.ID] = true
	}
}

func TestContactFields(t *testing.T) {
	t.Parallel()
	for _, c := range contacts {
		if c.Name == "" {
			t.Errorf("%s: no name", c.ID)
		}
		if c.Region != RegionAny && !slices.Contains(Regions, c.Region) {
			t.Errorf("%s: unknown region %q", c.ID, c.Region)
		}
		if c.Phone == "" && c.Web == "" {
			t.Errorf("%s: needs a phone number or a web address", c.ID)
		}
		if c.Phone != "" {
			if !helpPhoneRE.MatchString(c.Phone) {
				t.Errorf("%s: phone %q is not a dialable number", c.ID, c.Phone)
			}
			if d := digitCount(c.Phone); d < 3 || d > 11 {
				t.Errorf("%s: phone %q has %d digits, want 3 to 11", c.ID, c.Phone, d)
			}
		}
		if c.Web != "" && !strings.HasPrefix(c.Web, "https://") {
			t.Errorf("%s: web %q is not https", c.ID, c.Web)
		}
		if c.Email != "" && (strings.Count(c.Email, "@") != 1 || strings.HasPrefix(c.Email, "@") || strings.HasSuffix(c.Email, "@")) {
			t.Errorf("%s: email %q is not an address", c.ID, c.Email)
		}
		if c.MinAge < 0 || c.MaxAge < 0 || (c.MaxAge != 0 && c.MaxAge < c.MinAge) {
			t.Errorf("%s: bad ages %d-%d", c.ID, c.MinAge, c.MaxAge)
		}
		if c.Source.Name == "" {
			t.Errorf("%s: source has no name", c.ID)
		}
		// No address: the organisation is the source (FACTS.md gives no
		// page for the fact); TestSourcesPointAtThePageNotAHomePage checks
		// the addresses given.
		if c.Source.URL != "" && !strings.HasPrefix(c.Source.URL, "https://") {
			t.Errorf("%s: source URL %q is not https", c.ID, c.Source.URL)
		}
		if !checkedPattern.MatchString(string(c.Source.Checked)) {
			t.Errorf("%s: checked %q, want YYYY-MM", c.ID, c.Source.Checked)
		}
	}
}

func TestContactNumbers(t *testing.T) {
	t.Parallel()
	tests := []struct {
		id, phone, email string
	}{
		{"uk-police-999", "999", ""},
		{"uk-police-101", "101", ""},
		{"uk-childline", "0800 1111", ""},
		{"uk-nspcc", "0808 800 5000", "help@nspcc.org.uk"},
		{"uk-crimestoppers", "0800 555 111", ""},
		{"uk-posh", "0344 381 4772", "helpline@saferinternet.org.uk"},
		{"us-911", "911", ""},
		{"us-cybertipline", "1-800-843-5678", ""},
		{"us-childhelp", "1-800-422-4453", ""},
		{"au-000", "000", ""},
		{"au-kids-helpline", "1800 55 1800", ""},
		{"ie-112", "112", ""},
		{"ie-childline", "1800 66 66 66", ""},
		{"ca-911", "911", ""},
		{"ca-cybertip", "1-866-658-9022", ""},
		{"ca-kids-help-phone", "1-800-668-6868", ""},
		{"nz-111", "111", ""},
		{"nz-netsafe", "0508 638 723", ""},
		{"nz-youthline", "0800 376 633", ""},
	}
	for _, tt := range tests {
		c, ok := ContactByID(tt.id)
		if !ok {
			t.Errorf("%s: missing", tt.id)
			continue
		}
		if c.Phone != tt.phone {
			t.Errorf("%s: phone %q, want %q", tt.id, c.Phone, tt.phone)
		}
		if c.Email != tt.email {
			t.Errorf("%s: email %q, want %q", tt.id, c.Email, tt.email)
		}
	}
}

func TestEmergencyNumber(t *testing.T) {
	t.Parallel()
	want := map[Region]string{
		RegionUK: "999", RegionUS: "911", RegionAU: "000",
		RegionIE: "112", RegionCA: "911", RegionNZ: "111",
	}
	for _, r := range Regions {
		got := EmergencyNumber(r)
		if got != want[r] {
			t.Errorf("EmergencyNumber(%s) = %q, want %q", r, got, want[r])
		}
		// The region's first contact is its emergency number.
		cs := ContactsFor(r)
		if len(cs) == 0 || cs[0].Phone != got {
			t.Errorf("%s: first contact should be the emergency number %s", r, got)
		}
	}
	if got := EmergencyNumber("XX"); got != "" {
		t.Errorf("EmergencyNumber(XX) = %q, want empty", got)
	}
}

func TestRegions(t *testing.T) {
	t.Parallel()
	if Regions[0] != DefaultRegion || DefaultRegion != RegionUK {
		t.Errorf("the UK should be the default and come first: %v", Regions)
	}
	if got := RegionKey(RegionIE); got != "region.IE" {
		t.Errorf("RegionKey(IE) = %q", got)
	}
	if slices.Contains(Regions, RegionAny) {
		t.Error("RegionAny must not be a selectable region")
	}
}

func TestContactsFor(t *testing.T) {
	t.Parallel()
	listed := map[string]bool{}
	for _, r := range Regions {
		cs := ContactsFor(r)
		if len(cs) != len(regionOrder[r]) {
			t.Errorf("%s: regionOrder names a contact that does not exist", r)
		}
		seen := map[string]bool{}
		for _, c := range cs {
			if c.Region != r && c.Region != RegionAny {
				t.Errorf("%s lists %s from region %s", r, c.ID, c.Region)
			}
			if seen[c.ID] {
				t.Errorf("%s lists %s twice", r, c.ID)
			}
			seen[c.ID] = true
			listed[c.ID] = true
		}
	}
	for _, c := range contacts {
		if !listed[c.ID] {
			t.Errorf("%s is listed in no region", c.ID)
		}
		if c.Region != RegionAny && !slices.ContainsFunc(ContactsFor(c.Region), func(x Contact) bool { return x.ID == c.ID }) {
			t.Errorf("%s is not listed in its own region %s", c.ID, c.Region)
		}
	}
	if len(ContactsFor("XX")) != 0 {
		t.Error("an unknown region should have no contacts")
	}
}

// A region-neutral contact must be listed wherever a route uses it, so the
// region's list is never missing a contact its guide points to.
func TestRoutedContactsAreListed(t *testing.T) {
	t.Parallel()
	for _, s := range Situations {
		for r, ids := range s.Routes {
			for _, id := range ids {
				if !slices.Contains(regionOrder[r], id) {
					t.Errorf("%s/%s routes to %s, which %s does not list", s.ID, r, id, r)
				}
			}
		}
	}
}

func TestContactFlags(t *testing.T) {
	t.Parallel()
	tests := []struct {
		id        string
		anonymous Tristate
		minAge    int
		maxAge    int
	}{
		{"uk-ceop", TristateNo, 0, 0},
		{"uk-iwf", TristateYes, 0, 0},
		{"uk-crimestoppers", TristateYes, 0, 0},
		{"uk-report-harmful-content", TristateUnknown, 13, 0},
		{"uk-report-remove", TristateUnknown, 0, 17},
	}
	for _, tt := range tests {
		c, ok := ContactByID(tt.id)
		if !ok {
			t.Errorf("%s: missing", tt.id)
			continue
		}
		if c.Anonymous != tt.anonymous {
			t.Errorf("%s: anonymous %v, want %v", tt.id, c.Anonymous, tt.anonymous)
		}
		if c.MinAge != tt.minAge || c.MaxAge != tt.maxAge {
			t.Errorf("%s: ages %d-%d, want %d-%d", tt.id, c.MinAge, c.MaxAge, tt.minAge, tt.maxAge)
		}
	}
	if c, _ := ContactByID("take-it-down"); c.Region != RegionAny {
		t.Errorf("take-it-down: region %q, want RegionAny", c.Region)
	}
	// Only the contacts whose source states hours have an hours text.
	for _, c := range contacts {
		want := slices.Contains([]string{"uk-childline", "uk-posh", "uk-nspcc", "uk-samaritans", "ie-samaritans"}, c.ID)
		if c.HasHours() != want {
			t.Errorf("%s: HasHours %v, want %v", c.ID, c.HasHours(), want)
		}
	}
}

func TestContactKeysAndTel(t *testing.T) {
	t.Parallel()
	c, _ := ContactByID("uk-childline")
	if got := c.PurposeKey(); got != "contact.uk-childline.purpose" {
		t.Errorf("PurposeKey = %q", got)
	}
	if got := c.HoursKey(); got != "contact.uk-childline.hours" {
		t.Errorf("HoursKey = %q", got)
	}
	tests := map[string]string{
		"uk-childline":    "tel:08001111",
		"uk-nspcc":        "tel:08088005000",
		"us-cybertipline": "tel:18008435678",
		"au-000":          "tel:000",
		"uk-iwf":          "",
	}
	for id, want := range tests {
		c, ok := ContactByID(id)
		if !ok {
			t.Errorf("%s: missing", id)
			continue
		}
		if got := c.TelURI(); got != want {
			t.Errorf("%s: TelURI = %q, want %q", id, got, want)
		}
	}
	if _, ok := ContactByID("no-such-contact"); ok {
		t.Error("ContactByID found a contact that does not exist")
	}
}

func TestSituationRoutes(t *testing.T) {
	t.Parallel()
	wantIDs := []string{"grooming", "image-online", "image-private", "remove-nude", "sextortion", "bullying", "self-harm", "crime-jobs", "child-talk", "carer-advice"}
	var gotIDs []string
	for _, s := range Situations {
		gotIDs = append(gotIDs, s.ID)
	}
	if !slices.Equal(gotIDs, wantIDs) {
		t.Errorf("situations %v, want %v", gotIDs, wantIDs)
	}
	for _, s := range Situations {
		if len(s.Routes) != len(Regions) {
			t.Errorf("%s: routes for %d regions, want %d", s.ID, len(s.Routes), len(Regions))
		}
		for _, r := range Regions {
			ids := s.Routes[r]
			if len(ids) == 0 && !(s.ForCarers && r == RegionCA) {
				t.Errorf("%s: no route for %s", s.ID, r)
			}
			if len(s.Route(r)) != len(ids) {
				t.Errorf("%s/%s: Route dropped an unknown contact", s.ID, r)
			}
			seen := map[string]bool{}
			for _, id := range ids {
				c, ok := ContactByID(id)
				if !ok {
					t.Errorf("%s/%s: unknown contact %q", s.ID, r, id)
					continue
				}
				if c.Region != r && c.Region != RegionAny {
					t.Errorf("%s/%s: contact %s belongs to %s", s.ID, r, id, c.Region)
				}
				if seen[id] {
					t.Errorf("%s/%s: %s routed twice", s.ID, r, id)
				}
				seen[id] = true
			}
		}
	}
	if _, ok := SituationByID("no-such-situation"); ok {
		t.Error("SituationByID found a situation that does not exist")
	}
}

func TestUKRoutes(t *testing.T) {
	t.Parallel()
	tests := []struct {
		situation string
		first     string   // "" for no check
		include   []string // must be in the route
		exclude   []string // must not be in the route
	}{
		{"grooming", "", []string{"uk-ceop", "uk-police-999", "uk-nspcc"}, []string{"uk-iwf", "uk-report-harmful-content"}},
		{"image-online", "uk-iwf", []string{"uk-iwf"}, nil},
		{"image-private", "uk-report-remove", []string{"uk-report-remove", "take-it-down", "uk-ceop"}, []string{"uk-iwf"}},
		{"self-harm", "uk-samaritans", []string{"uk-samaritans", "uk-police-999"}, nil},
		{"remove-nude", "uk-report-remove", []string{"uk-report-remove"}, nil},
		{"sextortion", "", []string{"uk-police-999", "uk-police-101", "uk-ceop", "uk-report-remove", "take-it-down"}, nil},
		{"bullying", "uk-report-harmful-content", []string{"uk-report-harmful-content", "uk-police-101"}, []string{"uk-ceop"}},
		{"crime-jobs", "", []string{"uk-police-101", "uk-crimestoppers", "uk-nspcc"}, nil},
		{"child-talk", "uk-childline", []string{"uk-childline"}, nil},
		{"carer-advice", "uk-nspcc", []string{"uk-nspcc", "uk-ceop-education"}, []string{"uk-posh"}},
	}
	for _, tt := range tests {
		s, ok := SituationByID(tt.situation)
		if !ok {
			t.Errorf("%s: missing", tt.situation)
			continue
		}
		route := s.Routes[RegionUK]
		if tt.first != "" && (len(route) == 0 || route[0] != tt.first) {
			t.Errorf("%s: UK route %v should start with %s", tt.situation, route, tt.first)
		}
		for _, id := range tt.include {
			if !slices.Contains(route, id) {
				t.Errorf("%s: UK route %v lacks %s", tt.situation, route, id)
			}
		}
		for _, id := range tt.exclude {
			if slices.Contains(route, id) {
				t.Errorf("%s: UK route %v should not include %s", tt.situation, route, id)
			}
		}
	}
}

func TestTellsKeys(t *testing.T) {
	t.Parallel()
	if TellsSteps < 5 {
		t.Errorf("TellsSteps = %d, want at least 5", TellsSteps)
	}
	if got := TellsStepKey(3); got != "tells.step.3" {
		t.Errorf("TellsStepKey(3) = %q", got)
	}
}

// Organisation names, numbers and addresses are not translated, so no text
// should spell a phone number differently from the contact data: every
// number written in a translation must belong to the region pack.
func TestHelpTextsKeepNumbers(t *testing.T) {
	t.Parallel()
	numRE := regexp.MustCompile(`\b\d{3,}\b`)
	known := map[string]bool{"112": true, "999": true, "911": true, "000": true, "111": true, "101": true}
	for _, lang := range translations.Languages {
		name := "help." + lang.Code + ".toml"
		for k, v := range catalogueTexts(t, "help", lang.Code) {
			for _, n := range numRE.FindAllString(v, -1) {
				if !known[n] {
					t.Errorf("%s %q: unexpected number %s; put numbers in the contact data", name, k, n)
				}
			}
		}
	}
}

// The English guide must say the safety basics in every situation: the
// child is not to blame, never pass on a sexual image, and keep evidence
// (screenshots, or only links and usernames when the item is the image).
func TestHelpSituationSafetyBasics(t *testing.T) {
	t.Parallel()
	en := catalogueTexts(t, "help", "en")
	imageItself := map[string]bool{"image-online": true, "remove-nude": true}
	for _, s := range Situations {
		nowDont := strings.ToLower(en[s.NowKey()] + " " + en[s.DontKey()])
		evidence := strings.ToLower(en[s.EvidenceKey()])
		if !strings.Contains(nowDont, "blame") && !strings.Contains(nowDont, "fault") {
			t.Errorf("%s: now/dont should say the child is not to blame", s.ID)
		}
		for _, w := range []string{"never", "copy", "forward", "save"} {
			if !strings.Contains(nowDont, w) {
				t.Errorf("%s: now/dont should say never to copy, forward or save an image (lacks %q)", s.ID, w)
			}
		}
		if !strings.Contains(evidence, "username") {
			t.Errorf("%s: evidence should mention usernames", s.ID)
		}
		if imageItself[s.ID] {
			if !strings.Contains(evidence, "link") || !strings.Contains(evidence, "leave it where it is until") {
				t.Errorf("%s: evidence should keep links and leave the image where it is until it is reported", s.ID)
			}
		} else if !strings.Contains(evidence, "screenshot") {
			t.Errorf("%s: evidence should ask for screenshots", s.ID)
		}
	}
	for n := 1; n <= TellsSteps; n++ {
		if strings.TrimSpace(en[TellsStepKey(n)]) == "" {
			t.Errorf("tells step %d is empty", n)
		}
	}
}

func TestHelpTranslations(t *testing.T) { checkCatalogueTexts(t, "help", helpWantedKeys()) }
