package app

import (
	"fmt"
	"reflect"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"family-online-safety/screens/screentest"
	"family-online-safety/screens/widgets"
	"family-online-safety/translations"
)

// What a screen reader announces has words in the user's language: on
// every screen and tab of the whole window (the header, the navigation,
// the welcome) and in every dialog a button there opens, in English,
// Welsh and Polish, each button (icon-only ones too), link and label has
// a label, and each of the app's own widgets implements fyne.Accessible.
// (Fyne reads them out on Windows and macOS builds with the accessibility
// tag; the test driver needs no screen reader to see what it would read.)
// Under the race detector only English (raceSubset).
func TestEveryControlHasAScreenReaderLabel(t *testing.T) {
	for _, lang := range raceSubset(t, translations.Languages) {
		t.Run(lang.Code, func(t *testing.T) {
			h := newHarness(t)
			h.app.later = func(f func()) { f() }
			h.app.SetLanguage(lang.Code)
			checkLabels(t, h.content(), lang.Code+"/welcome")
			if err := h.app.StartDemo(); err != nil {
				t.Fatal(err)
			}
			for _, s := range Screens() {
				h.app.Show(s.ID)
				checkEveryTabAndDialog(t, h, fmt.Sprintf("%s/%s", lang.Code, s.ID))
			}
		})
	}
}

// checkEveryTabAndDialog checks the window, each tab of each tab bar in
// turn, and the dialog (or pop-up) each button opens.
func checkEveryTabAndDialog(t *testing.T, h *harness, where string) {
	t.Helper()
	checkLabels(t, h.content(), where)
	checkDialogs(t, h, where)
	for _, tabs := range screentest.Find[*widgets.Tabs](h.content()) {
		for i, item := range tabs.Items {
			tabs.SelectIndex(i)
			tabWhere := where + "/" + item.Text
			checkLabels(t, h.content(), tabWhere)
			checkDialogs(t, h, tabWhere)
		}
	}
}

// checkDialogs taps each button that opens an overlay (a dialog, a pop-up)
// without changing screen, checks what it shows and closes it again.
func checkDialogs(t *testing.T, h *harness, where string) {
	t.Helper()
	screen := h.app.current
	for _, b := range shownButtons(h.content()) {
		if b.Disabled() || isNavigation(b) {
			continue
		}
		func() {
			defer func() {
				if r := recover(); r != nil {
					t.Errorf("%s: tapping %q: panic: %v", where, b.Text, r)
				}
			}()
			test.Tap(b)
		}()
		for _, o := range h.win.Canvas().Overlays().List() {
			if fyneFileDialog(o) || fyneCalendar(o) {
				continue // Fyne's own: its icon-only buttons are read as file names (see README)
			}
			checkLabels(t, o, where+"/"+b.Text+" (dialog)")
		}
		for h.win.Canvas().Overlays().Top() != nil {
			h.win.Canvas().Overlays().Top().Hide()
			h.win.Canvas().Overlays().Remove(h.win.Canvas().Overlays().Top())
		}
		if h.app.current != screen {
			h.app.Show(screen)
		}
	}
}

// isNavigation is a button that leaves the window or the app: the quick
// exit and links to other screens are checked where they lead.
func isNavigation(b *widget.Button) bool {
	return b.Importance == widget.DangerImportance
}

// shownButtons are the visible buttons, the app's TipButtons included.
func shownButtons(root fyne.CanvasObject) []*widget.Button {
	var out []*widget.Button
	walkShown(root, func(o fyne.CanvasObject) {
		switch b := o.(type) {
		case *widget.Button:
			out = append(out, b)
		case *widgets.TipButton:
			out = append(out, &b.Button)
		}
	})
	return out
}

// checkLabels fails on each shown control a screen reader would announce
// without words: a button, link or label with no label, an icon-only
// button announced by its icon's file name, and any of the app's own
// widgets that does not say what it is.
func checkLabels(t *testing.T, root fyne.CanvasObject, where string) {
	t.Helper()
	walkShown(root, func(o fyne.CanvasObject) {
		if why := unlabelled(o); why != "" {
			t.Errorf("%s: %T %s", where, o, why)
		}
	})
}

// unlabelled says what a screen reader would miss on o, or "".
func unlabelled(o fyne.CanvasObject) string {
	a, ok := o.(fyne.Accessible)
	if !ok {
		if _, isWidget := o.(fyne.Widget); isWidget && ownType(o) {
			return "is the app's own widget but does not implement fyne.Accessible"
		}
		return ""
	}
	if a.AccessibilityRole() == fyne.AccessibleRoleContainer {
		return ""
	}
	label, crashed := safeLabel(a)
	switch {
	case crashed:
		return "makes Fyne's AccessibilityLabel panic (a button with neither words nor icon)"
	case label == "":
		if _, ok := o.(*widget.Label); ok {
			return "" // shows nothing: a line kept for a message to come
		}
		return "has no label"
	case strings.HasSuffix(label, ".svg") || strings.HasSuffix(label, ".png"):
		return fmt.Sprintf("is read as its icon's file name %q", label)
	}
	return ""
}

