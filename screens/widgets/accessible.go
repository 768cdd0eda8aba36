package widgets

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"
)

// What a screen reader says for the app's own widgets (fyne.Accessible).
// Fyne reads them out on Windows and macOS builds made with the
// accessibility tag: each shown element reached through plain containers
// from the window's content, its menu and its overlays.

// AccessibilityLabel is the button's words or, for an icon-only button,
// its tip, so it is never read out as its icon's file name.
func (b *TipButton) AccessibilityLabel() string {
	if b.Text != "" {
		return b.Text
	}
	return b.Tip
}

// AccessibilityLabel is the line's whole text, not the part cut to fit.
func (l *Line) AccessibilityLabel() string { return l.Text() }

// AccessibilityRole is text.
func (l *Line) AccessibilityRole() fyne.AccessibleRole { return fyne.AccessibleRoleText }

// AccessibilityLabel is empty: the pop-up's content speaks for itself.
func (e *EscapeCloser) AccessibilityLabel() string { return "" }

// AccessibilityRole is a container.
func (e *EscapeCloser) AccessibilityRole() fyne.AccessibleRole {
	return fyne.AccessibleRoleContainer
}

// Spoken joins the words of a row's parts for a screen reader: the
// non-empty ones, in order, separated by commas.
func Spoken(parts ...string) string {
	var kept []string
	for _, p := range parts {
		if p = strings.TrimSpace(p); p != "" {
			kept = append(kept, p)
		}
	}
	return strings.Join(kept, ", ")
}

// LabelTexts are the texts of labels, for Spoken.
func LabelTexts(labels ...*widget.Label) []string {
	out := make([]string, 0, len(labels))
	for _, l := range labels {
		if l.Visible() {
			out = append(out, l.Text)
		}
	}
	return out
}

// IconButton is a button that shows only an icon and tells a screen
// reader (and, as a tip, the pointer) what it does.
func IconButton(icon fyne.Resource, says string, tapped func()) *TipButton {
	return NewTipButton("", icon, says, tapped)
}

// AccessibilityLabel is empty: the tips drawn in the layer are the
// buttons' own labels, which a screen reader already hears.
func (l *TipLayer) AccessibilityLabel() string { return "" }

// AccessibilityRole is a container.
func (l *TipLayer) AccessibilityRole() fyne.AccessibleRole { return fyne.AccessibleRoleContainer }

// AccessibilityLabel is empty: the list's rows speak for themselves.
func (l *List) AccessibilityLabel() string { return "" }

// AccessibilityRole is a container.
func (l *List) AccessibilityRole() fyne.AccessibleRole { return fyne.AccessibleRoleContainer }

// AccessibilityLabel is the chosen tab's name.
func (t *Tabs) AccessibilityLabel() string {
	if cur := t.Selected(); cur != nil {
		return cur.Text
	}
	return ""
}

// AccessibilityRole is a container: Fyne has no role for a tab bar, and
// the tab's content follows.
func (t *Tabs) AccessibilityRole() fyne.AccessibleRole { return fyne.AccessibleRoleContainer }

// AccessibilityLabel is its tab bar's: the chosen tab's name (the stop is
// where the keyboard stands on the tab bar).
func (s *tabStop) AccessibilityLabel() string { return s.tabs.AccessibilityLabel() }

// AccessibilityRole is its tab bar's.
func (s *tabStop) AccessibilityRole() fyne.AccessibleRole { return s.tabs.AccessibilityRole() }
