package content

import (
	"io/fs"
	"regexp"
	"slices"
	"sort"
	"strings"
	"testing"

	"family-online-safety/translations"
)

// regionTokens are the services, numbers and laws that belong to one
// region: a text shown in another region must not name them. allowedIn
// lists other regions the token is right for (999 and Samaritans also
// serve Ireland, 112 also works in the UK, 911 in Canada too).
var regionTokens = []struct {
	owner     Region
	allowedIn []Region
	re        *regexp.Regexp
}{
	{RegionUK, []Region{RegionIE}, regexp.MustCompile(`\b999\b`)},
	{RegionUK, nil, regexp.MustCompile(`\b101\b`)},
	{RegionUK, nil, regexp.MustCompile(`Childline|0800 1111`)},
	{RegionUK, nil, regexp.MustCompile(`CEOP|Thinkuknow`)},
	{RegionUK, nil, regexp.MustCompile(`\bIWF\b|Internet Watch Foundation`)},
	{RegionUK, nil, regexp.MustCompile(`Report Remove|Report Harmful Content`)},
	{RegionUK, nil, regexp.MustCompile(`NSPCC|PANTS|0808 800 5000`)},
	{RegionUK, []Region{RegionIE}, regexp.MustCompile(`Samaritans|116 123`)},
	{RegionUK, nil, regexp.MustCompile(`Crimestoppers|0800 555 111|0344 381 4772`)},
	{RegionUK, nil, regexp.MustCompile(`Ofcom|Online Safety Act|Sexual Offences Act`)},
	{RegionUS, []Region{RegionCA}, regexp.MustCompile(`\b911\b`)},
	{RegionUS, nil, regexp.MustCompile(`\b988\b|CyberTipline|Childhelp|\bFBI\b`)},
	{RegionAU, nil, regexp.MustCompile(`(^|[^\d,. ])000\b|ACCCE|eSafety|Kids Helpline|Lifeline|13 11 14|Crime Stoppers`)},
	{RegionIE, []Region{RegionUK}, regexp.MustCompile(`\b112\b`)},
	{RegionIE, nil, regexp.MustCompile(`Hotline\.ie|ISPCC|Parentline`)},
	{RegionCA, nil, regexp.MustCompile(`Cybertip\.ca|NeedHelpNow|Kids Help Phone|9-8-8`)},
	{RegionNZ, nil, regexp.MustCompile(`\b111\b|\b105\b|\b1737\b|Netsafe|Youthline|Department of Internal Affairs`)},
}

// ownNames are names a region's own texts use that contain another
// region's token ("ISPCC Childline" is Irish, not the UK's Childline).
var ownNames = map[Region][]string{RegionIE: {"ISPCC Childline"}}

// shownTexts renders every text a family in region r sees in the
// translator's language: every message of every file (the region's
// variant where it has one), except region variants themselves, the
// names of regions in the picker, and the purposes of contacts the region
// does not list. Placeholders other than region facts get "X".
func shownTexts(t *testing.T, tr *translations.Translator, r Region) map[string]string {
	t.Helper()
	listed := map[string]bool{}
	for _, c := range ContactsFor(r) {
		listed[c.ID] = true
	}
	files, err := fs.Glob(translations.FS, "*."+translations.Source+".toml")
	if err != nil {
		t.Fatal(err)
	}
	placeholder := regexp.MustCompile(`{{\s*\.(\w+)\s*}}`)
	out := map[string]string{}
	for _, f := range files {
		msgs, err := translations.Messages(f)
		if err != nil {
			t.Fatal(err)
		}
		for id, text := range msgs {
			if strings.Contains(id, "@") || strings.HasPrefix(id, "region.") {
				continue
			}
			if rest, ok := strings.CutPrefix(id, "contact."); ok {
				if cid, _, _ := strings.Cut(rest, "."); !listed[cid] {
					continue
				}
			}
			data := map[string]any{}
			for _, m := range placeholder.FindAllStringSubmatch(text, -1) {
				if !slices.Contains(translations.FactNames, m[1]) {
					data[m[1]] = "X"
				}
			}
			out[id] = tr.N(id, 2, data)
		}
	}
	return out
}

