package app

import (
	"testing"

	"fyne.io/fyne/v2"

	"family-online-safety/screens"
	"family-online-safety/screens/screentest"
)

// In a narrow window the Screen drop-down, drawn above the screen, is
// the next stop of Tab after the header's buttons, before the screen's
// own controls (before, it came after the screen's last control), and
// Shift+Tab from it goes back to the header.
func TestFoldedScreenPickComesFirstInTabOrder(t *testing.T) {
	for _, lang := range []string{"en", "cy", "pl"} {
		h := demoIn(lang)(t)
		h.win.Resize(fyne.NewSize(560, 340))
		h.app.Show(screens.ChildrenID)
		h.win.Content().Refresh()
		if !h.app.sh.pick.Visible() {
			t.Fatalf("%s: at 560×340 the navigation did not fold", lang)
		}
		c := h.win.Canvas()
		remove := screentest.Button(t, h.content(), h.app.tr.T("demo.remove"))
		c.Focus(remove)
		c.FocusNext()
		if c.Focused() != h.app.sh.pick {
			t.Errorf("%s: Tab after Remove demo family went to %T, not the Screen drop-down", lang, c.Focused())
		}
		c.FocusPrevious()
		if c.Focused() != remove {
			t.Errorf("%s: Shift+Tab from the Screen drop-down went to %T, not back", lang, c.Focused())
		}
	}
}
