package app

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"family-online-safety/screens"
	"family-online-safety/screens/screentest"
	"family-online-safety/screens/widgets"
)

// freeTab opens Family agreement › Device-free of the demo at 1100×720,
// the page at its top.
func freeTab(t *testing.T) *harness {
	h := newHarness(t)
	if err := h.app.StartDemo(); err != nil {
		t.Fatal(err)
	}
	h.win.Resize(fyne.NewSize(1100, 720))
	h.app.Show(screens.AgreementID)
	screentest.SelectTab(t, h.app.sh.content, h.app.tr.T("agreement.tab.free"))
	h.win.Content().Refresh()
	h.app.sh.scroll.ScrollToTop()
	return h
}

// buttonsCalled is every shown button with the text, top to bottom.
func buttonsCalled(h *harness, text string) []fyne.Focusable {
	var out []fyne.Focusable
	screentest.Walk(h.app.sh.content, func(o fyne.CanvasObject) {
		switch b := o.(type) {
		case *widget.Button:
			if b.Text == text && b.Visible() {
				out = append(out, b)
			}
		case *widgets.TipButton:
			if b.Text == text && b.Visible() {
				out = append(out, b)
			}
		}
	})
	return out
}

// shows reports whether o lies whole inside the page's view.
func (h *harness) inView(o fyne.CanvasObject) bool {
	d := fyne.CurrentApp().Driver()
	at, view := d.AbsolutePositionForObject(o), d.AbsolutePositionForObject(h.app.sh.scroll)
	return at.Y >= view.Y-0.5 && at.Y+o.Size().Height <= view.Y+h.app.sh.scroll.Size().Height+0.5
}

// Change on a device-free time, by mouse or keyboard, shows the form it
// fills, scrolled into view with the keyboard in its name: what is typed
// next is typed where it is seen (the form was far below, out of sight,
// and typed keys renamed the time unseen and un-signed the agreement).
func TestChangeOnADeviceFreeTimeShowsItsForm(t *testing.T) {
	h := freeTab(t)
	changes := buttonsCalled(h, h.app.tr.T("agreement.edit"))
	if len(changes) < 2 {
		t.Fatalf("%d Change buttons on the demo's device-free times, want 2 or more", len(changes))
	}
	test.Tap(changes[1].(fyne.Tappable))
	f, ok := h.win.Canvas().Focused().(fyne.CanvasObject)
	if !ok {
		t.Fatal("Change left the keyboard nowhere")
	}
	if !h.inView(f) {
		t.Errorf("Change put the keyboard in %T %q, out of sight (page scrolled %.0f)", f, textsOf(h.win.Canvas().Focused()), h.app.sh.scroll.Offset.Y)
	}
}

// Delete on a device-free time pressed from the keyboard leaves the
// keyboard on the list, on the next time's Delete (or the last one's):
// the next Tab goes on from there, not back to the side menu.
func TestDeleteADeviceFreeTimeByKeyboardKeepsTheFocusThere(t *testing.T) {
	h := freeTab(t)
	dels := buttonsCalled(h, h.app.tr.T("agreement.delete"))
	n := len(dels)
	if n < 2 {
		t.Fatalf("%d Delete buttons, want 2 or more", n)
	}
	for i := range n {
		dels = buttonsCalled(h, h.app.tr.T("agreement.delete"))
		target := dels[min(1, len(dels)-1)]
		h.win.Canvas().Focus(target)
		h.app.KeyPressed(fyne.KeySpace) // the window's hook sees the key first
		target.TypedKey(&fyne.KeyEvent{Name: fyne.KeySpace})
		left := buttonsCalled(h, h.app.tr.T("agreement.delete"))
		if len(left) != n-i-1 {
			t.Fatalf("after %d deletes %d times are left, want %d", i+1, len(left), n-i-1)
		}
		f := h.win.Canvas().Focused()
		if len(left) == 0 {
			if f == nil {
				t.Error("deleting the last time left the keyboard nowhere")
			}
			break
		}
		if b, ok := f.(*widgets.TipButton); !ok || b.Text != h.app.tr.T("agreement.delete") {
			t.Fatalf("after deleting a time by keyboard the focus is on %T %q, not a Delete", f, textsOf(f))
		}
	}
}
