package app

import (
	"os"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"family-online-safety/data"
	"family-online-safety/screens/screentest"
)

// "Remove demo family" asks first: Space on it opens a question with the
// keyboard on Cancel, so a second Space or Enter keeps the demo (before,
// one Space meant for the drop-down next to it removed the demo at
// once). Escape keeps it too; only "Remove it" removes it.
func TestRemoveDemoFamilyAsksFirst(t *testing.T) {
	h := demoIn("en")(t)
	c := h.win.Canvas()
	press := func(key fyne.KeyName) {
		f := c.Focused()
		if f == nil {
			t.Fatalf("%s goes nowhere: nothing has the focus", key)
		}
		h.app.KeyPressed(key)
		f.TypedKey(&fyne.KeyEvent{Name: key})
	}
	demoKept := func(after string) {
		t.Helper()
		if h.app.store == h.app.real {
			t.Fatalf("%s removed the demo family", after)
		}
		if _, err := os.Stat(data.DemoDir(h.dir)); err != nil {
			t.Fatalf("%s: the demo folder is gone: %v", after, err)
		}
	}
	for _, second := range []fyne.KeyName{fyne.KeySpace, fyne.KeyReturn, fyne.KeyEscape} {
		c.Focus(screentest.Button(t, h.content(), "Remove demo family"))
		press(fyne.KeySpace)
		demoKept("Space on Remove demo family")
		if c.Overlays().Top() == nil {
			t.Fatal("Space on Remove demo family asked nothing")
		}
		press(second)
		demoKept("Space, then " + string(second))
		if c.Overlays().Top() != nil {
			t.Fatalf("Space, then %s left the question open", second)
		}
	}
	h.tap("Remove demo family")
	test.Tap(screentest.Button(t, c.Overlays().Top(), "Remove it"))
	if h.app.store != h.app.real {
		t.Fatal("Remove it kept the demo family")
	}
}
