package home_test

import (
	"testing"

	"family-online-safety/content"
	"family-online-safety/data"
	"family-online-safety/screens/screentest"
)

// A child born in February 2014 starts secondary school a year earlier in
// Scotland (S1, August 2025) than the England and Wales rule would say;
// Home follows the nation chosen in Settings, and shows no school prompt
// until one is chosen.
func TestSecondaryPromptFollowsTheNation(t *testing.T) {
	for _, c := range []struct {
		nation content.Nation
		want   string // "" for no school prompt
	}{
		{content.NationScotland, "Eilidh starts secondary school, S1 (August 2025)"},
		{content.NationEnglandWales, ""},
		{content.NationNI, ""},
		{content.NationNone, ""},
	} {
		h := screentest.New(t, screentest.At(noon(2025, 7, 20)), screentest.Child("Eilidh", 2014, 2))
		if err := h.Store.UpdateSettings(func(s *data.Settings) { s.SchoolNation = string(c.nation) }); err != nil {
			t.Fatal(err)
		}
		h.Tr.SetRegion(content.RegionUK)
		h.Show(homeWith(h, h.Store))
		if c.want != "" {
			h.Shows(c.want)
			h.Shows("Source: Scottish Government, Growing up in Scotland: entry to school")
			continue
		}
		if screentest.HasText(h.Root(), "starts secondary school") || screentest.HasText(h.Root(), "A new school year") {
			t.Errorf("%q: a school prompt on 20 July 2025", c.nation)
		}
	}
	// Northern Ireland: a child born in July 2014 starts Year 8 in
	// September 2026.
	h := screentest.New(t, screentest.At(noon(2026, 8, 20)), screentest.Child("Aoife", 2014, 7))
	if err := h.Store.UpdateSettings(func(s *data.Settings) { s.SchoolNation = string(content.NationNI) }); err != nil {
		t.Fatal(err)
	}
	h.Tr.SetRegion(content.RegionUK)
	h.Show(homeWith(h, h.Store))
	h.Shows("Aoife starts secondary school, Year 8 (September 2026)")
}