// safeLabel is a's label, trimmed, or crashed when asking panics.
func safeLabel(a fyne.Accessible) (label string, crashed bool) {
	defer func() {
		if recover() != nil {
			crashed = true
		}
	}()
	return strings.TrimSpace(a.AccessibilityLabel()), false
}

// fyneFileDialog is Fyne's open or save dialog, whose insides the app
// cannot label.
func fyneFileDialog(root fyne.CanvasObject) bool {
	found := false
	walkShown(root, func(o fyne.CanvasObject) {
		t := reflect.TypeOf(o).Elem()
		found = found || (t.PkgPath() == "fyne.io/fyne/v2/dialog" && t.Name() == "fileDialogItem")
	})
	return found
}

// fyneCalendar reports whether root shows Fyne's own calendar (a date
// field's picker), whose month arrows are icon-only buttons of Fyne's.
func fyneCalendar(root fyne.CanvasObject) bool {
	found := false
	walkShown(root, func(o fyne.CanvasObject) {
		_, cal := o.(*widget.Calendar)
		found = found || cal
	})
	return found
}

// ownType is a type declared in this module (not in Fyne).
func ownType(o any) bool {
	t := reflect.TypeOf(o)
	for t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	return strings.HasPrefix(t.PkgPath(), "family-online-safety/")
}

// walkShown visits each visible object under root, widgets' insides
// included, skipping what is hidden with everything under it.
func walkShown(root fyne.CanvasObject, visit func(fyne.CanvasObject)) {
	if root == nil || !root.Visible() {
		return
	}
	visit(root)
	switch o := root.(type) {
	case *fyne.Container:
		for _, c := range o.Objects {
			walkShown(c, visit)
		}
	case fyne.Widget:
		for _, c := range test.WidgetRenderer(o).Objects() {
			walkShown(c, visit)
		}
	}
}

// The check above finds what it looks for: an icon-only button read as
// its icon's file name, a button or link with no words, and an app
// widget that does not say what it is.
func TestUnlabelledFindsWhatAScreenReaderWouldMiss(t *testing.T) {
	screentest.App(t)
	missing := []fyne.CanvasObject{
		widget.NewButtonWithIcon("", theme.DeleteIcon(), nil),
		widget.NewButton("", nil),
		widget.NewHyperlink("", nil),
		&activityWithoutWords{},
	}
	for _, o := range missing {
		if unlabelled(o) == "" {
			t.Errorf("%T passed as labelled", o)
		}
	}
	labelled := []fyne.CanvasObject{
		widgets.IconButton(theme.DeleteIcon(), "Delete", nil),
		widget.NewButton("Save", nil),
		widget.NewLabel(""), // shows nothing: a line kept for a message
		widgets.NewLine("Maisie", fyne.TextStyle{}, ""),
	}
	for _, o := range labelled {
		if why := unlabelled(o); why != "" {
			t.Errorf("%T: %s", o, why)
		}
	}
}

// activityWithoutWords is a widget of this module without fyne.Accessible.
type activityWithoutWords struct{ widget.BaseWidget }

func (w *activityWithoutWords) CreateRenderer() fyne.WidgetRenderer {
	return widget.NewSimpleRenderer(widget.NewLabel("x"))
}

// What Fyne 2.8.1 hands a Windows screen reader: the elements reached
// from the window's content through plain containers only (not through
// scroll containers, tabs, lists or cards, which are widgets). On every
// screen, in each language, that includes Get help now and Quick exit,
// with their words.
func TestAScreenReaderReachesGetHelpAndQuickExit(t *testing.T) {
	for _, lang := range translations.Languages {
		tr, err := translations.New(lang.Code)
		if err != nil {
			t.Fatal(err)
		}
		h := newHarness(t, onboarded)
		h.app.SetLanguage(lang.Code)
		for _, s := range Screens() {
			h.app.Show(s.ID)
			read := readByFyne(h.content())
			for _, want := range []string{tr.T("header.help"), tr.T("header.exit")} {
				if !contains(read, want) {
					t.Errorf("%s/%s: a screen reader is not given %q; it reads %q", lang.Code, s.ID, want, read)
				}
			}
		}
	}
}

// readByFyne lists what Fyne's Windows driver gives a screen reader
// (internal/driver/glfw/accessibility_windows.go): each shown, accessible
// element that is not a container, reached through *fyne.Container only.
func readByFyne(o fyne.CanvasObject) []string {
	if o == nil || !o.Visible() {
		return nil
	}
	var out []string
	if a, ok := o.(fyne.Accessible); ok && a.AccessibilityRole() != fyne.AccessibleRoleContainer {
		out = append(out, a.AccessibilityLabel())
	}
	if c, ok := o.(*fyne.Container); ok {
		for _, child := range c.Objects {
			out = append(out, readByFyne(child)...)
		}
	}
	return out
}
