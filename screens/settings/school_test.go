package settings_test

import (
	"slices"
	"testing"

	"fyne.io/fyne/v2/widget"

	"family-online-safety/data"
	"family-online-safety/screens/screentest"
	"family-online-safety/screens/settings"
)

// UK families choose the nation whose school years Home follows; the
// choice is offered only in the UK.
func TestSchoolNationIsChosenInTheUKOnly(t *testing.T) {
	h := screentest.New(t)
	if err := h.Store.UpdateSettings(func(s *data.Settings) { s.Region = "GB" }); err != nil {
		t.Fatal(err)
	}
	h.Show(settings.New(h.Env(), h.Store, h.Store, h.Actions, h.Store.Dir()).View())
	if !offersScotland(h) {
		t.Fatal("no choice of school year in the UK")
	}
	screentest.Choose(t, h.Root(), "Not chosen: no school reminders", "Scotland")
	if !slices.Contains(h.Actions.Asked, "school sct") {
		t.Fatalf("asked %v, want the school nation set to Scotland", h.Actions.Asked)
	}

	if err := h.Store.UpdateSettings(func(s *data.Settings) { s.Region = "AU" }); err != nil {
		t.Fatal(err)
	}
	h.Show(settings.New(h.Env(), h.Store, h.Store, h.Actions, h.Store.Dir()).View())
	if offersScotland(h) {
		t.Fatal("the UK school year is offered in Australia")
	}
}

func offersScotland(h *screentest.Harness) bool {
	for _, sel := range screentest.Find[*widget.Select](h.Root()) {
		if slices.Contains(sel.Options, "Scotland") {
			return true
		}
	}
	return false
}
