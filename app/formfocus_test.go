package app

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"

	"family-online-safety/screens"
	"family-online-safety/screens/screentest"
	"family-online-safety/screens/widgets"
)

// Each button that opens a form or a dialog, pressed with Space, takes
// the keyboard into the form's first field; Escape closes the form, and
// Space then Cancel does too, and either way the focus is back on the
// button that opened it, so the keyboard goes on from where it was.
func TestKeyboardOpenedFormsTakeAndGiveBackTheFocus(t *testing.T) {
	cases := []struct {
		screen screens.ID
		tab    string // translation key of the tab the button is on, or ""
		open   string // translation key of the button
		cancel string // translation key of the form's Cancel
	}{
		{screens.ChildrenID, "", "children.add", "children.cancel"},
		{screens.HomeID, "", "periods.change.add", ""},
		{screens.StartersID, "", "starters.own.add", "starters.own.cancel"},
		{screens.HelpID, "helpui.tab.who", "helpui.mine.add", "helpui.mine.cancel"},
		{screens.SettingsID, "", "privacy.set", ""},
		{screens.SettingsID, "", "forget.button", ""},
	}
	for _, tc := range cases {
		for _, how := range []string{"escape", "cancel"} {
			if how == "cancel" && tc.cancel == "" {
				continue
			}
			t.Run(tc.open+"/"+how, func(t *testing.T) {
				h := demoIn("en")(t)
				if tc.screen == screens.SettingsID { // the demo family has no passphrase to set
					h = newHarness(t, onboarded)
				}
				h.app.Show(tc.screen)
				if tc.tab != "" {
					screentest.SelectTab(t, h.content(), h.app.tr.T(tc.tab))
				}
				c := h.win.Canvas()
				open := screentest.Button(t, h.content(), h.app.tr.T(tc.open))
				c.Focus(open)
				h.app.KeyPressed(fyne.KeySpace) // the window's hook sees the key first
				open.TypedKey(&fyne.KeyEvent{Name: fyne.KeySpace})
				in := c.Focused()
				if in == nil {
					t.Fatal("Space opened the form, but nothing has the focus: typing goes nowhere")
				}
				if _, ok := in.(*widget.Button); ok {
					t.Fatalf("the focus is on a button, not the form's first field")
				}
				if _, ok := in.(fyne.Tappable); !ok {
					t.Fatalf("the focus is on %T, not a field", in)
				}
				if how == "escape" {
					h.app.KeyPressed(fyne.KeyEscape)
				} else {
					root := h.content()
					if top := c.Overlays().Top(); top != nil {
						root = top
					}
					cancel := screentest.Button(t, root, h.app.tr.T(tc.cancel))
					c.Focus(cancel)
					h.app.KeyPressed(fyne.KeySpace)
					cancel.TypedKey(&fyne.KeyEvent{Name: fyne.KeySpace})
				}
				if c.Overlays().Top() != nil {
					t.Fatal("the dialog is still open")
				}
				if holds(h.content(), in.(fyne.CanvasObject)) {
					t.Fatal("the form is still open")
				}
				back := screentest.Button(t, h.content(), h.app.tr.T(tc.open))
				if c.Focused() != back {
					t.Fatalf("the focus is on %v, not back on %q", c.Focused(), back.Text)
				}
			})
		}
	}
}

// Home's "Add child" (a family with no child yet), pressed with Space,
// opens Children & apps with the keyboard in the form's first field;
// Escape closes the form and leaves the focus on the screen's own "Add
// child", so the keyboard goes on.
func TestAddChildFromHomeTakesTheKeyboardToTheForm(t *testing.T) {
	h := newHarness(t, onboarded)
	var after []func()
	h.app.later = func(f func()) { after = append(after, f) } // after the key's event
	h.app.Show(screens.HomeID)
	c := h.win.Canvas()
	open := screentest.Button(t, h.content(), h.app.tr.T("home.add_child"))
	c.Focus(open)
	h.app.KeyPressed(fyne.KeySpace)
	open.TypedKey(&fyne.KeyEvent{Name: fyne.KeySpace})
	for len(after) > 0 {
		f := after[0]
		after = after[1:]
		f()
	}
	if h.app.current != screens.ChildrenID {
		t.Fatalf("Home's Add child opened %s", h.app.current)
	}
	var name *widgets.Entry
	for _, e := range screentest.Find[*widgets.Entry](h.content()) {
		if e.PlaceHolder == h.app.tr.T("child.name.placeholder") {
			name = e
		}
	}
	if name == nil || c.Focused() != name {
		t.Fatalf("the focus is on %v, not the form's name field", c.Focused())
	}
	h.app.KeyPressed(fyne.KeyEscape)
	if holds(h.content(), name) {
		t.Fatal("Escape left the form open")
	}
	if back := screentest.Button(t, h.content(), h.app.tr.T("children.add")); c.Focused() != back {
		t.Errorf("the focus is on %v, not on Add child", c.Focused())
	}
}
