package app

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"family-online-safety/screens/screentest"
)

// In "A change for one day" (Home › Change for today), each control Tab
// reaches shows whole, the dialog's body scrolled to it: "For" was left
// half under the buttons, and the field after it out of sight under
// them, a Tab stop with nothing to see.
func TestTabInADialogShowsWhatItReaches(t *testing.T) {
	h := demoIn("en")(t)
	h.win.Resize(fyne.NewSize(1100, 720))
	c := h.win.Canvas()
	test.Tap(screentest.Button(t, h.content(), h.app.tr.T("periods.change.add")))
	top := c.Overlays().Top()
	if top == nil {
		t.Fatal("Change for today opened nothing")
	}
	var body *cappedScroll
	screentest.Walk(top, func(o fyne.CanvasObject) {
		if s, ok := o.(*cappedScroll); ok {
			body = s
		}
	})
	if body == nil || body.scroll.Content.Size().Height <= body.scroll.Size().Height {
		t.Fatal("the dialog's body does not scroll at 1100×720: the check tries nothing")
	}
	d := fyne.CurrentApp().Driver()
	for range 8 {
		c.FocusNext()
		h.app.FocusMoved() // the window's hook, after Tab
		f, ok := c.Focused().(fyne.CanvasObject)
		if !ok || !holds(body, f) {
			continue
		}
		at, view := d.AbsolutePositionForObject(f).Y, d.AbsolutePositionForObject(body).Y
		if at < view-0.5 || at+f.Size().Height > view+body.Size().Height+0.5 {
			t.Errorf("Tab reached %T %q at %.0f–%.0f, outside the dialog's view %.0f–%.0f",
				f, textsOf(c.Focused()), at, at+f.Size().Height, view, view+body.Size().Height)
		}
	}
}