// TestNoTextNamesAnotherRegionsServices renders every starter, app, help
// and other text in every region and language, and fails on a service,
// number or law that belongs to another region.
func TestNoTextNamesAnotherRegionsServices(t *testing.T) {
	t.Parallel()
	for _, lang := range translations.Languages {
		tr, err := translations.New(lang.Code)
		if err != nil {
			t.Fatal(err)
		}
		for _, r := range Regions {
			tr.SetRegion(r)
			texts := shownTexts(t, tr, r)
			ids := make([]string, 0, len(texts))
			for id := range texts {
				ids = append(ids, id)
			}
			sort.Strings(ids)
			for _, id := range ids {
				text := texts[id]
				if strings.Contains(text, "<no value>") || strings.Contains(text, "{{") {
					t.Errorf("%s/%s %s: unfilled template: %q", lang.Code, r, id, text)
				}
				for _, own := range ownNames[r] {
					text = strings.ReplaceAll(text, own, "")
				}
				for _, tok := range regionTokens {
					if tok.owner == r || slices.Contains(tok.allowedIn, r) {
						continue
					}
					if m := tok.re.FindString(text); m != "" {
						t.Errorf("%s/%s %s names %q, which belongs to %s: %q", lang.Code, r, id, m, tok.owner, texts[id])
					}
				}
			}
		}
	}
}

// Every starter or situation about self-harm content or a child in
// despair shows the region's crisis line, in every language.
func TestCrisisTextsShowTheCrisisLine(t *testing.T) {
	t.Parallel()
	for _, lang := range translations.Languages {
		tr, err := translations.New(lang.Code)
		if err != nil {
			t.Fatal(err)
		}
		for _, r := range Regions {
			tr.SetRegion(r)
			line := r.Facts()["CrisisLine"]
			for _, s := range Starters {
				if s.Crisis && !strings.Contains(tr.T(s.TipKey()), line) {
					t.Errorf("%s/%s: crisis starter %s does not show %q: %q", lang.Code, r, s.ID, line, tr.T(s.TipKey()))
				}
			}
		}
	}
	for _, id := range []string{"feelings-harmful-posts", "feelings-worried-about-a-friend"} {
		if s, _ := StarterByID(id); !s.Crisis {
			t.Errorf("%s is about self-harm or despair and should be marked Crisis", id)
		}
	}
}

// A text that offers an anonymous route is shown only where the route
// holds a service that is anonymous.
func TestAnonymousOnlyWhereAServiceIs(t *testing.T) {
	t.Parallel()
	tr, err := translations.New("en")
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range Regions {
		tr.SetRegion(r)
		for _, s := range Situations {
			text := strings.ToLower(tr.T(s.NowKey()) + tr.T(s.EvidenceKey()) + tr.T(s.DontKey()))
			if !strings.Contains(text, "anonym") {
				continue
			}
			if !slices.ContainsFunc(s.Route(r), func(c Contact) bool { return c.Anonymous == TristateYes }) {
				t.Errorf("%s in %s says 'anonymously' but no service on its route is anonymous", s.ID, r)
			}
		}
	}
}

// In Australia the platforms eSafety lists are for 16 and over, so no text
// shown there may give 13 as their age in the same sentence.
func TestAustraliaNeverGives13ForListedPlatforms(t *testing.T) {
	t.Parallel()
	var listed []string
	for _, a := range Apps {
		if a.MinAgeIn(RegionAU) == 16 {
			listed = append(listed, regexp.QuoteMeta(a.Name))
		}
	}
	if len(listed) < 9 {
		t.Fatalf("only %d apps are 16+ in Australia: %v", len(listed), listed)
	}
	platform := regexp.MustCompile(`\b(` + strings.Join(listed, "|") + `)`)
	thirteen := regexp.MustCompile(`\b13\b`)
	for _, lang := range translations.Languages {
		tr, err := translations.New(lang.Code)
		if err != nil {
			t.Fatal(err)
		}
		tr.SetRegion(RegionAU)
		for id, text := range shownTexts(t, tr, RegionAU) {
			for _, s := range sentenceEnd.Split(text, -1) {
				if thirteen.MatchString(s) && platform.MatchString(s) {
					t.Errorf("%s/AU %s gives 13 for a platform that is 16+ there: %q", lang.Code, id, s)
				}
			}
		}
	}
}
