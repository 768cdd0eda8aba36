package app

import (
	"image/color"
	"net/url"
	"os"
	"runtime"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"family-online-safety/data"
	"family-online-safety/data/datatest"
	"family-online-safety/screens"
	"family-online-safety/screens/screentest"
	"family-online-safety/screens/widgets"
	"family-online-safety/translations"
)

type harness struct {
	t      *testing.T
	app    *App
	win    fyne.Window
	store  *data.Store
	dir    string
	exited int
	timers []timer // work the app asked to run later, run by the test
}

// newHarness starts the app on a fresh, real store in a temp folder.
func newHarness(t *testing.T, prepare ...func(*data.Store)) *harness {
	t.Helper()
	return newHarnessIn(t, t.TempDir(), prepare...)
}

// newHarnessIn is newHarness with the family's data in dir.
func newHarnessIn(t *testing.T, dir string, prepare ...func(*data.Store)) *harness {
	t.Helper()
	fa := screentest.App(t)
	store, err := data.Open(dir, datatest.Options(t, nil))
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range prepare {
		p(store)
	}
	tr, err := translations.New("en")
	if err != nil {
		t.Fatal(err)
	}
	w := test.NewTempWindow(t, screentest.Blank())
	w.Resize(fyne.NewSize(1000, 700))
	h := &harness{t: t, win: w, store: store, dir: dir}
	h.app = New(fa, w, store, tr, dir)
	h.app.exit = func() { h.exited++ }
	h.app.freeMemory = func() {} // a full collection per window: minutes in all under -race
	h.app.later = nil            // the test driver runs fyne.Do at once, on the calling goroutine
	h.app.tickless = true        // so a folder sync woken by a goroutine would race the test; tests call Tick
	h.app.lock.run = func(f func()) { f() }
	h.app.lock.later = h.schedule
	h.app.after = h.schedule
	h.app.Start()
	t.Cleanup(h.app.Close)
	return h
}

func onboarded(s *data.Store) {
	if err := s.SaveSettings(data.Settings{Language: "en", Region: "GB", Onboarded: true}); err != nil {
		panic(err) // a prepare step has no test to fail; the panic fails it
	}
}

// press triggers a keyboard shortcut the way the desktop driver does:
// through the window's menu, which takes shortcuts whatever has focus.
func (h *harness) press(sc fyne.Shortcut) {
	h.t.Helper()
	for _, menu := range h.win.MainMenu().Items {
		for _, item := range menu.Items {
			if item.Shortcut != nil && item.Shortcut.ShortcutName() == sc.ShortcutName() {
				item.Action()
				return
			}
		}
	}
	h.t.Fatalf("no menu item has the shortcut %s", sc.ShortcutName())
}

func (h *harness) content() fyne.CanvasObject { return h.win.Content() }

func (h *harness) tap(label string) {
	h.t.Helper()
	test.Tap(screentest.Button(h.t, h.content(), label))
}

func (h *harness) shows(text string) {
	h.t.Helper()
	screentest.MustHaveText(h.t, h.content(), text)
}

func contains(list []string, s string) bool {
	for _, v := range list {
		if v == s {
			return true
		}
	}
	return false
}

func TestFirstRunAddsTheFirstChild(t *testing.T) {
	h := newHarness(t)
	h.shows("Welcome to Family Online Safety")
	h.shows("Everything you type stays on this computer")

	entry := screentest.Find[*widgets.Entry](h.content())[0]
	test.Type(entry, "Sam")
	screentest.Choose(t, h.content(), "Month", "March")
	screentest.Choose(t, h.content(), "Year", "2018")
	h.tap("Start")

	kids, _ := h.store.Children()
	if len(kids) != 1 || kids[0].Name != "Sam" || kids[0].BirthMonth != 3 || kids[0].BirthYear != 2018 {
		t.Fatalf("stored children = %+v", kids)
	}
	set, _ := h.store.Settings()
	if !set.Onboarded || set.Region != "GB" || set.Language != "en" {
		t.Fatalf("settings after welcome = %+v", set)
	}
	h.shows("Your family today")
	h.shows("Sam")
}

func TestFirstRunRefusesAHalfFilledChild(t *testing.T) {
	h := newHarness(t)
	test.Type(screentest.Find[*widgets.Entry](h.content())[0], "Sam")
	h.tap("Start")
	h.shows("Please choose the month and year")
	if kids, _ := h.store.Children(); len(kids) != 0 {
		t.Fatalf("saved %+v from a half-filled form", kids)
	}
	if set, _ := h.store.Settings(); set.Onboarded {
		t.Fatal("welcome finished despite the error")
	}
}

func TestFirstRunCanBeSkipped(t *testing.T) {
	h := newHarness(t)
	h.tap("Start")
	h.shows("No children added yet")
}

