package app

import (
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"family-online-safety/screens"
	"family-online-safety/screens/screentest"
)

// The born-year drop-down's long list, which Fyne draws from the top of
// the window over the header, is moved below Quick exit and Get help now
// once Fyne has opened it, and again whenever Fyne puts it back up (as
// it does when the pointer leaves the drop-down); a press on Quick exit
// while the list is still over it exits, and picks no year (it picked
// 2025, and the child's record was changed).
func TestALongDropDownKeepsOffTheHeader(t *testing.T) {
	h := newHarness(t)
	if err := h.app.StartDemo(); err != nil {
		t.Fatal(err)
	}
	h.win.Resize(fyne.NewSize(1100, 720))
	h.app.Show(screens.ChildrenID)
	h.app.Hooked()
	var years *widget.Select
	for _, s := range screentest.Find[*widget.Select](h.content()) {
		if s.Visible() && (years == nil || len(s.Options) > len(years.Options)) {
			years = s
		}
	}
	born := years.Selected
	list := func() *widget.PopUpMenu {
		for _, o := range h.win.Canvas().Overlays().List() {
			if m, ok := overlayContent(o).(*widget.PopUpMenu); ok && o.Visible() {
				return m
			}
		}
		t.Fatal("no drop-down list open")
		return nil
	}
	clear := func(when string) {
		t.Helper()
		m := list()
		for _, b := range []fyne.CanvasObject{h.app.sh.exit, h.app.sh.help} {
			end := fyne.CurrentApp().Driver().AbsolutePositionForObject(b).Y + b.Size().Height
			if m.Position().Y < end {
				t.Fatalf("%s: the list's top at %.0f is over the header's buttons (down to %.0f)", when, m.Position().Y, end)
			}
		}
		if m.Position().Y+m.Size().Height > h.win.Canvas().Size().Height+0.5 {
			t.Fatalf("%s: the list runs past the window's bottom", when)
		}
	}
	test.Tap(years)
	if list().Position().Y > 40 {
		t.Fatal("Fyne drew the list below the header: the check tries nothing")
	}
	h.app.InputDone() // the window's hook, once Fyne has opened it
	clear("opened")
	years.MouseOut() // Fyne puts the list back over the header
	h.advance(dropWatchEvery)
	clear("after the pointer left the drop-down")
	years.MouseOut()
	if !h.app.PressAt(centre(h.app.sh.exit)) || h.exited != 1 {
		t.Fatalf("a press on Quick exit with the list over it did not exit (exited %d)", h.exited)
	}
	if years.Selected != born {
		t.Errorf("the press on Quick exit picked %q (born %q)", years.Selected, born)
	}
	h.advance(time.Second)
}
