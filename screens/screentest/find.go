// Package screentest finds widgets on a rendered screen, for tests that
// drive the app as a user would: find the button by its words, tap it,
// then check what the screen and the store say.
package screentest

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"family-online-safety/screens/widgets"
)

// Walk visits every object under root, including the insides of widgets,
// scroll containers and tabs.
func Walk(root fyne.CanvasObject, visit func(fyne.CanvasObject)) {
	if root == nil {
		return
	}
	visit(root)
	switch o := root.(type) {
	case *fyne.Container:
		for _, c := range o.Objects {
			Walk(c, visit)
		}
	case *container.Scroll:
		Walk(o.Content, visit)
	case *container.Split:
		Walk(o.Leading, visit)
		Walk(o.Trailing, visit)
	case *widget.Card:
		Walk(o.Content, visit)
	case *widget.Form:
		for _, item := range o.Items {
			Walk(item.Widget, visit)
		}
	case fyne.Widget:
		for _, c := range test.WidgetRenderer(o).Objects() {
			Walk(c, visit)
		}
	}
}

// Texts returns every piece of visible text under root.
func Texts(root fyne.CanvasObject) []string { return texts(root, false) }

// AllTexts is every text under root, shown or not: also placeholders,
// choices and tab names, as a check that no key or template leaks.
func AllTexts(root fyne.CanvasObject) []string { return texts(root, true) }

func texts(root fyne.CanvasObject, all bool) []string {
	var out []string
	Walk(root, func(o fyne.CanvasObject) {
		if !all && !o.Visible() {
			return
		}
		switch o := o.(type) {
		case *widget.Label:
			out = append(out, o.Text)
		case *widget.Button:
			out = append(out, o.Text)
		case *widgets.TipButton:
			out = append(out, o.Text)
		case *widgets.Line:
			out = append(out, o.Text())
		case *widget.Card:
			out = append(out, o.Title, o.Subtitle)
		case *widget.Hyperlink:
			out = append(out, o.Text)
		case *widget.Check:
			out = append(out, o.Text)
		}
		if all {
			out = append(out, choices(o)...)
		}
	})
	return out
}

// choices are the texts a widget holds besides what it shows at rest.
func choices(o fyne.CanvasObject) []string {
	switch o := o.(type) {
	case *widget.Entry:
		return []string{o.PlaceHolder}
	case *widget.Select:
		return append([]string{o.PlaceHolder}, o.Options...)
	case *widget.RadioGroup:
		return o.Options
	case *widget.CheckGroup:
		return o.Options
	case *widgets.Tabs:
		var out []string
		for _, item := range o.Items {
			out = append(out, item.Text)
		}
		return out
	}
	return nil
}

// HasText reports whether some visible text under root contains want.
func HasText(root fyne.CanvasObject, want string) bool {
	for _, s := range Texts(root) {
		if strings.Contains(s, want) {
			return true
		}
	}
	return false
}

// MustHaveText fails the test when no visible text contains want.
func MustHaveText(t testing.TB, root fyne.CanvasObject, want string) {
	t.Helper()
	if !HasText(root, want) {
		t.Fatalf("screen does not show %q; it shows %q", want, Texts(root))
	}
}

// Button finds the visible button whose label contains text.
func Button(t testing.TB, root fyne.CanvasObject, text string) *widget.Button {
	t.Helper()
	var found *widget.Button
	Walk(root, func(o fyne.CanvasObject) {
		if b, ok := o.(*widget.Button); ok && found == nil && b.Visible() && strings.Contains(b.Text, text) {
			found = b
		}
		if b, ok := o.(*widgets.TipButton); ok && found == nil && b.Visible() && strings.Contains(b.Text, text) {
			found = &b.Button
		}
		if b, ok := o.(*widgets.WrapButton); ok && found == nil && b.Visible() && strings.Contains(b.Words, text) {
			found = &b.Button
		}
	})
	if found == nil {
		t.Fatalf("no button %q; the screen shows %q", text, Texts(root))
	}
	return found
}

// Find returns every object of type T under root.
func Find[T fyne.CanvasObject](root fyne.CanvasObject) []T {
	var out []T
	Walk(root, func(o fyne.CanvasObject) {
		if v, ok := o.(T); ok {
			out = append(out, v)
		}
	})
	return out
}

// Choose picks choice in the select that shows showing: its current
// choice, or its placeholder while nothing is chosen.
func Choose(t testing.TB, root fyne.CanvasObject, showing, choice string) {
	t.Helper()
	for _, s := range Find[*widget.Select](root) {
		if s.Selected == showing || (s.Selected == "" && s.PlaceHolder == showing) {
			s.SetSelected(choice)
			return
		}
	}
	t.Fatalf("no select showing %q", showing)
}

// SelectTab selects the tab called name in whichever tab bar has it.
func SelectTab(t testing.TB, root fyne.CanvasObject, name string) {
	t.Helper()
	for _, tabs := range Find[*widgets.Tabs](root) {
		for _, item := range tabs.Items {
			if item.Text == name {
				tabs.Select(item)
				return
			}
		}
	}
	t.Fatalf("no tab %q", name)
}

// HiddenTabs names the tabs of bar that Fyne has moved into its "…"
// menu because the bar is too narrow to show them all.
func HiddenTabs(bar *widgets.Tabs) []string {
	objs := test.WidgetRenderer(bar).Objects()
	row, ok := objs[0].(*fyne.Container) // the tab buttons, then "…"
	if !ok || len(row.Objects) < 2 || !row.Objects[1].Visible() {
		return nil
	}
	shown := 0
	if buttons, ok := row.Objects[0].(*fyne.Container); ok {
		shown = len(buttons.Objects)
	}
	var out []string
	for _, item := range bar.Items[min(shown, len(bar.Items)):] {
		out = append(out, item.Text)
	}
	return out
}
