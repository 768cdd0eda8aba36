package translations

import (
	"io/fs"
	"regexp"
	"sort"
	"strings"
	"testing"
)

// areas returns the base names ("active", "starters", ...) of the English files.
func areas(t *testing.T) []string {
	t.Helper()
	files, err := fs.Glob(FS, "*."+Source+".toml")
	if err != nil || len(files) == 0 {
		t.Fatalf("no English translation files found: %v", err)
	}
	var out []string
	for _, f := range files {
		out = append(out, strings.TrimSuffix(f, "."+Source+".toml"))
	}
	return out
}

func TestEveryLanguageHasEveryKey(t *testing.T) {
	t.Parallel()
	for _, area := range areas(t) {
		source, err := Messages(area + "." + Source + ".toml")
		if err != nil {
			t.Fatal(err)
		}
		for _, lang := range Languages {
			if lang.Code == Source {
				continue
			}
			name := area + "." + lang.Code + ".toml"
			other, err := Messages(name)
			if err != nil {
				t.Errorf("%s: %v", name, err)
				continue
			}
			for id, text := range source {
				if strings.TrimSpace(text) == "" {
					t.Errorf("%s.%s.toml: %q is empty", area, Source, id)
				}
				if strings.TrimSpace(other[id]) == "" {
					t.Errorf("%s: missing or empty %q", name, id)
				}
			}
			for id := range other {
				if _, ok := source[id]; !ok {
					t.Errorf("%s: %q is not in the English file", name, id)
				}
			}
		}
	}
}

func TestNoStrayFiles(t *testing.T) {
	t.Parallel()
	files, _ := fs.Glob(FS, "*.toml")
	known := map[string]bool{}
	for _, area := range areas(t) {
		for _, l := range Languages {
			known[area+"."+l.Code+".toml"] = true
		}
	}
	for _, f := range files {
		if !known[f] {
			t.Errorf("%s has no English source or an unknown language code", f)
		}
	}
}

var placeholder = regexp.MustCompile(`{{\s*\.(\w+)\s*}}`)

// TestEveryMessageRenders fills each message's placeholders and checks the
// result is real text in every language: no template error, no "<no value>",
// no fallback to the raw id.
func TestEveryMessageRenders(t *testing.T) {
	t.Parallel()
	for _, lang := range Languages {
		tr, err := New(lang.Code)
		if err != nil {
			t.Fatal(err)
		}
		for _, area := range areas(t) {
			msgs, err := Messages(area + "." + lang.Code + ".toml")
			if err != nil {
				t.Fatal(err)
			}
			ids := make([]string, 0, len(msgs))
			for id := range msgs {
				ids = append(ids, id)
			}
			sort.Strings(ids)
			for _, id := range ids {
				data := map[string]any{}
				for _, m := range placeholder.FindAllStringSubmatch(msgs[id], -1) {
					data[m[1]] = "X"
				}
				for _, count := range []int{0, 1, 2, 5, 22} {
					got := tr.N(id, count, data)
					if got == id || got == "" || strings.Contains(got, "<no value>") || strings.Contains(got, "{{") {
						t.Errorf("%s %s (count %d) renders as %q", lang.Code, id, count, got)
						break
					}
				}
			}
		}
	}
}

func TestSetLanguageSwitchesText(t *testing.T) {
	t.Parallel()
	tr, err := New("en")
	if err != nil {
		t.Fatal(err)
	}
	en := tr.T("nav.settings")
	if err := tr.SetLanguage("pl"); err != nil {
		t.Fatal(err)
	}
	if pl := tr.T("nav.settings"); pl == en || pl == "nav.settings" {
		t.Fatalf("Polish text for nav.settings = %q, English %q", pl, en)
	}
	if err := tr.SetLanguage("xx"); err == nil {
		t.Fatal("unknown language accepted")
	}
	if tr.Language() != "pl" {
		t.Fatalf("a refused switch changed the language to %q", tr.Language())
	}
}

func TestUnknownIDShowsTheID(t *testing.T) {
	t.Parallel()
	tr, _ := New("cy")
	if got := tr.T("no.such.key"); got != "no.such.key" {
		t.Fatalf("got %q", got)
	}
}

