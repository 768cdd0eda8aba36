package app

import (
	"fmt"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"family-online-safety/data"
	"family-online-safety/data/largefamily"
	"family-online-safety/screens/screentest"
	"family-online-safety/translations"
)

// smallLaptop is the most a window's content may ask for: with no window
// manager to clamp it, a window whose content asks for more opens larger
// than the screen and the header's Get help now and Quick exit are off it.
var smallLaptop = SmallestWindow

// Every registered screen, on every tab, with the demo family and with the
// large family, asks for no more than a small laptop has: every long text
// wraps instead of widening the window. Under the race detector only the
// first case and screen run (raceSubset); make unit runs them all
// without it.
func TestEveryScreenAsksNoMoreThanASmallLaptop(t *testing.T) {
	families := []struct {
		name  string
		start func(t *testing.T) *harness
	}{
		{"demo/en", demoIn("en")},
		{"demo/cy", demoIn("cy")},
		{"demo/pl", demoIn("pl")},
		{"large/en", largeFamilyHarness},
	}
	// Normal text in the smallest window, and text at 150% (Settings) in
	// 1280×800.
	sizes := []struct {
		text int
		size fyne.Size
	}{{100, smallLaptop}, {150, fyne.NewSize(1280, 800)}}
	families, sizes = raceSubset(t, families), raceSubset(t, sizes)
	for _, f := range families {
		for _, c := range sizes {
			t.Run(fmt.Sprintf("%s/%d", f.name, c.text), func(t *testing.T) {
				h := f.start(t)
				if c.text != 100 {
					h.app.SetDisplay(data.Display{TextSize: c.text})
				}
				h.win.Resize(c.size)
				everyTabFits(t, h, c.size)
			})
		}
	}
}

// everyTabFits shows every screen and tab and checks each fits size.
func everyTabFits(t *testing.T, h *harness, size fyne.Size) {
	for _, item := range raceSubset(t, Screens()) {
		h.app.Show(item.ID)
		for _, tab := range tabsOf(h) {
			if tab != "" {
				screentest.SelectTab(t, h.app.sh.content, tab)
			}
			// fits also says when a screen is wider than its
			// area: then its right-hand side is off the window.
			if problem := fits(h, size); problem != "" {
				t.Errorf("%s %s: %s", item.ID, tab, problem)
			}
		}
	}
}

// demoIn starts the app on the demo family in a language.
func demoIn(lang string) func(t *testing.T) *harness {
	return func(t *testing.T) *harness {
		h := newHarness(t, onboarded)
		if err := h.app.tr.SetLanguage(lang); err != nil {
			t.Fatal(err)
		}
		if err := h.app.StartDemo(); err != nil {
			t.Fatal(err)
		}
		return h
	}
}

// largeFamilyHarness starts the app on a copy of the large family.
func largeFamilyHarness(t *testing.T) *harness {
	screentest.App(t)
	store, _ := largefamily.Open(t)
	must(t, store.SaveSettings(data.Settings{Language: "en", Region: "GB", Onboarded: true}))
	tr, err := translations.New("en")
	if err != nil {
		t.Fatal(err)
	}
	w := test.NewTempWindow(t, screentest.Blank())
	h := &harness{t: t, win: w, store: store, dir: t.TempDir()}
	h.app = New(fyne.CurrentApp(), w, store, tr, h.dir)
	h.app.now = func() time.Time { return largefamily.Now }
	h.app.exit = func() { h.exited++ }
	h.app.later = nil
	h.app.Start()
	t.Cleanup(h.app.Close)
	return h
}

// asksTooMuch says how the window's content asks for more than a small
// laptop has, or "".
func asksTooMuch(w fyne.Window) string {
	w.Content().Refresh()
	min := w.Content().MinSize()
	if min.Width > smallLaptop.Width || min.Height > smallLaptop.Height {
		return fmt.Sprintf("its content asks for %.0f×%.0f, more than %.0f×%.0f",
			min.Width, min.Height, smallLaptop.Width, smallLaptop.Height)
	}
	return ""
}

// The screens outside the registry ask for no more than a small laptop has
// either: the welcome (in every language), the lock screen and the window
// that explains a damaged file, with its Get help.
func TestScreensOutsideTheRegistryAskNoMoreThanASmallLaptop(t *testing.T) {
	for _, lang := range []string{"en", "cy", "pl"} {
		h := newHarness(t)
		if err := h.app.tr.SetLanguage(lang); err != nil {
			t.Fatal(err)
		}
		h.app.rebuild()
		h.shows(h.app.tr.T("welcome.title"))
		if problem := asksTooMuch(h.win); problem != "" {
			t.Errorf("welcome in %s: %s", lang, problem)
		}
	}

	h := newHarness(t, onboarded, withChild("Amira"), withPassphrase)
	h.shows(h.app.tr.T("lock.title"))
	if problem := asksTooMuch(h.win); problem != "" {
		t.Errorf("lock screen: %s", problem)
	}

	dir, _, openErr := damagedFamily(t)
	fa, w, tr := recoveryWindow(t, "pl")
	ShowStartupProblem(fa, w, tr, dir, openErr, func(*data.Store) {})
	if problem := asksTooMuch(w); problem != "" {
		t.Errorf("damaged file: %s", problem)
	}
	test.Tap(screentest.Button(t, w.Content(), tr.T("header.help")))
	if problem := asksTooMuch(w); problem != "" {
		t.Errorf("damaged file, Get help: %s", problem)
	}
	if size := w.Canvas().Size(); size.Width > smallLaptop.Width || size.Height > smallLaptop.Height {
		t.Errorf("Get help made the window %v, larger than a small laptop", size)
	}
}
