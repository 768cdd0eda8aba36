package app

import (
	"math"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/test"

	"family-online-safety/data"
	"family-online-safety/screens/screentest"
	"family-online-safety/screens/widgets"
)

// timer is work the app asked to run at a time.
type timer struct {
	at time.Time
	f  func()
}

// schedule stands in for the app's timers: the test runs them (runDue).
func (h *harness) schedule(d time.Duration, f func()) {
	h.timers = append(h.timers, timer{h.app.now().Add(d), f})
}

// advance moves the app's clock on by d and runs the work then due.
func (h *harness) advance(d time.Duration) {
	now := h.app.now().Add(d)
	h.app.now = func() time.Time { return now }
	due := h.timers
	h.timers = nil
	for _, tm := range due {
		if tm.at.After(now) {
			h.timers = append(h.timers, tm)
		} else {
			tm.f()
		}
	}
}

const testPass = "blue kettle morning"

// withPassphrase sets a passphrase and locks, as a restart would leave it.
func withPassphrase(s *data.Store) {
	if err := s.SetPassphrase(testPass); err != nil {
		panic(err)
	}
	s.Lock()
}

func withChild(name string) func(*data.Store) {
	return func(s *data.Store) {
		if _, err := s.AddChild(data.Child{Name: name, BirthYear: 2016, BirthMonth: 5}); err != nil {
			panic(err)
		}
	}
}

func (h *harness) typePass(pass string) {
	h.t.Helper()
	test.Type(h.app.lock.entry, pass)
	h.tap(h.app.tr.T("lock.unlock"))
}

// With a passphrase the app opens on the lock screen, which shows nothing
// of the family but keeps Get help now and Quick exit; the passphrase
// opens Home.
func TestThePassphraseOpensTheLockScreenFirst(t *testing.T) {
	h := newHarness(t, onboarded, withChild("Amira"), withPassphrase)
	h.shows(h.app.tr.T("lock.title"))
	if screentest.HasText(h.content(), "Amira") {
		t.Fatal("the lock screen shows a child's name")
	}
	h.tap(h.app.tr.T("header.help"))
	h.shows("999")
	h.tap(h.app.tr.T("recovery.back"))
	h.shows(h.app.tr.T("lock.title"))

	h.typePass(testPass)
	h.shows("Amira")
	if h.app.lock.on || h.store.Locked() {
		t.Fatal("still locked after the right passphrase")
	}
}

// Wrong passphrases are refused with a clear message; after the third,
// each try waits longer, and a try during the wait is not made.
func TestWrongPassphrasesWaitLongerAndLonger(t *testing.T) {
	h := newHarness(t, onboarded, withChild("Amira"), withPassphrase)
	h.typePass("wrong")
	h.shows(h.app.tr.T("lock.wrong"))
	h.typePass("wrong")
	h.typePass("wrong")
	h.shows(h.app.tr.N("lock.wait", 5))
	if !h.app.lock.unlock.Disabled() {
		t.Fatal("Unlock can be pressed during the wait")
	}
	h.app.tryUnlock() // Enter in the field during the wait
	if h.app.lock.tries != 3 {
		t.Fatalf("a try during the wait was made: %d tries", h.app.lock.tries)
	}
	if n, until := h.store.WrongTries(); n != 3 || !until.Equal(h.app.lock.waitUntil) {
		t.Fatalf("the wait is not kept for the next start: %d tries, until %v", n, until)
	}
	h.advance(5 * time.Second)
	if h.app.lock.unlock.Disabled() {
		t.Fatal("Unlock stayed off after the wait")
	}
	h.typePass("wrong again")
	h.shows(h.app.tr.N("lock.wait", 10))
	h.advance(10 * time.Second)
	h.typePass(testPass)
	h.shows("Amira")
	if n, _ := h.store.WrongTries(); n != 0 {
		t.Fatalf("%d wrong tries kept after the right passphrase", n)
	}
	if got := []time.Duration{retryWait(2), retryWait(3), retryWait(4), retryWait(20)}; got[0] != 0 || got[1] != 5*time.Second || got[2] != 10*time.Second || got[3] != maxWait {
		t.Errorf("waits %v", got)
	}
}

// The forgotten-passphrase help says plainly that nothing can open the
// records or the backups without it.
func TestForgottenPassphraseIsExplainedHonestly(t *testing.T) {
	h := newHarness(t, onboarded, withPassphrase)
	h.tap(h.app.tr.T("lock.forgot"))
	overlay := h.win.Canvas().Overlays().Top()
	if overlay == nil || !screentest.HasText(overlay, h.app.tr.T("lock.forgot.body")) {
		t.Fatal("no explanation of a forgotten passphrase")
	}
}

// After the chosen idle time the app locks; with the idle lock off, or
// with use in between, it does not.
func TestTheAppLocksWhenIdle(t *testing.T) {
	h := newHarness(t, onboarded, withChild("Amira"), withPassphrase)
	h.typePass(testPass)
	h.advance(4 * time.Minute)
	h.app.checkIdle()
	h.shows("Amira")
	h.app.keyDown(&fyne.KeyEvent{Name: fyne.KeyA}) // use
	h.advance(4 * time.Minute)
	h.app.checkIdle()
	h.shows("Amira")
	h.app.showText("Amira said something worrying") // a dialog with a child's words
	h.advance(time.Minute + time.Second)
	h.app.checkIdle()
	h.shows(h.app.tr.T("lock.title"))
	if h.win.Canvas().Overlays().Top() != nil {
		t.Fatal("a dialog stayed open over the lock screen")
	}
	if !h.store.Locked() {
		t.Fatal("the lock screen shows but the key was kept")
	}

	h.typePass(testPass)
	if err := h.store.SavePrivacy(data.Privacy{IdleMinutes: -1}); err != nil {
		t.Fatal(err)
	}
	h.advance(24 * time.Hour)
	h.app.checkIdle()
	h.shows("Amira")
}

