package content

import (
	"io/fs"
	"regexp"
	"strings"
	"testing"

	"family-online-safety/translations"
)

// evidenceWords are, per language, the words that tell a parent to keep
// evidence, the word for a screenshot, and the words of the exception
// that must come with them: never screenshot (or keep) a sexual image.
var evidenceWords = map[string]struct {
	evidence   *regexp.Regexp // an instruction to keep evidence
	screenshot *regexp.Regexp
	never      *regexp.Regexp
	image      *regexp.Regexp
	passOn     *regexp.Regexp // copy, forward, save: the words of a "never" list
	ignore     *regexp.Regexp // phrases that look like a "never" but are not
}{
	"en": {
		evidence:   regexp.MustCompile(`(?i)screenshot|keep evidence|(keep|save) the (messages|username)`),
		screenshot: regexp.MustCompile(`(?i)screenshot`),
		never:      regexp.MustCompile(`(?i)\bnever\b|\bdon't\b|\bnot\b`),
		image:      regexp.MustCompile(`(?i)image|nude|picture`),
		passOn:     regexp.MustCompile(`(?i)\b(copy|forward|save)\b`),
	},
	"cy": {
		evidence:   regexp.MustCompile(`(?i)sgrinlun|cadwch dystiolaeth|cadw'?r negeseuon|cadwch y negeseuon`),
		screenshot: regexp.MustCompile(`(?i)sgrinlun`),
		never:      regexp.MustCompile(`(?i)\bbyth\b|peidiwch|\b[bp]eidio\b`),
		// "llun" (picture) mutates to "lun"; "sgrinlun" is not a picture.
		image:  regexp.MustCompile(`(?i)\bl?lun(iau)?\b|delwedd|rhywiol`),
		passOn: regexp.MustCompile(`(?i)copïo|anfon ymlaen|cadw\b`),
		ignore: regexp.MustCompile(`(?i)am byth`), // "for ever"
	},
	"pl": {
		evidence:   regexp.MustCompile(`(?i)zrzut|zachowaj dowody|to dowody|zachowaj(cie)? wiadomości|zapisz(cie)? wiadomości`),
		screenshot: regexp.MustCompile(`(?i)zrzut`),
		never:      regexp.MustCompile(`(?i)\bnigdy\b|\bnie\b`),
		image:      regexp.MustCompile(`(?i)zdjęci|obraz|nagi|nagie|nagich`),
		passOn:     regexp.MustCompile(`(?i)kopiuj|przesył|przekazuj|zapisuj|zachowuj`),
	},
}

var sentenceEnd = regexp.MustCompile(`[.!?]\s`)

// TestEvidenceWithoutHarm scans every built-in text in every language:
// an instruction to keep evidence (screenshots, messages) carries the
// exception for sexual images in a sentence of its own kind ("never
// screenshot ... a sexual image"), and every "never copy, forward or save
// an image" list names screenshots too.
func TestEvidenceWithoutHarm(t *testing.T) {
	t.Parallel()
	for _, lang := range translations.Languages {
		w, ok := evidenceWords[lang.Code]
		if !ok {
			t.Fatalf("no evidence words for %s", lang.Code)
		}
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
				exception := false
				for _, s := range sentenceEnd.Split(text, -1) {
					if w.ignore != nil {
						s = w.ignore.ReplaceAllString(s, "")
					}
					neverImage := w.never.MatchString(s) && w.image.MatchString(s)
					if neverImage && w.screenshot.MatchString(s) {
						exception = true
					}
					if neverImage && w.passOn.MatchString(s) && !w.screenshot.MatchString(s) {
						t.Errorf("%s %s: a 'never' list without screenshots: %q", f, id, s)
					}
				}
				if w.evidence.MatchString(text) && !exception {
					t.Errorf("%s %s: keeps evidence without the exception for sexual images: %q", f, id, text)
				}
			}
		}
	}
}

// The scan must recognise the exception and miss its absence, in English.
func TestEvidenceScanCatchesAMissingException(t *testing.T) {
	t.Parallel()
	w := evidenceWords["en"]
	good := "Take screenshots of the messages. Never screenshot, copy or save a sexual image."
	bad := "Take screenshots of the messages and usernames."
	found := func(text string) bool {
		for _, s := range sentenceEnd.Split(text, -1) {
			if w.never.MatchString(s) && w.image.MatchString(s) && w.screenshot.MatchString(s) {
				return true
			}
		}
		return false
	}
	if !found(good) || found(bad) || !strings.Contains(bad, "screenshot") {
		t.Error("the exception scan does not tell a good text from a bad one")
	}
}
