package app

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"family-online-safety/data"
	"family-online-safety/screens"
	"family-online-safety/screens/screentest"
)

// Text size and high contrast from Settings apply at once, through the
// theme, and are kept for the next start.
func TestTextSizeAndContrastApplyAtOnceAndAreKept(t *testing.T) {
	h := newHarness(t, onboarded)
	base := theme.DefaultTheme().Size(theme.SizeNameText)
	h.app.Show(screens.SettingsID)
	screentest.Choose(t, h.content(), "100%", "150%")
	if got := h.app.fyne.Settings().Theme().Size(theme.SizeNameText); got != base*1.5 {
		t.Fatalf("text size %v after choosing 150%%, want %v", got, base*1.5)
	}
	for _, c := range screentest.Find[*widget.Check](h.content()) {
		if c.Text == "High contrast" {
			c.SetChecked(true)
		}
	}
	fg := h.app.fyne.Settings().Theme().Color(theme.ColorNameForeground, theme.VariantLight)
	if r, g, b, _ := fg.RGBA(); r|g|b != 0 {
		t.Fatalf("high contrast text is %v, want black", fg)
	}
	h = h.quickExitAndReopen()
	if got := h.app.fyne.Settings().Theme().Size(theme.SizeNameText); got != base*1.5 {
		t.Fatalf("after a restart the text size is %v", got)
	}
	if d, _ := h.store.Display(); d != (data.Display{TextSize: 150, HighContrast: true}) {
		t.Fatalf("kept %+v", d)
	}
}

// Setting a theme redraws every widget and empties Fyne's font caches, so
// the display is applied again only when it changed (at start it has not).
func TestTheSameDisplayIsNotAppliedTwice(t *testing.T) {
	h := newHarness(t, onboarded)
	applied := 0
	h.app.fyne.Settings().AddListener(func(fyne.Settings) { applied++ })
	h.app.applyDisplay()
	if applied != 0 {
		t.Fatalf("the unchanged theme was set again (%d times)", applied)
	}
	h.app.SetDisplay(data.Display{TextSize: 150})
	h.app.SetDisplay(data.Display{TextSize: 150})
	h.app.SetDisplay(data.Display{TextSize: 150, HighContrast: true})
	if applied != 2 {
		t.Fatalf("the theme was set %d times for two changes", applied)
	}
}
