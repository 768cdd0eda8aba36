package app

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"family-online-safety/screens"
	"family-online-safety/screens/screentest"
	"family-online-safety/screens/widgets"
)

// Family agreement › Screen time at 800×600, Monday's hours box at the
// foot of the view: "3x" typed there is refused, and the refusal shows
// with the box (it appeared below the edge, so nothing on screen said
// the value was not saved).
func TestARefusalUnderTheLowestFieldShows(t *testing.T) {
	h := demoIn("en")(t)
	h.win.Resize(fyne.NewSize(800, 600))
	h.app.Show(screens.AgreementID)
	screentest.SelectTab(t, h.content(), h.app.tr.T("agreement.tab.limits"))
	hours := screentest.Find[*widgets.Entry](h.content())[0]
	atFoot(t, h, hours)
	h.win.Canvas().Focus(hours)
	hours.SetText("3x")
	said := labelSaying(t, h.content(), h.app.tr.T("agreement.limits.err.hours_format"))
	for _, o := range []fyne.CanvasObject{hours, said} {
		if !inScrollView(h.content(), o) {
			t.Errorf("the %T %q is out of the view", o, screentest.Texts(o))
		}
	}
}

// Get help › Who to call › Edit at 800×600: Save contact with Name
// cleared and Phone "abc", the page scrolled down to Save, takes the
// keyboard to Name and shows it with its problem (Name's problem was
// above the edge, only Phone's in sight).
func TestARefusedSaveGoesToTheFirstProblem(t *testing.T) {
	h := demoIn("en")(t)
	h.win.Resize(fyne.NewSize(800, 600))
	h.app.Show(screens.HelpID)
	screentest.SelectTab(t, h.content(), h.app.tr.T("helpui.tab.who"))
	edits := buttonsSaying(h.content(), h.app.tr.T("helpui.mine.edit"))
	if len(edits) == 0 {
		t.Fatal("the demo has no contact of its own to edit")
	}
	test.Tap(edits[len(edits)-1])
	c := h.win.Canvas()
	name, ok := c.Focused().(*widgets.Entry)
	if !ok {
		t.Fatalf("Edit put the keyboard on %T, not in Name", c.Focused())
	}
	save := screentest.Button(t, h.content(), h.app.tr.T("helpui.mine.save"))
	atFoot(t, h, save)
	var phone *widgets.Entry
	for _, e := range screentest.Find[*widgets.Entry](h.content()) {
		if e != name && strings.ContainsAny(e.Text, "0123456789") {
			phone = e
			break
		}
	}
	if phone == nil {
		t.Fatal("no Phone box with a number in it")
	}
	name.SetText("")
	phone.SetText("abc")
	c.Focus(phone)
	test.Tap(save)
	if c.Focused() != name {
		t.Errorf("after the refused Save the keyboard is on %T, not in Name", c.Focused())
	}
	said := labelSaying(t, h.content(), h.app.tr.T("helpui.mine.name"))
	for _, o := range []fyne.CanvasObject{name, said} {
		if !inScrollView(h.content(), o) {
			t.Errorf("the %T %q is out of the view", o, screentest.Texts(o))
		}
	}
}

// atFoot scrolls the scroll area round o so that o's foot is the view's.
func atFoot(t *testing.T, h *harness, o fyne.CanvasObject) {
	t.Helper()
	d := fyne.CurrentApp().Driver()
	var inner *container.Scroll
	for _, s := range screentest.Find[*container.Scroll](h.content()) {
		if holds(s.Content, o) {
			inner = s // the innermost last
		}
	}
	if inner == nil {
		t.Fatalf("no scroll area round the %T", o)
	}
	y := d.AbsolutePositionForObject(o).Y - d.AbsolutePositionForObject(inner.Content).Y
	inner.ScrollToOffset(fyne.NewPos(0, y+o.Size().Height-inner.Size().Height))
	if !inScrollView(h.content(), o) {
		t.Fatalf("the %T is not in view at the foot", o)
	}
}

// labelSaying is the shown problem label under root whose text has want.
func labelSaying(t *testing.T, root fyne.CanvasObject, want string) *widget.Label {
	t.Helper()
	for _, l := range screentest.Find[*widget.Label](root) {
		if l.Visible() && strings.Contains(l.Text, want) && l.Importance == widget.DangerImportance {
			return l
		}
	}
	t.Fatalf("no problem saying %q: %q", want, screentest.Texts(root))
	return nil
}

func buttonsSaying(root fyne.CanvasObject, text string) []*widget.Button {
	var out []*widget.Button
	for _, b := range screentest.Find[*widget.Button](root) {
		if b.Text == text {
			out = append(out, b)
		}
	}
	return out
}
