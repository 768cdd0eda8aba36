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
	// factField is a region fact a catalogue text may use.
	factField = regexp.MustCompile(`{{\.(` + strings.Join(translations.FactNames, "|") + `)}}`)
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
// needs has real text (not empty, no template but a region fact), and that
// no file holds a key the catalogue does not use, other than a region's
// variant ("<key>@AU") of one it does. (translations checks that the files agree
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
			case strings.Contains(factField.ReplaceAllString(v, ""), "{{"):
				t.Errorf("%s: %q uses a template other than a region fact", name, k)
			}
		}
		for k, v := range texts {
			base, region, variant := strings.Cut(k, "@")
			switch {
			case !want[base]:
				t.Errorf("%s: %q belongs to nothing in the catalogue", name, k)
			case variant && !Region(region).Known():
				t.Errorf("%s: %q is a variant for an unknown region", name, k)
			case variant && strings.Contains(factField.ReplaceAllString(v, ""), "{{"):
				t.Errorf("%s: %q uses a template other than a region fact", name, k)
			}
		}
	}
}