// Quick exit forgets the key at once, so the next start is locked.
func TestQuickExitLocks(t *testing.T) {
	h := newHarness(t, onboarded, withPassphrase)
	h.typePass(testPass)
	h.app.quickExit()
	if !h.store.Locked() || h.exited != 1 {
		t.Fatal("quick exit left the family unlocked")
	}
}

// Text the app copied is cleared after 30 seconds if it is still there;
// what the user copied since is left alone.
func TestCopiedTextIsClearedAfterThirtySeconds(t *testing.T) {
	h := newHarness(t, onboarded)
	clip := h.app.fyne.Clipboard()
	h.app.Copy("0800 1111")
	h.advance(29 * time.Second)
	if clip.Content() != "0800 1111" {
		t.Fatal("cleared too soon")
	}
	h.advance(time.Second)
	if clip.Content() != "" {
		t.Fatalf("still on the clipboard after 30 s: %q", clip.Content())
	}
	h.app.Copy("0800 2222")
	clip.SetContent("the user's own text")
	h.advance(time.Minute)
	if clip.Content() != "the user's own text" {
		t.Fatal("the user's own text was cleared")
	}
}

// TestScreenshotsOfTheLockScreen draws the lock screen after a wrong try
// (saved as PNG with SCREENSHOTS_DIR, as make screenshots does).
func TestScreenshotsOfTheLockScreen(t *testing.T) {
	dir := screenshotDir(t)
	for name, variant := range variants {
		h := newHarness(t, onboarded, withPassphrase)
		h.app.fyne.Settings().SetTheme(fixedVariant{Theme(), variant})
		h.win.Resize(fyne.NewSize(1100, 720))
		h.typePass("wrong")
		shoot(t, h, dir, "lock-"+name)
	}
}

// Quick exit works from the lock screen by its shortcut, and by Shift
// three times while typing the passphrase.
func TestQuickExitFromTheLockScreen(t *testing.T) {
	h := newHarness(t, onboarded, withPassphrase)
	h.press(quickExitShortcut)
	if h.exited != 1 {
		t.Fatal("Ctrl+Shift+X did not quit from the lock screen")
	}
	h = newHarness(t, onboarded, withPassphrase)
	for range 3 {
		h.app.lock.entry.KeyDown(&fyne.KeyEvent{Name: desktop.KeyShiftLeft})
	}
	if h.exited != 1 {
		t.Fatal("Shift three times in the passphrase field did not quit")
	}
}

// A wait after wrong passphrases is still there when the app is opened
// again: quitting does not skip it.
func TestTheWaitSurvivesARestart(t *testing.T) {
	set := time.Now()
	h := newHarness(t, onboarded, withPassphrase, func(s *data.Store) {
		must(t, s.SetWrongTries(8, set.Add(time.Minute))) // 8 tries allow 160 s
	})
	// The app's clock is the real one here (the lock shows at Start), so
	// the wait shown is the minute less the time the test took to start.
	left := int(math.Ceil(time.Until(set.Add(time.Minute)).Seconds()))
	if texts := screentest.AllTexts(h.content()); !contains(texts, h.app.tr.N("lock.waiting", left)) &&
		!contains(texts, h.app.tr.N("lock.waiting", left+1)) {
		t.Fatalf("no wait of about %d seconds shown: %q", left, texts)
	}
	if !h.app.lock.unlock.Disabled() {
		t.Fatal("Unlock can be pressed during a wait left from before")
	}
}

// The lock screen's Quick exit tip names the shortcut as the main
// window's does ("Ctrl+Shift+X"), in every language.
func TestTheLockScreensQuickExitTipNamesTheShortcutPlainly(t *testing.T) {
	h := newHarness(t, onboarded, withPassphrase)
	for _, lang := range []string{"en", "cy", "pl"} {
		if err := h.app.tr.SetLanguage(lang); err != nil {
			t.Fatal(err)
		}
		tips := screentest.Find[*widgets.TipButton](h.app.lockHeader())
		if len(tips) != 1 {
			t.Fatalf("%s: %d tip buttons on the lock screen's header", lang, len(tips))
		}
		want := h.app.tr.T("header.exit.tip", map[string]any{"Shortcut": "Ctrl+Shift+X"})
		if got := tips[0].Tip; got != want {
			t.Errorf("%s: the tip reads %q, want %q", lang, got, want)
		}
	}
}

// On the lock screen a dialog keeps Get help now and Quick exit exactly
// where the lock screen's header has them (the copy over the dialog's
// shade was drawn at the window's top, 32 px higher, over the menu).
func TestALockScreenDialogKeepsTheHeaderInPlace(t *testing.T) {
	h := newHarness(t, onboarded, withPassphrase)
	h.tap(h.app.tr.T("lock.forgot"))
	overlay := h.win.Canvas().Overlays().Top()
	if overlay == nil {
		t.Fatal("no dialog")
	}
	h.win.Content().Refresh()
	d := fyne.CurrentApp().Driver()
	real := d.AbsolutePositionForObject(h.app.lock.header[0].obj)
	copied := d.AbsolutePositionForObject(screentest.Button(t, overlay, h.app.tr.T("header.exit")))
	if real.Y <= 0 || copied != real {
		t.Errorf("the lock screen's Quick exit is at %v, its copy over the dialog at %v", real, copied)
	}
}