func TestFromLocale(t *testing.T) {
	t.Parallel()
	cases := map[string]string{
		"en_GB.UTF-8": "en", "cy_GB.UTF-8": "cy", "pl-PL": "pl", "pl": "pl",
		"C": "en", "C.UTF-8": "en", "": "en", "fr_FR": "en", "POSIX": "en",
	}
	for in, want := range cases {
		if got := FromLocale(in); got != want {
			t.Errorf("FromLocale(%q) = %q, want %q", in, got, want)
		}
	}
}

// testRegion is a region for the Translator tests, so they need not
// import content (whose tests import this package).
type testRegion struct {
	code  string
	facts map[string]string
}

func (r testRegion) Code() string             { return r.code }
func (r testRegion) Facts() map[string]string { return r.facts }

// A region's variant replaces the general text only in that region, and
// the region's facts fill the placeholders of every text.
func TestSetRegionPicksVariantsAndFacts(t *testing.T) {
	t.Parallel()
	tr, err := New("en")
	if err != nil {
		t.Fatal(err)
	}
	const id = "situation.crime-jobs.now"
	general := tr.T(id)
	if tr.RegionCode() != "" || !strings.Contains(general, "the emergency number") {
		t.Fatalf("before SetRegion: region %q, text %q", tr.RegionCode(), general)
	}
	tr.SetRegion(testRegion{code: "GB", facts: map[string]string{"Emergency": "999"}})
	if got := tr.T(id); got == general || !strings.Contains(got, "Crimestoppers") {
		t.Errorf("GB should get its own variant: %q", got)
	}
	tr.SetRegion(testRegion{code: "US", facts: map[string]string{"Emergency": "911"}})
	got := tr.T(id)
	if strings.Contains(got, "Crimestoppers") || !strings.Contains(got, "call 911") {
		t.Errorf("US should get the general text with its own number: %q", got)
	}
	if tr.RegionCode() != "US" {
		t.Errorf("RegionCode = %q", tr.RegionCode())
	}
	// The caller's fields win over the region's facts.
	if got := tr.T("helpui.guide.emergency", map[string]any{"Number": "123"}); !strings.Contains(got, "123") {
		t.Errorf("caller's field lost: %q", got)
	}
	// Plural messages follow the region too.
	tr.SetRegion(testRegion{code: "AU"})
	if got := tr.N("appnote.young.terms", 14, map[string]any{"App": "TikTok", "Age": 16, "Name": "Sam"}); !strings.Contains(got, "Australia") || !strings.Contains(got, "14") {
		t.Errorf("AU plural variant: %q", got)
	}
	tr.SetRegion(nil)
	if got := tr.T(id); got != general {
		t.Errorf("SetRegion(nil) should go back to the general text: %q", got)
	}
}

// Every region variant belongs to a general text in the same file: a
// variant on its own would never be shown.
func TestVariantsHaveAGeneralText(t *testing.T) {
	t.Parallel()
	for _, area := range areas(t) {
		msgs, err := Messages(area + "." + Source + ".toml")
		if err != nil {
			t.Fatal(err)
		}
		for id := range msgs {
			base, code, ok := strings.Cut(id, "@")
			if !ok {
				continue
			}
			if _, has := msgs[base]; !has {
				t.Errorf("%s: variant %q has no general text %q", area, id, base)
			}
			if len(code) != 2 || strings.ToUpper(code) != code {
				t.Errorf("%s: variant %q: want a two-letter region code", area, id)
			}
		}
	}
}

// englishWords are common English words that a Welsh or Polish text would
// only contain if a sentence was left untranslated. Names of services and
// documents stay in English, so one such word is allowed, two are not.
var englishWords = regexp.MustCompile(`\b(the|and|your|you|with|this|that|is|are|it|when|what|who)\b`)

func TestNoEnglishLeftInWelshOrPolish(t *testing.T) {
	t.Parallel()
	for _, area := range areas(t) {
		for _, lang := range Languages {
			if lang.Code == Source {
				continue
			}
			msgs, err := Messages(area + "." + lang.Code + ".toml")
			if err != nil {
				t.Fatal(err)
			}
			for id, text := range msgs {
				text = strings.ReplaceAll(text, "Media Use in School-Aged Children and Adolescents", "")
				if hits := englishWords.FindAllString(text, -1); len(hits) >= 2 {
					t.Errorf("%s.%s.toml %s looks untranslated (%v): %q", area, lang.Code, id, hits, text)
				}
			}
		}
	}
}
