package app

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"

	"family-online-safety/screens"
	"family-online-safety/screens/screentest"
	"family-online-safety/screens/widgets"
)

// A control pressed with Space or Enter that acts in place keeps the
// keyboard there: on itself, or, gone or disabled, on the control
// nearest where it was, so the next Tab goes on from there (it went back
// to the side menu): a rule moved down or deleted, a starter made a
// favourite, "We talked about it" on Home, high contrast turned on.
func TestAKeyboardPressKeepsTheKeyboardsPlace(t *testing.T) {
	cases := []struct {
		screen      screens.ID
		tab, button string // the tab's and the button's words (a tip for an icon)
	}{
		{screens.AgreementID, "agreement.tab.rules", "a11y.move.down"},
		{screens.AgreementID, "agreement.tab.rules", "agreement.delete"},
		{screens.HomeID, "", "starters.today.talked"},
		{screens.StartersID, "", "starters.favourite.add"},
		{screens.SettingsID, "", "settings.display.contrast"},
	}
	for _, key := range []fyne.KeyName{fyne.KeySpace, fyne.KeyReturn} {
		for _, c := range cases {
			t.Run(string(key)+"/"+c.button, func(t *testing.T) {
				h := newHarness(t)
				if err := h.app.StartDemo(); err != nil {
					t.Fatal(err)
				}
				h.win.Resize(fyne.NewSize(1100, 720))
				h.app.Show(c.screen)
				if c.tab != "" {
					screentest.SelectTab(t, h.app.sh.content, h.app.tr.T(c.tab))
				}
				if c.screen == screens.StartersID {
					screentest.Find[*widgets.List](h.app.sh.content)[0].Select(0)
				}
				h.win.Content().Refresh()
				target := controlCalled(h, h.app.tr.T(c.button))
				if target == nil {
					t.Fatalf("no control %q", h.app.tr.T(c.button))
				}
				canvas := h.win.Canvas()
				canvas.Focus(target)
				h.app.KeyPressed(key) // the window's hook sees the key first
				if key == fyne.KeySpace {
					target.TypedKey(&fyne.KeyEvent{Name: key})
				}
				h.app.InputDone() // and is told once Fyne has handled it
				f, ok := canvas.Focused().(fyne.CanvasObject)
				if !ok || pathTo(h.win.Content(), f) == nil {
					t.Fatalf("after %s on %q the keyboard is on %T, not on the screen", key, h.app.tr.T(c.button), canvas.Focused())
				}
			})
		}
	}
}

// controlCalled is the first shown focusable control whose words (or
// tip) are text.
func controlCalled(h *harness, text string) fyne.Focusable {
	var found fyne.Focusable
	screentest.Walk(h.app.sh.content, func(o fyne.CanvasObject) {
		if found != nil || !o.Visible() {
			return
		}
		switch b := o.(type) {
		case *widget.Button:
			if b.Text == text {
				found = b
			}
		case *widgets.TipButton:
			if b.Text == text || b.Tip == text {
				found = b
			}
		case *widget.Check:
			if b.Text == text {
				found = b
			}
		}
	})
	return found
}