func TestDemoFamilyIsMarkedAndRemovable(t *testing.T) {
	h := newHarness(t)
	h.tap("Try a demo family")
	h.shows("This is a demo family")
	h.shows("Amira")
	if h.win.Title() != "Family Online Safety (demo)" {
		t.Fatalf("window title %q does not say demo", h.win.Title())
	}
	if kids, _ := h.store.Children(); len(kids) != 0 {
		t.Fatalf("demo children leaked into the real family: %+v", kids)
	}
	h.tap("Remove demo family")
	test.Tap(screentest.Button(t, h.win.Canvas().Overlays().Top(), "Remove it"))
	h.shows("Welcome to Family Online Safety")
	if _, err := os.Stat(data.DemoDir(h.dir)); !os.IsNotExist(err) {
		t.Fatalf("demo folder still there after removal: %v", err)
	}
}

func TestNavigationReachesEveryScreen(t *testing.T) {
	h := newHarness(t, onboarded)
	nav := screentest.Find[*widgets.List](h.content())[0]
	for i, item := range Screens() {
		nav.Select(i)
		if h.app.current != item.ID {
			t.Fatalf("selecting %s shows %s", item.ID, h.app.current)
		}
		if i < 9 {
			h.press(navShortcut(0))
			h.press(navShortcut(i))
			if h.app.current != item.ID {
				t.Fatalf("Ctrl+%d shows %s, want %s", i+1, h.app.current, item.ID)
			}
		}
	}
	// And from the keyboard: Ctrl+1 goes Home from anywhere.
	h.press(navShortcut(0))
	h.shows("No children added yet")
}

func TestGetHelpNowIsOneClickAway(t *testing.T) {
	h := newHarness(t, onboarded)
	h.tap("Get help now")
	h.shows("In immediate danger? Call 999")

	h.app.Show(screens.SettingsID)
	screentest.Choose(t, h.content(), "United Kingdom", "United States")
	h.tap("Get help now")
	h.shows("Call 911")
	if set, _ := h.store.Settings(); set.Region != "US" {
		t.Fatalf("region saved as %q", set.Region)
	}
	// Every text follows the new region, not only Get help.
	if got := h.app.tr.RegionCode(); got != "US" {
		t.Fatalf("texts follow region %q, want US", got)
	}
}

func TestHelpIsReachableBeforeTheWelcomeIsDone(t *testing.T) {
	h := newHarness(t)
	test.Type(screentest.Find[*widgets.Entry](h.content())[0], "Ffion")
	h.press(helpShortcut)
	h.shows("Call 999")
	h.tap("Back")
	if e := screentest.Find[*widgets.Entry](h.content())[0]; e.Text != "Ffion" {
		t.Fatalf("the typed name was lost: %q", e.Text)
	}
}

func TestQuickExitBlanksTheWindowAndClearsOurClipboard(t *testing.T) {
	h := newHarness(t, onboarded)
	h.app.Copy("0800 1111")
	exit := h.app.sh.exit
	test.Tap(exit)
	if h.exited != 1 {
		t.Fatalf("quick exit called exit %d times", h.exited)
	}
	if texts := screentest.Texts(h.content()); len(texts) != 0 {
		t.Fatalf("window still shows %q after quick exit", texts)
	}
	if h.app.fyne.Clipboard().Content() != "" {
		t.Fatal("quick exit left the app's text on the clipboard")
	}
}

func TestQuickExitLeavesOtherClipboardTextAlone(t *testing.T) {
	h := newHarness(t, onboarded)
	h.app.fyne.Clipboard().SetContent("someone else's text")
	h.press(quickExitShortcut)
	if h.exited != 1 {
		t.Fatal("the quick exit shortcut did nothing")
	}
	if h.app.fyne.Clipboard().Content() != "someone else's text" {
		t.Fatal("quick exit cleared text the app did not put there")
	}
}

func TestThreeShiftsWhileTypingIsAQuickExit(t *testing.T) {
	h := newHarness(t)
	entry := screentest.Find[*widgets.Entry](h.content())[0]
	entry.KeyDown(&fyne.KeyEvent{Name: desktop.KeyShiftLeft})
	entry.KeyDown(&fyne.KeyEvent{Name: desktop.KeyShiftRight})
	if h.exited != 0 {
		t.Fatal("two presses were enough")
	}
	entry.KeyDown(&fyne.KeyEvent{Name: desktop.KeyShiftLeft})
	if h.exited != 1 {
		t.Fatal("three Shift presses in a text field did not exit")
	}
}

