package content

import (
	"fmt"
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
	{RegionUK, nil, regexp.MustCompile(`Ofcom|Online Safety Act|Sexual Offences Act|Protection of Children Act`)},
	// PEGI rates games for the UK and Ireland only.
	{RegionUK, []Region{RegionIE}, regexp.MustCompile(`\bPEGI\b`)},
	{RegionUS, []Region{RegionCA}, regexp.MustCompile(`\b911\b`)},
	{RegionUS, nil, regexp.MustCompile(`\b988\b|CyberTipline|Childhelp|\bFBI\b`)},
	{RegionAU, nil, regexp.MustCompile(`(^|[^\d,. ])000\b|ACCCE|eSafety|Kids Helpline|Lifeline|13 11 14|Crime Stoppers|Police Assistance Line|131 444`)},
	{RegionIE, []Region{RegionUK}, regexp.MustCompile(`\b112\b`)},
	{RegionIE, nil, regexp.MustCompile(`Hotline\.ie|ISPCC|Parentline|Tusla|Garda`)},
	{RegionCA, nil, regexp.MustCompile(`Cybertip\.ca|NeedHelpNow|Kids Help Phone|9-8-8`)},
	{RegionNZ, nil, regexp.MustCompile(`\b111\b|\b105\b|\b1737\b|Netsafe|Youthline|Department of Internal Affairs|Oranga Tamariki|Parent Help`)},
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
			// A board's name is shown only where that board rates games.
			if strings.HasPrefix(id, "board.") && id != BoardKey(BoardOf(r)) {
				continue
			}
			if rest, ok := strings.CutPrefix(id, "contact."); ok {
				if cid, _, _ := strings.Cut(rest, "."); !listed[cid] {
					continue
				}
			}
			data := map[string]any{}
			// The region's variant may take placeholders of its own.
			for _, m := range placeholder.FindAllStringSubmatch(text+msgs[translations.VariantKey(id, r.Code())], -1) {
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
		t.Run(lang.Code, func(t *testing.T) {
			t.Parallel()
			noOtherRegionsServices(t, lang.Code)
		})
	}
}

// noOtherRegionsServices is TestNoTextNamesAnotherRegionsServices in one
// language.
func noOtherRegionsServices(t *testing.T, code string) {
	tr, err := translations.New(code)
	if err != nil {
		t.Fatal(err)
	}
	found := tokensFound{} // most texts read the same in every region
	for _, r := range Regions {
		tr.SetRegion(r)
		texts := shownTexts(t, tr, r)
		ids := make([]string, 0, len(texts))
		for id := range texts {
			ids = append(ids, id)
		}
		sort.Strings(ids)
		for _, id := range ids {
			if problem := found.otherRegionsService(texts[id], r); problem != "" {
				t.Errorf("%s/%s %s %s: %q", code, r, id, problem, texts[id])
			}
		}
	}
}

// tokensFound keeps, by text, what each of regionTokens finds in it ("":
// nothing), so a text shown alike in every region is searched once.
type tokensFound map[string][]string

// otherRegionsService says what is wrong with text shown in region r: an
// unfilled template or another region's service, number or law; or "".
func (found tokensFound) otherRegionsService(text string, r Region) string {
	if strings.Contains(text, "<no value>") || strings.Contains(text, "{{") {
		return "is an unfilled template"
	}
	for _, own := range ownNames[r] {
		text = strings.ReplaceAll(text, own, "")
	}
	ms, ok := found[text]
	if !ok {
		ms = make([]string, len(regionTokens))
		for i, tok := range regionTokens {
			ms[i] = tok.re.FindString(text)
		}
		found[text] = ms
	}
	for i, tok := range regionTokens {
		if ms[i] != "" && tok.owner != r && !slices.Contains(tok.allowedIn, r) {
			return fmt.Sprintf("names %q, which belongs to %s", ms[i], tok.owner)
		}
	}
	return ""
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

// The search above must find what it looks for, whichever region asked
// about the same text first.
func TestAnotherRegionsServiceIsFound(t *testing.T) {
	t.Parallel()
	found := tokensFound{}
	for _, c := range []struct {
		text  string
		r     Region
		wrong bool
	}{
		{"Call 999 now.", RegionUK, false},
		{"Call 999 now.", RegionUS, true},
		{"Call 999 now.", RegionIE, false},
		{"Call ISPCC Childline.", RegionIE, false},
		{"Call Childline.", RegionIE, true},
		{"Call 911 now.", RegionCA, false},
		{"Call 911 now.", RegionUK, true},
		{"Hello {{.Name}}", RegionUK, true},
	} {
		if got := found.otherRegionsService(c.text, c.r); (got != "") != c.wrong {
			t.Errorf("%q in %s: %q", c.text, c.r, got)
		}
	}
}
