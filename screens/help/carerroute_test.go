package help

import (
	"strings"
	"testing"

	"family-online-safety/content"
	"family-online-safety/screens/screentest"
)

// A parent's own request for advice in Australia and Canada says plainly
// what the app lists and why, and never that services are coming "yet":
// Australia's text names no parents' helpline and says what eSafety takes;
// Canada's says it has no national parents' helpline once, with no line
// under it that contradicts it.
func TestCarerAdviceSaysWhatIsListedInAustraliaAndCanada(t *testing.T) {
	for _, tt := range []struct {
		region content.Region
		shows  []string
	}{
		{content.RegionAU, []string{"This app lists no national helpline for parents in Australia", "eSafety, below, takes reports", "call 000", "eSafety Commissioner"}},
		{content.RegionCA, []string{"Canada has no national helpline for parents", "call 911"}},
	} {
		h := newHelpHarness(t, tt.region)
		h.Tr.SetRegion(tt.region) // as the app does from the settings
		h.show()
		h.pick("carer-advice")
		guide := h.help.guide.Content
		for _, want := range tt.shows {
			screentest.MustHaveText(t, guide, want)
		}
		for _, s := range screentest.Texts(guide) {
			for _, bad := range []string{" yet", "no services listed", "Contact a service below"} {
				if strings.Contains(s, bad) {
					t.Errorf("%s: the guide says %q: %q", tt.region, bad, s)
				}
			}
		}
	}
}