func TestQuickExitTipNamesTheShortcut(t *testing.T) {
	h := newHarness(t, onboarded)
	exit := h.app.sh.exit
	exit.MouseIn(&desktop.MouseEvent{})
	if !exit.TipShown() {
		t.Fatal("no tip on hover")
	}
	want := "Ctrl+Shift+X"
	if runtime.GOOS == "darwin" {
		want = "Cmd+Shift+X"
	}
	if !strings.Contains(exit.ShownTip(), want) {
		t.Fatalf("the tip on show, %q, does not name %q", exit.ShownTip(), want)
	}
	if top := h.win.Canvas().Overlays().Top(); top != nil {
		t.Fatal("the tip is a pop-up: it would take the next click")
	}
	exit.MouseOut()
	if exit.TipShown() {
		t.Fatal("tip stayed after the pointer left")
	}
}

func TestShiftWatcher(t *testing.T) {
	t0 := time.Date(2026, 11, 23, 22, 0, 0, 0, time.UTC)
	at := func(s float64) time.Time { return t0.Add(time.Duration(s * float64(time.Second))) }
	cases := []struct {
		name  string
		keys  []fyne.KeyName
		times []float64
		want  bool
	}{
		{"three quick", []fyne.KeyName{desktop.KeyShiftLeft, desktop.KeyShiftLeft, desktop.KeyShiftRight}, []float64{0, 1, 2}, true},
		{"just inside 5 s", []fyne.KeyName{desktop.KeyShiftLeft, desktop.KeyShiftLeft, desktop.KeyShiftLeft}, []float64{0, 2, 4.9}, true},
		{"too slow", []fyne.KeyName{desktop.KeyShiftLeft, desktop.KeyShiftLeft, desktop.KeyShiftLeft}, []float64{0, 3, 5.5}, false},
		{"capital letters while typing", []fyne.KeyName{desktop.KeyShiftLeft, fyne.KeyA, desktop.KeyShiftLeft, fyne.KeyB, desktop.KeyShiftLeft}, []float64{0, 0.1, 0.5, 0.6, 1}, false},
		{"two only", []fyne.KeyName{desktop.KeyShiftLeft, desktop.KeyShiftLeft}, []float64{0, 1}, false},
	}
	for _, c := range cases {
		var w shiftWatcher
		got := false
		for i, k := range c.keys {
			got = w.press(k, at(c.times[i]))
		}
		if got != c.want {
			t.Errorf("%s: got %v, want %v", c.name, got, c.want)
		}
	}
}

func TestLanguageSwitchesEveryTextWithoutRestart(t *testing.T) {
	h := newHarness(t, onboarded)
	h.app.Show(screens.SettingsID)
	screentest.Choose(t, h.content(), "English (UK)", "Cymraeg")
	h.shows("Gosodiadau")
	h.shows("Cael help nawr")
	if screentest.HasText(h.content(), "Settings") {
		t.Fatal("English text left on screen after switching to Welsh")
	}
	if set, _ := h.store.Settings(); set.Language != "cy" {
		t.Fatalf("language saved as %q", set.Language)
	}
	if h.win.MainMenu().Items[0].Label != "Ffeil" {
		t.Fatalf("menu not translated: %q", h.win.MainMenu().Items[0].Label)
	}
	screentest.Choose(t, h.content(), "Cymraeg", "Polski")
	h.shows("Ustawienia")
}

func TestSettingsShowTheDataFolder(t *testing.T) {
	h := newHarness(t, onboarded)
	h.app.Show(screens.SettingsID)
	h.shows(h.dir)
	var opened []string
	h.app.openURL = func(u *url.URL) error { opened = append(opened, u.String()); return nil }
	h.tap("Open folder")
	if want := data.FolderURL(h.dir).String(); len(opened) != 1 || opened[0] != want {
		t.Fatalf("Open folder opened %q, want %q", opened, want)
	}
}

func TestWelcomeShowsTheLanguageInUse(t *testing.T) {
	fa := screentest.App(t)
	store := datatest.Open(t, time.Now)
	tr, _ := translations.New("pl")
	w := test.NewTempWindow(t, screentest.Blank())
	a := New(fa, w, store, tr, t.TempDir())
	a.later = nil
	a.Start()
	screentest.MustHaveText(t, w.Content(), "Witaj")
	for _, s := range screentest.Find[*widget.Select](w.Content()) {
		if contains(s.Options, "Polski") && s.Selected != "Polski" {
			t.Fatalf("language picker shows %q while the app speaks Polish", s.Selected)
		}
	}
}

// TestLightStatusColoursAreReadable checks the contrast of warning,
// success and error text against the light background (WCAG AA: 4.5:1).
func TestLightStatusColoursAreReadable(t *testing.T) {
	th := Theme()
	bg := th.Color(theme.ColorNameBackground, theme.VariantLight)
	for _, name := range []fyne.ThemeColorName{theme.ColorNameSuccess, theme.ColorNameWarning, theme.ColorNameError} {
		if r := contrast(th.Color(name, theme.VariantLight), bg); r < 4.5 {
			t.Errorf("%s on the light background: contrast %.1f:1, want at least 4.5:1", name, r)
		}
	}
}

