package content

import (
	"slices"
	"strings"
	"testing"

	"family-online-safety/translations"
)

func TestScreenTimeSuggestionsAreSourcedAndTranslated(t *testing.T) {
	t.Parallel()
	files := map[string]map[string]string{}
	for _, lang := range []string{"en", "cy", "pl"} {
		m, err := translations.Messages("agreement." + lang + ".toml")
		if err != nil {
			t.Fatal(err)
		}
		files[lang] = m
	}
	seen := map[string]bool{}
	for _, s := range ScreenTimeSuggestions {
		if seen[s.ID] || !idPattern.MatchString(s.ID) {
			t.Errorf("id %q is repeated or malformed", s.ID)
		}
		seen[s.ID] = true
		if s.Source.Name == "" || !strings.HasPrefix(s.Source.URL, "https://") || s.Source.Checked != "2026-11" {
			t.Errorf("%s: source %+v", s.ID, s.Source)
		}
		if s.MinAge > s.MaxAge || s.MinAge < 0 || s.MaxAge > 17 {
			t.Errorf("%s: ages %d to %d", s.ID, s.MinAge, s.MaxAge)
		}
		keys := []string{s.TextKey()}
		switch s.Kind {
		case SuggestWindow:
			keys = append(keys, s.LabelKey())
			if s.Start == s.End || s.Start < 0 || s.End < 0 || s.Start >= 1440 || s.End >= 1440 {
				t.Errorf("%s: times %d to %d", s.ID, s.Start, s.End)
			}
		case SuggestPlace:
			if !slices.Contains([]string{"bedrooms-night", "dinner-table", "bathroom"}, s.Place) {
				t.Errorf("%s: unknown place %q", s.ID, s.Place)
			}
		case SuggestLimit:
			if s.Minutes < 0 || s.Minutes > 24*60 {
				t.Errorf("%s: %d minutes", s.ID, s.Minutes)
			}
		}
		for lang, m := range files {
			for _, k := range keys {
				if strings.TrimSpace(m[k]) == "" {
					t.Errorf("%s: %s missing in %s", s.ID, k, lang)
				}
			}
		}
	}
}

// TestScreenTimeFollowsTheGuidance pins the facts from the sources: the WHO
// and AAP limits by age, and that older children get no fixed number.
func TestScreenTimeFollowsTheGuidance(t *testing.T) {
	t.Parallel()
	limit := func(age int) []int {
		var out []int
		for _, s := range ScreenTimeFor(age) {
			if s.Kind == SuggestLimit {
				out = append(out, s.Minutes)
			}
		}
		return out
	}
	cases := map[int][]int{0: {0}, 1: {0}, 2: {60, 60}, 4: {60, 60}, 5: {60}, 6: nil, 9: nil, 14: nil, 17: nil, 30: nil}
	for age, want := range cases {
		if got := limit(age); !slices.Equal(got, want) {
			t.Errorf("age %d: limits %v, want %v", age, got, want)
		}
	}
	for age := 0; age <= 17; age++ {
		var bed, bedroom bool
		for _, s := range ScreenTimeFor(age) {
			bed = bed || s.Kind == SuggestWindow
			bedroom = bedroom || s.Place == "bedrooms-night"
		}
		if !bed || !bedroom {
			t.Errorf("age %d: no bedtime suggestion (window %v, bedroom %v)", age, bed, bedroom)
		}
	}
}

// Where two sources disagree for the same age (at 5: the AAP's hour a day
// and the CMOs' no fixed number), both suggestions point at each other and
// their texts say they are alternatives; the AAP's advice from 6 is cited
// to its school-age document; the overnight windows cite the CMOs too.
func TestScreenTimeAttributionAndAlternatives(t *testing.T) {
	t.Parallel()
	en := catalogueTexts(t, "agreement", "en")
	byID := map[string]ScreenTimeSuggestion{}
	for _, s := range ScreenTimeSuggestions {
		byID[s.ID] = s
	}
	for age := 0; age <= 17; age++ {
		var limit, noFixed []ScreenTimeSuggestion
		for _, s := range ScreenTimeFor(age) {
			switch {
			case s.Kind == SuggestLimit && s.Minutes > 0:
				limit = append(limit, s)
			case s.Source == srcCMO2019 && s.Kind == SuggestNote && strings.Contains(en[s.TextKey()], "no evidence"):
				noFixed = append(noFixed, s)
			}
		}
		if len(limit) > 0 && len(noFixed) > 0 {
			for _, s := range append(limit, noFixed...) {
				other, ok := byID[s.AlternativeTo]
				shown := slices.ContainsFunc(ScreenTimeFor(age), func(x ScreenTimeSuggestion) bool { return x.ID == other.ID })
				if !ok || !shown {
					t.Errorf("age %d: %s conflicts with another suggestion but names no alternative shown at that age", age, s.ID)
				}
				if !strings.Contains(en[s.TextKey()], "choice") {
					t.Errorf("age %d: %s should offer itself as a choice: %q", age, s.ID, en[s.TextKey()])
				}
			}
		}
	}
	if s := byID["aap-6plus"]; !strings.Contains(s.Source.Name, "School-Aged") || !strings.Contains(s.Source.URL, "2016-2592") {
		t.Errorf("aap-6plus cites %+v, want Media Use in School-Aged Children and Adolescents", s.Source)
	}
	if txt := en[byID["aap-6plus"].TextKey()]; !strings.Contains(txt, "consistent limits") || strings.Contains(txt, "same from day to day") {
		t.Errorf("aap-6plus should speak of consistent limits, not the same hours daily: %q", txt)
	}
	for _, s := range ScreenTimeSuggestions {
		if s.Kind != SuggestWindow {
			continue
		}
		txt := en[s.TextKey()]
		if len(s.Also) != 1 || s.Also[0] != srcCMO2019 || !strings.Contains(txt, "Chief Medical Officers") || !strings.Contains(txt, "hour before bed") {
			t.Errorf("%s: the overnight window must credit the RCPCH (hour before bed) and the UK CMOs (bedroom at night): %q", s.ID, txt)
		}
	}
}
