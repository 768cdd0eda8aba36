package content

import (
	"regexp"
	"strings"
	"testing"

	"family-online-safety/translations"
)

// Patterns every catalogue shares: ids are lowercase words joined by
// hyphens; a checked date is a year and month.
var (
	idPattern      = regexp.MustCompile(`^[a-z0-9]+(-[a-z0-9]+)*$`)
	checkedPattern = regexp.MustCompile(`^\d{4}-\d{2}$`)
)

// catalogueTexts reads translations/<area>.<lang>.toml.
func catalogueTexts(t *testing.T, area, lang string) map[string]string {
	t.Helper()
	m, err := translations.Messages(area + "." + lang + ".toml")
	if err != nil {
		t.Fatal(err)
	}
	return m
}

// checkCatalogueTexts checks that, in every language, each key a catalogue
// needs has real text (not empty, no template), and that no file holds a
// key the catalogue does not use. (translations checks that the files agree
// with each other.)
func checkCatalogueTexts(t *testing.T, area string, wanted []string) {
	t.Helper()
	want := map[string]bool{}
	for _, k := range wanted {
		if want[k] {
			t.Errorf("%s: key %q wanted twice", area, k)
		}
		want[k] = true
	}
	for _, lang := range translations.Languages {
		name := area + "." + lang.Code + ".toml"
		texts := catalogueTexts(t, area, lang.Code)
		for _, k := range wanted {
			v, ok := texts[k]
			switch {
			case !ok:
				t.Errorf("%s: missing %q", name, k)
			case strings.TrimSpace(v) == "":
				t.Errorf("%s: %q is empty", name, k)
			case strings.Contains(v, "{{"):
				t.Errorf("%s: %q contains a template", name, k)
			}
		}
		for k := range texts {
			if !want[k] {
				t.Errorf("%s: %q belongs to nothing in the catalogue", name, k)
			}
		}
	}
}