func contrast(a, b color.Color) float64 { return screentest.Contrast(a, b) }

func luminance(c color.Color) float64 { return screentest.Luminance(c) }

func TestADemoLeftByACrashIsCleared(t *testing.T) {
	dir := t.TempDir()
	if _, err := data.OpenDemo(dir, datatest.Options(t, time.Now), data.Settings{}); err != nil { // never closed: a crash
		t.Fatal(err)
	}
	store, err := data.Open(dir, datatest.Options(t, nil))
	if err != nil {
		t.Fatal(err)
	}
	fa := screentest.App(t)
	tr, _ := translations.New("en")
	a := New(fa, test.NewTempWindow(t, screentest.Blank()), store, tr, dir)
	a.later = nil
	a.Start()
	t.Cleanup(a.Close)
	if _, err := os.Stat(data.DemoDir(dir)); !os.IsNotExist(err) {
		t.Fatalf("the crashed demo is still on disk: %v", err)
	}
}

func TestHomeAppNotesOpensThatChildsApps(t *testing.T) {
	h := newHarness(t, onboarded, func(s *data.Store) {
		must1(t)(s.AddChild(data.Child{Name: "Amira", BirthYear: 2012, BirthMonth: 8}))
		leo, _ := s.AddChild(data.Child{Name: "Leo", BirthYear: 2017, BirthMonth: 4})
		must1(t)(s.AddAppNote(data.AppNote{ChildID: leo.ID, AppID: "minecraft"}))
	})
	h.tap("App notes")
	if h.app.current != screens.ChildrenID {
		t.Fatalf("App notes opened %s", h.app.current)
	}
	h.shows("Leo's apps and games")
	// The navigation list opens the screen as usual afterwards.
	h.app.Show(screens.HomeID)
	h.app.Show(screens.ChildrenID)
	if screentest.HasText(h.content(), "Leo's apps and games") {
		t.Fatal("the navigation list still opens on Leo's apps")
	}
}

func TestBackupAndRestoreFromSettings(t *testing.T) {
	h := newHarness(t, onboarded, func(s *data.Store) {
		must1(t)(s.AddChild(data.Child{Name: "Before", BirthYear: 2016, BirthMonth: 4}))
	})
	// Start made the day's first backup.
	list, _ := h.store.Backups()
	if len(list) != 1 {
		t.Fatalf("%d backups after start, want 1", len(list))
	}
	must1(t)(h.store.AddChild(data.Child{Name: "After", BirthYear: 2018, BirthMonth: 1}))
	h.app.Show(screens.SettingsID)
	h.shows("Backups")
	h.app.restore(list[0].Name) // what the confirm dialog's Yes does

	kids, _ := h.app.real.Children()
	if len(kids) != 1 || kids[0].Name != "Before" {
		t.Fatalf("after restore: %+v", kids)
	}
	h.app.Show(screens.HomeID)
	h.shows("Before")
	if got, _ := h.app.real.Backups(); len(got) != 2 {
		t.Fatalf("the replaced data was not kept as a backup: %d backups", len(got))
	}
}

// Every screen with tabs moves between them with Ctrl+Page Down and
// Ctrl+Page Up, wrapping round at either end.
func TestKeyboardMovesBetweenTabsOnEveryTabbedScreen(t *testing.T) {
	h := newHarness(t, onboarded)
	if err := h.app.StartDemo(); err != nil {
		t.Fatal(err)
	}
	for _, s := range Screens() {
		h.app.Show(s.ID)
		tabs := findTabs(h.app.sh.content)
		if !s.Tabbed {
			if tabs != nil {
				t.Errorf("%s has tabs but its registry row says not", s.ID)
			}
			continue
		}
		if tabs == nil || len(tabs.Items) < 2 {
			t.Errorf("%s: no tabs found", s.ID)
			continue
		}
		start := tabs.SelectedIndex()
		n := len(tabs.Items)
		h.press(nextTabShortcut)
		if got := tabs.SelectedIndex(); got != (start+1)%n {
			t.Errorf("%s: Ctrl+Page Down selected tab %d, want %d", s.ID, got, (start+1)%n)
		}
		h.press(prevTabShortcut)
		h.press(prevTabShortcut)
		if got := tabs.SelectedIndex(); got != (start-1+n)%n {
			t.Errorf("%s: Ctrl+Page Up selected tab %d, want %d", s.ID, got, (start-1+n)%n)
		}
	}
}
