package app

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"family-online-safety/data"
	"family-online-safety/screens"
	"family-online-safety/screens/screentest"
	"family-online-safety/screens/widgets"
)

// appsTab opens Children & apps › Apps of the demo's first child in
// lang, at text per cent, in a window of size.
func appsTab(t *testing.T, lang string, text int, size fyne.Size) *harness {
	h := newHarness(t)
	h.app.later = func(f func()) { f() }
	h.app.SetLanguage(lang)
	h.win.Resize(size)
	if err := h.app.StartDemo(); err != nil {
		t.Fatal(err)
	}
	h.app.SetDisplay(data.Display{TextSize: text})
	h.win.Resize(size)
	h.app.Show(screens.ChildrenID)
	screentest.SelectTab(t, h.app.sh.content, h.app.tr.T("children.tab.apps"))
	h.win.Content().Refresh()
	return h
}

// Each app row of Children & apps › Apps says what was decided in full,
// not "…", at the default window, at 800×600 and at 200% text, in
// English, Welsh and Polish.
func TestAppRowsSayTheirStatusInFull(t *testing.T) {
	cases := []struct {
		text int
		size fyne.Size
	}{{100, fyne.NewSize(1100, 720)}, {100, fyne.NewSize(800, 600)}, {200, fyne.NewSize(1280, 800)}}
	for _, lang := range []string{"en", "cy", "pl"} {
		for _, c := range raceSubset(t, cases) {
			h := appsTab(t, lang, c.text, c.size)
			decided := map[string]bool{}
			for _, d := range data.Decisions {
				decided[h.app.tr.T(appDecisionKey(d))] = true
			}
			seen := 0
			for _, l := range screentest.Find[*widget.Label](h.content()) {
				first, _, _ := strings.Cut(l.Text, " · ")
				if !decided[first] || !l.Visible() {
					continue
				}
				seen++
				th := l.Theme()
				need := fyne.MeasureText(l.Text, th.Size(theme.SizeNameText), l.TextStyle).Width + 2*th.Size(theme.SizeNameInnerPadding)
				if l.Size().Width < need-0.5 {
					t.Errorf("%s %d%% %v: %q has %.0f px of the %.0f it needs: cut to \"…\"", lang, c.text, c.size, l.Text, l.Size().Width, need)
				}
			}
			if seen == 0 {
				t.Errorf("%s %d%% %v: no app row shows its status", lang, c.text, c.size)
			}
		}
	}
}

// appDecisionKey is the translation key of a decision, as the app rows say it.
func appDecisionKey(d data.Decision) string {
	if d == data.DecisionUndecided {
		return "appdecision.undecided"
	}
	return "appdecision." + string(d)
}

// At 200% text on a 1280×800 screen the Apps tab shows several app rows,
// not a one-row strip, and an app opened from the page scrolled to its
// end shows its note's top (before, the top was above the view and the
// rest of the window blank).
func TestAppListAtLargeTextShowsRowsAndNotesTheirTop(t *testing.T) {
	for _, lang := range raceSubset(t, []string{"en", "cy", "pl"}) {
		h := appsTab(t, lang, 200, fyne.NewSize(1280, 800))
		lists := screentest.Find[*widgets.List](h.app.sh.content)
		var apps *widgets.List
		for _, l := range lists {
			if l.Length() == 3 { // the demo's eldest has three apps
				apps = l
			}
		}
		if apps == nil {
			t.Fatalf("%s: no list of three apps", lang)
		}
		row := newNoteRowHeight(apps)
		if apps.Size().Height < 3*row-1 {
			t.Errorf("%s: the app list is %.0f px tall, rows are %.0f: not three rows", lang, apps.Size().Height, row)
		}
		h.app.sh.scroll.ScrollToBottom()
		apps.Select(0)
		d := fyne.CurrentApp().Driver()
		back := screentest.Button(t, h.app.sh.content, h.app.tr.T("appnote.back", map[string]any{"Name": "Amira"}))
		if top, view := d.AbsolutePositionForObject(back).Y, d.AbsolutePositionForObject(h.app.sh.scroll).Y; top < view {
			t.Errorf("%s: the note opened with its top %.0f px above the view", lang, view-top)
		}
	}
}

// newNoteRowHeight is the height of one row of list.
func newNoteRowHeight(list *widgets.List) float32 {
	return list.CreateItem().MinSize().Height
}
