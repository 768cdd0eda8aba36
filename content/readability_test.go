package content

import (
	"io/fs"
	"regexp"
	"sort"
	"strings"
	"testing"
	"unicode"

	"family-online-safety/translations"
)

// Readability: a Flesch-Kincaid grade for English texts, so the tests can
// hold carers' texts to plain words.
//
//	grade = 0.39 × (words ÷ sentences) + 11.8 × (syllables ÷ words) − 15.59
//
// Sentences end at ".", "!" or "?" (a colon or semicolon does not end
// one). Words are runs of letters, digits and apostrophes; placeholders
// ({{.Name}}) count as one short word. Syllables are estimated, not looked
// up: each run of vowels (a, e, i, o, u, y) is one syllable; a final
// silent "e" is not ("state"), but a final "le" after a consonant is
// ("little"); "-es" and "-ed" endings that add no sound are dropped after
// most consonants ("makes", "asked"); every word has at least one. A
// word with no letters (a number such as 2026) counts as one syllable.
// The estimate is within a syllable for almost every common word, which
// is close enough to tell a grade 6 text from a grade 12 one.

var (
	placeholderRE = regexp.MustCompile(`{{[^}]*}}`)
	sentenceRE    = regexp.MustCompile(`[.!?]+(\s|$)`)
	wordRE        = regexp.MustCompile(`[\p{L}\p{N}']+`)
)

// fkGrade is the Flesch-Kincaid grade of text, and its number of words.
func fkGrade(text string) (grade float64, words int) {
	text = placeholderRE.ReplaceAllString(text, "X")
	sentences := 0
	for _, s := range sentenceRE.Split(text, -1) {
		if wordRE.MatchString(s) {
			sentences++
		}
	}
	ws := wordRE.FindAllString(text, -1)
	if len(ws) == 0 || sentences == 0 {
		return 0, 0
	}
	syllables := 0
	for _, w := range ws {
		syllables += syllableCount(w)
	}
	n := float64(len(ws))
	return 0.39*n/float64(sentences) + 11.8*float64(syllables)/n - 15.59, len(ws)
}

// syllableCount estimates the syllables of one English word (see above).
func syllableCount(word string) int {
	w := strings.ToLower(strings.Trim(word, "'"))
	w = strings.TrimSuffix(w, "'s")
	letters := strings.IndexFunc(w, unicode.IsLetter) >= 0
	if !letters {
		return 1
	}
	isVowel := func(r byte) bool { return strings.IndexByte("aeiouy", r) >= 0 }
	count, prev := 0, false
	for i := 0; i < len(w); i++ {
		v := isVowel(w[i])
		if v && !prev {
			count++
		}
		prev = v
	}
	n := len(w)
	switch {
	case n > 2 && strings.HasSuffix(w, "le") && !isVowel(w[n-3]):
		// "little", "table": the final "le" is a syllable of its own.
	case n > 1 && w[n-1] == 'e' && !isVowel(w[n-2]):
		count-- // "state", "time"
	case n > 3 && (strings.HasSuffix(w, "es") || strings.HasSuffix(w, "ed")) && !isVowel(w[n-3]) && !strings.ContainsRune("tdsxzgch", rune(w[n-3])):
		count-- // "makes", "asked", but not "wanted", "boxes", "pages"
	}
	return max(count, 1)
}

// median is the middle value of xs (the mean of the two middle ones for
// an even count).
func median(xs []float64) float64 {
	if len(xs) == 0 {
		return 0
	}
	s := append([]float64(nil), xs...)
	sort.Float64s(s)
	if len(s)%2 == 1 {
		return s[len(s)/2]
	}
	return (s[len(s)/2-1] + s[len(s)/2]) / 2
}

// The grade limits of carers' texts: the median of a group at most
// plainMedian, and no text above plainMax.
const (
	plainMedian = 6.0
	plainMax    = 9.0
	// minWords: shorter texts (labels, buttons) are not graded.
	minWords = 8
)

// carerTexts are every English text a carer reads, by id: every message
// except the children's own questions (held to their own limit by the
// starter tests) and the child's view, example placeholders (lists of
// examples, not sentences) and names (of months, regions, boards).
func carerTexts(t *testing.T) map[string]string {
	t.Helper()
	files, err := fs.Glob(translations.FS, "*."+translations.Source+".toml")
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]string{}
	for _, f := range files {
		if strings.HasPrefix(f, "childwords.") {
			continue
		}
		msgs, err := translations.Messages(f)
		if err != nil {
			t.Fatal(err)
		}
		for id, text := range msgs {
			base, _, _ := strings.Cut(id, "@")
			switch {
			case strings.HasPrefix(base, "starter.") && strings.HasSuffix(base, ".question"),
				strings.HasSuffix(base, ".placeholder"):
				continue
			}
			out[id] = text
		}
	}
	return out
}

// gradeGroup checks one group of texts against the limits and returns
// how many it graded.
func gradeGroup(t *testing.T, name string, texts map[string]string) int {
	t.Helper()
	var grades []float64
	for id, text := range texts {
		g, words := fkGrade(text)
		if words < minWords {
			continue
		}
		grades = append(grades, g)
		if g > plainMax {
			t.Errorf("%s %s reads at grade %.1f, above %.0f: %q", name, id, g, plainMax, text)
		}
	}
	if m := median(grades); m > plainMedian {
		t.Errorf("%s: median grade %.1f, above %.0f", name, m, plainMedian)
	}
	return len(grades)
}

// TestCarersTextsArePlain holds "At this age", the review prompts and
// every other English text a carer reads to a Flesch-Kincaid grade of 6
// or less in the median and 9 at most.
func TestCarersTextsArePlain(t *testing.T) {
	t.Parallel()
	all := carerTexts(t)
	guide := map[string]string{}
	for id, text := range all {
		if strings.HasPrefix(id, "guide.") || (strings.HasPrefix(id, "review.") && strings.Contains(id, ".why")) {
			guide[id] = text
		}
	}
	if n := gradeGroup(t, "At this age and review prompts", guide); n < 25 {
		t.Errorf("only %d guide notes and prompts graded", n)
	}
	if n := gradeGroup(t, "carers' texts", all); n < 300 {
		t.Errorf("only %d carers' texts graded", n)
	}
}

// The grade itself: plain words score low, long words and sentences high.
func TestFleschKincaidGrade(t *testing.T) {
	t.Parallel()
	plain, _ := fkGrade("Stay calm. Take a breath before you say anything.")
	dense, _ := fkGrade("Comprehensive institutional responsibilities necessitate considerable organisational accountability mechanisms.")
	if plain > 4 || dense < 15 {
		t.Errorf("plain %.1f, dense %.1f", plain, dense)
	}
	for w, want := range map[string]int{"little": 2, "state": 1, "asked": 1, "wanted": 2, "children": 2, "2026": 1, "a": 1} {
		if got := syllableCount(w); got != want {
			t.Errorf("syllables(%q) = %d, want %d", w, got, want)
		}
	}
}
