package translations

import (
	"strings"
	"testing"
)

// The names the app suggests for files it saves (exports, printouts,
// calendars, handover packs) are seen by anyone who looks at the folder
// or the list of recent files: none names a child or says "concern", in
// any language.
func TestSuggestedFileNamesNameNoChildAndNoConcern(t *testing.T) {
	t.Parallel()
	telling := []string{"{{.Name}}", "{{.Child}}", "concern", "worr", "pryder", "obaw", "niepok"}
	seen := 0
	for _, area := range areas(t) {
		for _, lang := range Languages {
			msgs, err := Messages(area + "." + lang.Code + ".toml")
			if err != nil {
				t.Fatal(err)
			}
			for id, text := range msgs {
				if !strings.HasSuffix(id, ".file") && !strings.Contains(id, ".file.") {
					continue
				}
				seen++
				for _, w := range telling {
					if strings.Contains(strings.ToLower(text), strings.ToLower(w)) {
						t.Errorf("%s (%s) = %q: a file name must not hold %q", id, lang.Code, text, w)
					}
				}
			}
		}
	}
	if seen < 3*9 {
		t.Fatalf("only %d file names found", seen)
	}
}
