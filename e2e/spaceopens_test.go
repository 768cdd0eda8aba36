//go:build e2e

package e2e

import (
	"image"
	"testing"
	"time"

	"family-online-safety/data"
)

// Children & apps' "Add child" pressed with Space takes the keyboard to
// the form's Name field, and the Space that pressed it is not typed
// there: "Zed" typed next is the name kept, exactly (before, the form
// showed with the focus nowhere and the letters went nowhere).
func TestSpaceOnAddChildTypesIntoTheName(t *testing.T) {
	dir := family(t, "")
	r := start(t, dir, nil)
	r.keys("ctrl+4")
	time.Sleep(600 * time.Millisecond)
	r.keys("Tab", "Tab", "space")
	time.Sleep(600 * time.Millisecond)
	r.keys("Z", "e", "d")
	time.Sleep(400 * time.Millisecond)
	typed := r.shot()
	r.keys("ctrl+q")
	if !r.waitExit(10 * time.Second) {
		t.Fatal("Ctrl+Q did not close the app")
	}
	s, err := data.Open(dir, data.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer func() { _ = s.Close() }()
	d, err := s.Draft("child.add")
	if err != nil {
		t.Fatal(err)
	}
	if d["name"] != "Zed" {
		t.Errorf("Space on Add child, then Z e d: the name kept is %q, not \"Zed\" (%s)", d["name"], save(t, typed, "typed"))
	}
}

// A dialog opened with Space opens as it does with Enter: the Space is
// not handed on to the control that takes the focus (Home's Change for
// today chose "Later bedtime tonight" by itself; Set a passphrase got a
// hidden space in its first field).
func TestSpaceOpensADialogAsEnterDoes(t *testing.T) {
	r := start(t, family(t, ""), nil, "--demo")
	under := image.Rect(230, 120, 1100, 720)
	openWith := func(key string) image.Image {
		r.keys("Tab", "Tab", key)
		if img, ok := r.shows(5*time.Second, func(img image.Image) bool { return blueButtonIn(img, under) }); !ok {
			t.Fatalf("%s on Change for today opened no dialog (%s)", key, save(t, img, "not-open-"+key))
		}
		img := r.settled(3*time.Second, under)
		r.keys("Escape")
		r.shows(3*time.Second, func(img image.Image) bool { return !blueButtonIn(img, under) })
		r.keys("ctrl+1") // Home again, the focus where the window starts
		time.Sleep(600 * time.Millisecond)
		return img
	}
	r.keys("ctrl+1")
	time.Sleep(600 * time.Millisecond)
	enter := openWith("Return")
	space := openWith("space")
	choices := image.Rect(400, 180, 840, 400) // the choices and the bedtime field under them
	if d := changed(enter, space, choices); d > 0.002 {
		t.Errorf("Change for today opened with Space differs from opened with Enter (%.2f%%; %s, %s)",
			d*100, save(t, enter, "enter"), save(t, space, "space"))
	}
}

// Conversation starters' "Add your own" and Get help › Who to call's
// "Add a contact", pressed with Space or Enter, take the keyboard to the
// form's first field as Add child does: "Zed" typed next is what the
// form's draft keeps (before, the form showed with the focus nowhere).
func TestSpaceOrEnterOnAFormButtonTypesIntoItsFirstField(t *testing.T) {
	cases := []struct {
		name, draft, field string
		keys               []string // from the screen's key to the button
	}{
		{"add your own", "starter.own", "question", []string{"ctrl+3", "Tab", "Tab", "Tab", "Tab", "Tab", "Tab"}},
		{"add a contact", "contact.add", "name", []string{"ctrl+5", "ctrl+Next", "Tab", "Tab", "Tab", "Tab", "Tab", "Tab"}},
	}
	for _, tc := range cases {
		for _, press := range []string{"space", "Return"} {
			t.Run(tc.name+"/"+press, func(t *testing.T) {
				dir := family(t, "")
				r := start(t, dir, nil)
				for _, k := range tc.keys {
					r.keys(k)
					time.Sleep(150 * time.Millisecond)
				}
				time.Sleep(450 * time.Millisecond)
				r.keys(press)
				time.Sleep(600 * time.Millisecond)
				r.keys("Z", "e", "d")
				time.Sleep(400 * time.Millisecond)
				typed := r.shot()
				r.keys("ctrl+q")
				if !r.waitExit(10 * time.Second) {
					t.Fatal("Ctrl+Q did not close the app")
				}
				if got := keptDraft(t, dir, tc.draft)[tc.field]; got != "Zed" {
					t.Errorf("%s on %s, then Z e d: the %s kept is %q, not \"Zed\" (%s)",
						press, tc.name, tc.field, got, save(t, typed, "typed"))
				}
			})
		}
	}
}

// keptDraft reads the draft name from the closed app's data folder.
func keptDraft(t *testing.T, dir, name string) data.Draft {
	t.Helper()
	s, err := data.Open(dir, data.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer func() { _ = s.Close() }()
	d, err := s.Draft(name)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// In Get help a situation highlighted with the arrow keys opens with
// Enter as with Space (Enter left the old guide showing).
func TestEnterOpensTheHighlightedSituation(t *testing.T) {
	for _, press := range []string{"Return", "space"} {
		t.Run(press, func(t *testing.T) {
			r := start(t, family(t, ""), nil, "--demo")
			r.keys("ctrl+5")
			time.Sleep(600 * time.Millisecond)
			r.keys("Tab", "Tab", "Tab", "Tab", "Tab", "Tab", "Down", "Down", "Down")
			time.Sleep(400 * time.Millisecond)
			before := r.shot()
			r.keys(press)
			time.Sleep(700 * time.Millisecond)
			after := r.shot()
			guide := image.Rect(450, 280, 950, 600) // right of the list
			if d := changed(before, after, guide); d < 0.02 {
				t.Errorf("%s on the highlighted situation left its guide unopened (%.1f%% changed; %s, %s)",
					press, d*100, save(t, before, "before"), save(t, after, "after"))
			}
		})
	}
}
