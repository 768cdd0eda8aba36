package printout

import (
	"strings"
	"testing"

	"family-online-safety/content"
)

// The carer's sheet takes its helplines from each region's contacts: in
// Australia the police outside an emergency is the Police Assistance Line
// (131 444), not Crime Stoppers; New Zealand's parents' line is Parent
// Help.
func TestCarerSheetGivesEachRegionsPoliceAndParentsLine(t *testing.T) {
	t.Parallel()
	now := docsNow(t)
	for _, c := range []struct {
		region    content.Region
		want, not string
	}{
		{content.RegionAU, "131 444", "1800 333 000"},
		{content.RegionNZ, "0800 568 856", "Kids Help"},
	} {
		s, tr := demo(t, "en", c.region, now)
		sh, err := LoadSheet(s, childNamed(t, s, "Amira").ID, false, c.region, now)
		if err != nil {
			t.Fatal(err)
		}
		pdf, err := CarerSheetPDF(sh, tr, testFonts())
		if err != nil {
			t.Fatal(err)
		}
		text := pdfText(t, pdf)
		if !strings.Contains(text, c.want) || strings.Contains(text, c.not) {
			t.Errorf("%s: want %q and no %q in:\n%s", c.region, c.want, c.not, text)
		}
	}
}
