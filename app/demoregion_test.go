package app

import (
	"testing"

	"family-online-safety/content"
	"family-online-safety/screens"
	"family-online-safety/screens/screentest"
	"family-online-safety/screens/widgets"
)

// The demo family's own contacts on Get help follow the region: the UK's
// drama numbers and words in the UK only, in each of the six regions,
// whether the demo starts there or the region is changed in it.
func TestTheDemoFamilysContactsFollowTheRegion(t *testing.T) {
	h := newHarness(t, onboarded)
	if err := h.app.StartDemo(); err != nil {
		t.Fatal(err)
	}
	for _, r := range append(content.Regions, content.RegionUK) {
		h.app.SetRegion(r)
		h.app.Show(screens.HelpID)
		for _, tabs := range screentest.Find[*widgets.Tabs](h.content()) {
			tabs.SelectIndex(1) // Who to call
		}
		uk := r == content.RegionUK
		for _, text := range []string{"01632 960418", "Greenfield Primary", "Riverside Surgery"} {
			if screentest.HasText(h.content(), text) != uk {
				t.Errorf("%s: shows %q: %v", r, text, !uk)
			}
		}
		if !uk {
			h.shows("Child protection services")
			h.shows("Greenfield School")
		}
	}
	if set, _ := h.store.Settings(); set.Demo {
		t.Fatal("the real family was marked as the demo")
	}
	if real, _ := h.app.real.Contacts(); len(real) != 0 {
		t.Fatalf("the real family gained contacts: %+v", real)
	}
}
