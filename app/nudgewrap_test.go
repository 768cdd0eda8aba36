package app

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"

	"family-online-safety/screens"
	"family-online-safety/screens/screentest"
)

// The header's recommendation of a passphrase (a foster or kinship
// placement) is read in full at the default window in English, Welsh and
// Polish: wrapped in the header's height, not cut with "…".
func TestPlacementLineIsReadInFull(t *testing.T) {
	for _, lang := range []string{"en", "cy", "pl"} {
		h := newHarness(t, onboarded, withChild("Amira"))
		h.app.SetLanguage(lang)
		h.win.Resize(fyne.NewSize(1100, 720))
		kids, _ := h.store.Children()
		kids[0].Placed = true
		if err := h.store.UpdateChild(kids[0]); err != nil {
			t.Fatal(err)
		}
		h.app.Show(screens.HomeID)
		h.win.Content().Refresh()
		want := h.app.tr.T("nudge.short")
		var line *widget.Label
		for _, l := range screentest.Find[*widget.Label](h.content()) {
			if l.Text == want {
				line = l
			}
		}
		if line == nil {
			t.Fatalf("%s: no recommendation in the header", lang)
		}
		if line.Truncation != fyne.TextTruncateOff {
			t.Errorf("%s: the recommendation is cut to fit one line", lang)
		}
		if need := line.MinSize().Height; need > line.Size().Height+0.5 {
			t.Errorf("%s: the recommendation needs %.0f px down, has %.0f", lang, need, line.Size().Height)
		}
	}
}
