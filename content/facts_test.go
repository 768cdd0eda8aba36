package content

import (
	"regexp"
	"strings"
	"testing"

	"family-online-safety/translations"
)

// Facts that changed and must stay current in every language.
func TestCurrentFacts(t *testing.T) {
	t.Parallel()
	en := catalogueTexts(t, "apps", "en")
	// Instagram: a Teen Account for every under-18.
	if txt := en[mustApp(t, "instagram").RiskNoteKey()]; !strings.Contains(txt, "under 18") || !strings.Contains(txt, "Teen Account") {
		t.Errorf("Instagram's note should give every under-18 a Teen Account: %q", txt)
	}
	// Yearly sports titles: each edition is rated on its own, so the
	// catalogue gives EA Sports FC no figure and says to check the edition.
	fc := mustApp(t, "ea-sports-fc")
	if !fc.YearlyEditions || len(fc.Ratings) != 0 || !strings.Contains(en[fc.RiskNoteKey()], "edition") {
		t.Errorf("EA Sports FC should be flagged to check each edition's rating: %+v", fc)
	}
	// No text may say a PEGI rating covers content only.
	onlyContent := regexp.MustCompile(`(?i)PEGI[^.]*(only|just)[^.]*content|does not cover (chat|spending)|only about`)
	for _, area := range []string{"apps", "children", "starters"} {
		for k, v := range catalogueTexts(t, area, "en") {
			if strings.Contains(v, "PEGI") && onlyContent.MatchString(v) {
				t.Errorf("%s %s says PEGI covers content only: %q", area, k, v)
			}
		}
	}
	children := catalogueTexts(t, "children", "en")
	if txt := children["appnote.young.rating.why@GB"]; !strings.Contains(txt, "June 2026") {
		t.Errorf("the PEGI warning should explain the June 2026 change: %q", txt)
	}
}

// Services whose account only an adult can hold say so in the same words
// in every language, so parents read one rule, not two.
func TestAdultAccountHoldersWordedAlike(t *testing.T) {
	t.Parallel()
	phrase := map[string]string{
		"en": "only adults can hold the account",
		"cy": "dim ond oedolion sy'n cael bod yn berchen ar y cyfrif",
		"pl": "konto może mieć tylko osoba dorosła",
	}
	for _, lang := range translations.Languages {
		texts := catalogueTexts(t, "apps", lang.Code)
		for _, id := range []string{"netflix", "disney-plus"} {
			if txt := texts[mustApp(t, id).RiskNoteKey()]; !strings.Contains(txt, phrase[lang.Code]) {
				t.Errorf("%s %s: want %q in %q", lang.Code, id, phrase[lang.Code], txt)
			}
		}
	}
}
