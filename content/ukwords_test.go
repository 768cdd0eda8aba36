package content

import (
	"bufio"
	"io/fs"
	"os"
	"regexp"
	"slices"
	"strings"
	"testing"

	"family-online-safety/translations"
)

// ukWord is one entry of ukwords.txt: a word or service of the UK, and
// the other regions it is right for.
type ukWord struct {
	text string
	re   *regexp.Regexp
	also []Region
	fold bool // matched in any case
}

// in reports whether the word is in text, whose folded form is folded
// (foldCase): the regular expression decides, once a plain search has
// found the letters (it is what keeps this test quick under -race).
func (w ukWord) in(text, folded string) bool {
	if w.fold && !strings.Contains(folded, strings.ToLower(w.text)) || !w.fold && !strings.Contains(text, w.text) {
		return false
	}
	return w.re.MatchString(text)
}

// foldCase is text in lower case, with the two letters that (?i) also
// matches to s and k (the long s and the Kelvin sign) written as those.
func foldCase(text string) string {
	return strings.ToLower(strings.NewReplacer("\u017f", "s", "\u212a", "k").Replace(text))
}

// readUKWords reads the list kept beside this test.
func readUKWords(t *testing.T) []ukWord {
	t.Helper()
	f, err := os.Open("ukwords.txt")
	if err != nil {
		t.Fatal(err)
	}
	defer func() { _ = f.Close() }()
	var out []ukWord
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		word, regions, _ := strings.Cut(line, "|")
		word = strings.TrimSpace(word)
		// An acronym (GP, SEND) is matched in capitals only, so that
		// "send" is not "SEND"; everything else in any case.
		flags := "(?i)"
		if word == strings.ToUpper(word) && strings.ToLower(word) != word {
			flags = ""
		}
		w := ukWord{text: word, re: regexp.MustCompile(flags + `(^|[^\p{L}\p{N}])` + regexp.QuoteMeta(word) + `($|[^\p{L}\p{N}])`), fold: flags != ""}
		for _, r := range strings.Fields(regions) {
			w.also = append(w.also, Region(r))
		}
		out = append(out, w)
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}

// ukOnlyKey reports whether a text is shown only to UK families, and
// which region a text is shown in when that is not every region.
func textRegion(id string) (Region, bool) {
	if _, code, ok := strings.Cut(id, "@"); ok {
		return Region(code), true
	}
	switch {
	case strings.HasPrefix(id, "nation."), strings.HasPrefix(id, "settings.school"):
		return RegionUK, true
	case strings.HasPrefix(id, "contact."):
		c, ok := ContactByID(strings.SplitN(strings.TrimPrefix(id, "contact."), ".", 2)[0])
		if ok && c.Region != RegionAny {
			return c.Region, true
		}
	}
	return "", false
}

// TestNoUKWordsOutsideTheUK reads every translated text in every language
// and fails on a UK-only word or service (ukwords.txt) in a text that
// families outside the UK can see.
func TestNoUKWordsOutsideTheUK(t *testing.T) {
	t.Parallel()
	words := readUKWords(t)
	if len(words) < 30 {
		t.Fatalf("only %d words in ukwords.txt", len(words))
	}
	for _, lang := range translations.Languages {
		files, err := fs.Glob(translations.FS, "*."+lang.Code+".toml")
		if err != nil {
			t.Fatal(err)
		}
		for _, f := range files {
			msgs, err := translations.Messages(f)
			if err != nil {
				t.Fatal(err)
			}
			for id, text := range msgs {
				r, only := textRegion(id)
				if only && r == RegionUK {
					continue
				}
				text = strings.ReplaceAll(text, "ISPCC Childline", "")
				folded := foldCase(text)
				for _, w := range words {
					if only && slices.Contains(w.also, r) {
						continue
					}
					if w.in(text, folded) {
						t.Errorf("%s %s names %q, a UK-only word, where families outside the UK see it: %q", f, id, w.text, text)
					}
				}
			}
		}
	}
}

// The scan must catch a UK word and pass a UK variant.
func TestUKWordsScanCatches(t *testing.T) {
	t.Parallel()
	words := readUKWords(t)
	hit := func(s string) bool {
		return slices.ContainsFunc(words, func(w ukWord) bool { return w.in(s, foldCase(s)) })
	}
	if !hit("Work out what it costs in pounds.") || !hit("Ask your GP.") || !hit("call 101") || !hit("Costs in POUNDS") || !hit("costs in pound\u017f") {
		t.Error("the scan misses a UK word")
	}
	if hit("Work out what it costs in real money.") || hit("Call 1010 or 9990.") {
		t.Error("the scan flags plain words")
	}
	if r, only := textRegion("starter.x.tip@GB"); !only || r != RegionUK {
		t.Error("a @GB variant is not recognised as the UK's")
	}
}
