package app

import (
	"fmt"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"family-online-safety/screens"
	"family-online-safety/screens/screentest"
)

// A field Tab or Shift+Tab reaches in a dialog whose body scrolls is
// scrolled into the dialog's view: a tall dialog of many fields, walked
// both ways at 800×600.
func TestTabScrollsADialogsFieldIntoView(t *testing.T) {
	h := newHarness(t, onboarded)
	h.win.Resize(fyne.NewSize(800, 600))
	var rows []fyne.CanvasObject
	for i := range 30 {
		e := widget.NewEntry()
		e.SetPlaceHolder(fmt.Sprintf("field %d", i))
		rows = append(rows, e)
	}
	dialog.NewCustom("Many fields", "Close", container.NewVBox(rows...), h.app.dialogs()).Show()
	c := h.win.Canvas()
	top := c.Overlays().Top()
	hidden := walkDialog(t, h, top, c.FocusNext, "Tab")
	hidden += walkDialog(t, h, top, c.FocusPrevious, "Shift+Tab")
	if hidden == 0 {
		t.Error("no field Tab reached was out of the dialog's view: the test proves nothing")
	}
}

// "A change for one day" at 800×600, opened from the keyboard: each
// field Tab reaches (Day, For, Why) shows, so typed keys never change a
// field out of sight.
func TestTabShowsEachFieldOfChangeForToday(t *testing.T) {
	h := demoIn("en")(t)
	h.win.Resize(fyne.NewSize(800, 600))
	h.app.Show(screens.HomeID)
	c := h.win.Canvas()
	open := screentest.Button(t, h.content(), h.app.tr.T("periods.change.add"))
	c.Focus(open)
	h.app.KeyPressed(fyne.KeySpace)
	open.TypedKey(&fyne.KeyEvent{Name: fyne.KeySpace})
	top := c.Overlays().Top()
	if top == nil {
		t.Fatal("Space did not open the dialog")
	}
	if hidden := walkDialog(t, h, top, c.FocusNext, "Tab"); hidden == 0 {
		t.Error("no field was out of the dialog's view at 800×600: the test proves nothing")
	}
}

// walkDialog moves the focus with step round the dialog in top once,
// the app told of each move as the window's hook tells it, and fails for
// each focused control out of its scroll areas' view; it returns how
// many were out of view before the app scrolled.
func walkDialog(t *testing.T, h *harness, top fyne.CanvasObject, step func(), way string) int {
	t.Helper()
	c := h.win.Canvas()
	hidden := 0
	seen := map[fyne.Focusable]bool{}
	for range 100 {
		step()
		f := c.Focused()
		if f == nil || seen[f] {
			break
		}
		seen[f] = true
		o := f.(fyne.CanvasObject)
		if !holds(top, o) {
			continue // the header's copy above the dialog
		}
		if !inScrollView(top, o) {
			hidden++
		}
		h.app.FocusMoved()
		if !inScrollView(top, o) {
			t.Errorf("%s: the focused %T %q is out of the dialog's view", way, o, screentest.Texts(o))
		}
	}
	return hidden
}

// inScrollView reports whether o, under root, shows whole inside every
// scroll area round it.
func inScrollView(root, o fyne.CanvasObject) bool {
	d := fyne.CurrentApp().Driver()
	at, size := d.AbsolutePositionForObject(o), o.Size()
	for _, s := range screentest.Find[*container.Scroll](root) {
		if s == o || !holds(s.Content, o) {
			continue
		}
		sAt := d.AbsolutePositionForObject(s)
		if at.Y < sAt.Y || at.Y+size.Height > sAt.Y+s.Size().Height {
			return false
		}
	}
	return true
}

// "Export a family file" in a window too short for its body (as at 200%
// text): New passphrase and the fields after it show when Tab reaches
// them.
func TestTabShowsEachFieldOfExport(t *testing.T) {
	h := newHarness(t, onboarded)
	h.win.Resize(fyne.NewSize(800, 420))
	h.app.Show(screens.SettingsID)
	c := h.win.Canvas()
	open := screentest.Button(t, h.content(), h.app.tr.T("sharing.export.button"))
	c.Focus(open)
	h.app.KeyPressed(fyne.KeySpace)
	open.TypedKey(&fyne.KeyEvent{Name: fyne.KeySpace})
	top := c.Overlays().Top()
	if top == nil {
		t.Fatal("Space did not open the dialog")
	}
	if hidden := walkDialog(t, h, top, c.FocusNext, "Tab"); hidden == 0 {
		t.Error("no field was out of the dialog's view: the test proves nothing")
	}
}
