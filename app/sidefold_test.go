package app

import (
	"fmt"
	"slices"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"

	"family-online-safety/data"
	"family-online-safety/screens"
	"family-online-safety/screens/screentest"
	"family-online-safety/screens/widgets"
)

// In a narrow window the children list and the starters list go above
// their tabs (which then show every tab); wide, they sit beside them.
// Made narrow and wide again, the screen keeps the child or starter the
// carer chose, the tab and how far the list was scrolled.
func TestListsGoAboveTheTabsAndKeepThePlace(t *testing.T) {
	wide, narrow := fyne.NewSize(1100, 720), TinyWindow
	for _, c := range []struct {
		screen screens.ID
		row    int
		tab    int
	}{{"children", 1, 2}, {"starters", 6, 1}} {
		h := newHarness(t)
		h.app.later = func(f func()) { f() }
		h.win.Resize(wide)
		if err := h.app.StartDemo(); err != nil {
			t.Fatal(err)
		}
		h.app.Show(c.screen)
		list := screentest.Find[*widgets.List](h.app.sh.content)[0]
		list.Select(c.row)
		tabs := func() *widgets.Tabs { return screentest.Find[*widgets.Tabs](h.app.sh.content)[0] }
		tabs().SelectIndex(c.tab)
		var reselected []int
		chosen := list.OnSelected
		list.OnSelected = func(i int) { reselected = append(reselected, i); chosen(i) }
		list.ScrollToOffset(40)
		offset := list.GetScrollOffset()
		for i, size := range []fyne.Size{narrow, wide, narrow} {
			h.win.Resize(size)
			h.win.Content().Refresh()
			where := fmt.Sprintf("%s at %v (%d)", c.screen, size, i)
			d := fyne.CurrentApp().Driver()
			lp, tp := d.AbsolutePositionForObject(list), d.AbsolutePositionForObject(tabs())
			above := lp.Y+list.Size().Height <= tp.Y
			if above != (size == narrow) {
				t.Errorf("%s: the list at %v, the tabs at %v", where, lp, tp)
			}
			if got := screentest.Find[*widgets.List](h.app.sh.content); !slices.Contains(got, list) {
				t.Fatalf("%s: the list was made again or is missing (%d lists)", where, len(got))
			}
			if hidden := screentest.HiddenTabs(tabs()); len(hidden) > 0 {
				t.Errorf("%s: %q behind \"…\"", where, hidden)
			}
			if tabs().SelectedIndex() != c.tab || list.GetScrollOffset() != offset {
				t.Errorf("%s: tab %d, scrolled %.0f; want tab %d, %.0f", where, tabs().SelectedIndex(), list.GetScrollOffset(), c.tab, offset)
			}
		}
		for _, i := range reselected {
			if i != c.row {
				t.Errorf("%s: row %d chosen by the resizes, not %d", c.screen, i, c.row)
			}
		}
	}
}

// TestScreenshotsOfFoldedLists draws Children & apps and Starters in the
// smallest window and at 200% text in a 1280×800 window, in English,
// Welsh and Polish, light and dark (saved with SCREENSHOTS_DIR as
// fold-<screen>-<size>-<lang>-<variant>.png).
func TestScreenshotsOfFoldedLists(t *testing.T) {
	dir := screenshotDir(t)
	for _, lang := range []string{"en", "cy", "pl"} {
		for _, text := range []int{100, 200} {
			size := TinyWindow
			if text == 200 {
				size = fyne.NewSize(1280, 800)
			}
			for vname, v := range map[string]fyne.ThemeVariant{"light": theme.VariantLight, "dark": theme.VariantDark} {
				h := newHarness(t)
				h.app.later = func(f func()) { f() }
				h.app.now = func() time.Time { return shotTime }
				h.app.SetLanguage(lang)
				if err := h.app.StartDemo(); err != nil {
					t.Fatal(err)
				}
				h.app.SetDisplay(data.Display{TextSize: text})
				h.app.fyne.Settings().SetTheme(fixedVariant{ThemeFor(data.Display{TextSize: text}), v})
				h.win.Resize(size)
				for _, id := range []screens.ID{"children", "starters"} {
					h.app.Show(id)
					shoot(t, h, dir, fmt.Sprintf("fold-%s-%d-%s-%s", id, text, lang, vname))
				}
			}
		}
	}
}
